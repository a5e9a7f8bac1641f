package dev.positionsbot.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a text file strictly as UTF-8, rejecting what is not text with a message that names the file:
 * a silently mis-decoded article would put garbage into quotes that users are told are verbatim.
 */
public final class TextFileReader {

    private static String decodeUtf8(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new CorpusException(file + ": not valid UTF-8 text (bad byte 0x"
                    + String.format("%02X", bytes[in.position()] & 0xFF) + " at offset " + in.position()
                    + "); convert the file to UTF-8");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** Returns the file's text without a leading byte-order mark and with line ends normalised to {@code \n}. */
    public String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusException(file + ": cannot read file (" + e.getMessage() + ")", e);
        }
        if (bytes.length == 0) {
            throw new CorpusException(file + ": file is empty");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new CorpusException(file + ": binary file (NUL byte at offset " + i + "), expected UTF-8 text");
            }
        }
        String text = decodeUtf8(file, bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new CorpusException(file + ": file is empty (only whitespace)");
        }
        return text;
    }
}
