package dev.positionsbot.chat;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The two ways the chat reads input: JLine with editing and history on a terminal, plain lines on a pipe. */
public final class LineSources {

    private LineSources() {
    }

    /** JLine when stdin and stdout are a terminal, otherwise plain lines from {@code in}. */
    public static ChatSession.LineSource forConsole(InputStream in, Path history) throws IOException {
        if (System.console() == null) {
            return plain(in);
        }
        Terminal terminal = TerminalBuilder.builder().system(true).build();
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("positions-bot")
                .variable(LineReader.HISTORY_FILE, history).build();
        return new ChatSession.LineSource() {
            @Override
            public String readLine(String prompt) {
                try {
                    return reader.readLine(prompt);
                } catch (EndOfFileException | UserInterruptException e) {
                    return null;
                }
            }

            @Override
            public int width() {
                return Math.max(0, terminal.getWidth() - 1);
            }

            @Override
            public boolean terminal() {
                return true;
            }

            @Override
            public void close() throws IOException {
                reader.getHistory().save();
                terminal.close();
            }
        };
    }

    public static ChatSession.LineSource plain(InputStream in) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return new ChatSession.LineSource() {
            @Override
            public String readLine(String prompt) throws IOException {
                return reader.readLine();
            }

            @Override
            public void close() {
                // stdin belongs to the process
            }
        };
    }
}
