package dev.positionsbot.http;

import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.Citation;
import dev.positionsbot.answer.Conversation;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.SourceInfo;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Answers questions containing "refuse" with a refusal and everything else with one cited sentence. */
final class FakeAnswerer implements Answerer {

    final List<String> asked = new CopyOnWriteArrayList<>();

    @Override
    public GroundedAnswer answer(String question, Conversation conversation) {
        asked.add(question);
        if (question.contains("refuse")) {
            return new GroundedAnswer(question, question, GroundedAnswer.Status.REFUSED,
                    "The documents do not say.", List.of(), "no passage matched", "extractive", List.of(), 3);
        }
        Citation c = new Citation(1, "a1", "Title of " + question, "Outlet", "Author", "2024-05-01",
                "https://example.org/a1", "knowledge/a1.md", "A verbatim sentence.");
        return new GroundedAnswer(question, question, GroundedAnswer.Status.ANSWERED, "An answer [1].",
                List.of(c), "", "extractive", List.of("dropped one"), 7);
    }

    @Override
    public List<SourceInfo> sources() {
        return List.of();
    }

    @Override
    public String coverage() {
        return "nothing";
    }
}
