package dev.positionsbot.answer;

import dev.positionsbot.index.TermStatistics;

import java.util.Set;

/** Term statistics for unit tests: every term is moderately common except the listed ones, which no passage has. */
final class FixedTermStatistics implements TermStatistics {

    private final Set<String> absent;

    FixedTermStatistics(String... absentTerms) {
        this.absent = Set.of(absentTerms);
    }

    @Override
    public int passageCount() {
        return 100;
    }

    @Override
    public int passageFrequency(String analyzedTerm) {
        return absent.contains(analyzedTerm) ? 0 : 10;
    }
}
