package dev.positionsbot.chat;

import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.attribution.AttributionLabel;
import dev.positionsbot.answer.attribution.StateTimeline;

import java.util.List;

/** Text rendering of a state's timeline for the terminal: one block per statement, oldest first. */
public final class TimelinePrinter {

    private final int width;

    public TimelinePrinter() {
        this(0);
    }

    public TimelinePrinter(int width) {
        this.width = width;
    }

    public String format(StateTimeline.Result r) {
        StringBuilder b = new StringBuilder();
        b.append("Statements by ").append(r.state()).append("'s officials")
                .append(r.topic().isEmpty() ? "" : " on \u201C" + r.topic() + "\u201D").append(", oldest first");
        if (r.entries().isEmpty()) {
            return b.append(":\n").append(TextWrapper.wrap(r.holdings(), width, "", "")).append('\n').toString();
        }
        long undated = r.entries().size() - r.datedCount();
        b.append(" (").append(r.entries().size()).append(r.entries().size() == 1 ? " statement" : " statements");
        if (undated > 0) {
            b.append(", ").append(undated).append(" undated, listed last");
        }
        b.append("):\n");
        int n = 1;
        for (StateTimeline.Entry e : r.entries()) {
            String when = e.statementDate().isEmpty() ? "undated" : AttributionLabel.date(e.statementDate(), e.dateSource());
            b.append(TextWrapper.wrap(n++ + ". " + when + " \u2014 "
                    + AttributionLabel.speaker(e.speaker(), e.speakerKind(), e.state()), width, "", "   ")).append('\n');
            b.append(TextWrapper.wrap("\u201C" + e.quote() + "\u201D", width, "   ", "   ")).append('\n');
            b.append(TextWrapper.wrap(AnswerPrinter.describe(e.article().title(), e.article().outlet(),
                    e.article().author(), e.article().published()), width, "   ", "   ")).append('\n');
        }
        return b.toString();
    }

    /** The chat's "/timeline STATE [TOPIC]": the first word names the state, the rest the topic. */
    static String timelineCommand(Answerer answerer, String input) {
        String[] parts = input.strip().split("\\s+", 2);
        if (parts.length < 2) {
            return "usage: /timeline STATE [TOPIC], e.g. /timeline Kazakhstan referendums\n";
        }
        List<String> stateAndTopic = new StateTimeline().stateAndTopic(parts[1]);
        return new TimelinePrinter().format(answerer.timeline(stateAndTopic.get(0), stateAndTopic.get(1)));
    }
}
