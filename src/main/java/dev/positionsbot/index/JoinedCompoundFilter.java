package dev.positionsbot.index;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Splits a token joined by {@code _} (which {@link NewsAnalyzer} puts in place of a hyphen between letters)
 * into its parts and adds the parts written together at the position of the last part, so that
 * "Nur-Sultan", "Nur Sultan" and "Nursultan" share terms.
 */
public final class JoinedCompoundFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State current;

    public JoinedCompoundFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(current);
            String next = pending.poll();
            boolean joined = pending.isEmpty();
            term.setEmpty().append(next);
            posInc.setPositionIncrement(joined ? 0 : 1);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String t = term.toString();
        if (t.indexOf('_') < 0) {
            return true;
        }
        String[] parts = t.split("_+");
        StringBuilder joined = new StringBuilder();
        int emitted = 0;
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            joined.append(part);
            if (emitted++ > 0) {
                pending.add(part);
            } else {
                term.setEmpty().append(part);
            }
        }
        if (emitted > 1) {
            pending.add(joined.toString());
        }
        current = captureState();
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        current = null;
    }
}
