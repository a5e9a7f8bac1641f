package dev.positionsbot.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/** The split by article (split.tsv): decided once, before any question was written. */
final class DataSplit {

    private final Map<String, String> sideOf = new HashMap<>();

    DataSplit() {
        try {
            for (String line : Files.readAllLines(LabelledQuestion.DIR.resolve("split.tsv"))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                sideOf.put(c[0], c[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isTest(LabelledQuestion q) {
        return "test".equals(side(q));
    }

    boolean isTrain(LabelledQuestion q) {
        return "train".equals(side(q));
    }

    String side(LabelledQuestion q) {
        String s = sideOf.get(q.article());
        if (s == null) {
            throw new IllegalStateException("question " + q.eval().id() + " names article " + q.article()
                    + ", which split.tsv does not list");
        }
        return s;
    }
}
