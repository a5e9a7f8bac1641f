package dev.positionsbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a compound question into its parts ("Did X sign the deal, and when does it expire?", "Compare A with B"),
 * so that each part can be supported, or named as not covered, on its own.
 */
public final class ClauseSplitter {

    private static final Pattern SPLIT = Pattern.compile(
            "\\?\\s+|;\\s*|,?\\s+and\\s+(?=(how|what|who|whom|when|where|why|which|did|does|do|is|are|was|were|for how)\\b)"
                    + "|\\s+with\\s+(?=(how|what|who|when|where|why|which)\\b)"
                    + "|\\s+(?=as well as\\b)",
            Pattern.CASE_INSENSITIVE);

    public List<String> split(String question) {
        List<String> out = new ArrayList<>();
        for (String part : SPLIT.split(question)) {
            String p = part.strip();
            if (p.split("\\s+").length >= 3) {
                out.add(p);
            }
        }
        return out.isEmpty() ? List.of(question.strip()) : out;
    }
}
