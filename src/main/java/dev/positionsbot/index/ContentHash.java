package dev.positionsbot.index;

import dev.positionsbot.corpus.Article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Fingerprint of an article as indexed: every field of the article file (metadata and body) plus the schema
 * stamp (analyzer, splitter, model, layout), so that a change to any of them re-indexes the article.
 */
final class ContentHash {

    private ContentHash() {
    }

    static String of(Article a, String schema) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {schema, a.id(), a.title(), a.outlet(), a.author(), a.published(),
                    a.url(), a.language(), a.sourceFile(), a.body()}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                // length prefix: ("ab","c") and ("a","bc") must not collide
                md.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                md.update((byte) ':');
                md.update(bytes);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
