package dev.positionsbot.answer.attribution;

import java.util.Locale;
import java.util.regex.Pattern;

/** Whether the speakers read for two sentences of a quote are one, so that the quote need not be split between them. */
final class SameSpeaker {

    private SameSpeaker() {
    }

    /**
     * One name within the other ("Smadiyarov" and "Aibek Smadiyarov, spokesman"; a person is one speaker even where two
     * sentences read his office or state differently); the outlet's uncredited lines and unclear ones count as one.
     */
    static boolean same(Speaker a, Speaker b) {
        if (uncredited(a) || uncredited(b)) {
            return uncredited(a) && uncredited(b);
        }
        String x = a.name().toLowerCase(Locale.ROOT);
        String y = b.name().toLowerCase(Locale.ROOT);
        return containsWords(x, y.split(",", 2)[0].strip()) || containsWords(y, x.split(",", 2)[0].strip());
    }

    /** The outlet's own line, or one whose source the article does not make clear: no one is named. */
    static boolean uncredited(Speaker s) {
        return s.name().isEmpty() && (s.kind() == SpeakerKind.MEDIA || s.kind() == SpeakerKind.UNKNOWN);
    }

    private static boolean containsWords(String text, String words) {
        // a name of a few letters ("I", "we") is no evidence that two speakers are one
        return words.length() >= 3
                && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])")
                .matcher(text).find();
    }
}
