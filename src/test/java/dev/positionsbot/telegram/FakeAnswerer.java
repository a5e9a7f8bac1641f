package dev.positionsbot.telegram;

import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.Citation;
import dev.positionsbot.answer.Conversation;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.SourceInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** An answerer whose answers the test scripts; records what it was asked and with how much context. */
final class FakeAnswerer implements Answerer {

    record Asked(String question, int turnsBefore) {
    }

    private final List<Asked> asked = new ArrayList<>();
    private volatile Function<String, GroundedAnswer> script = FakeAnswerer::sourced;
    private final List<SourceInfo> sources;
    private final String coverage;

    FakeAnswerer(List<SourceInfo> sources, String coverage) {
        this.sources = sources;
        this.coverage = coverage;
    }

    void script(Function<String, GroundedAnswer> script) {
        this.script = script;
    }

    synchronized List<Asked> asked() {
        return List.copyOf(asked);
    }

    @Override
    public GroundedAnswer answer(String question, Conversation conversation) {
        synchronized (this) {
            asked.add(new Asked(question, conversation.turns().size()));
        }
        GroundedAnswer a = script.apply(question);
        conversation.add(new Conversation.Turn(question, question, a.answered()));
        return a;
    }

    @Override
    public List<SourceInfo> sources() {
        return sources;
    }

    @Override
    public String coverage() {
        return coverage;
    }

    static GroundedAnswer sourced(String question) {
        return answered(question, "Astana supports a regional water consortium [1].",
                List.of(citation(1, "Water talks in Astana", "Kazinform", "2024-05-02", "https://example.org/water",
                        "Kazakhstan supports the creation of a regional water consortium, the minister said.")));
    }

    static GroundedAnswer answered(String question, String text, List<Citation> citations) {
        return new GroundedAnswer(question, question, GroundedAnswer.Status.ANSWERED, text, citations, "", "fake",
                List.of(), 3);
    }

    static GroundedAnswer refused(String question, String text, String reason) {
        return new GroundedAnswer(question, question, GroundedAnswer.Status.REFUSED, text, List.of(), reason, "fake",
                List.of(), 3);
    }

    static Citation citation(int n, String title, String outlet, String date, String url, String quote) {
        return new Citation(n, "a" + n, title, outlet, "", date, url, "knowledge/a" + n + ".md", quote);
    }
}
