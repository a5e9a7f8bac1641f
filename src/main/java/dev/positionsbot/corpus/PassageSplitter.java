package dev.positionsbot.corpus;

import java.util.List;

/** Splits an article into passages of whole sentences that never cross a heading or an article boundary. */
public interface PassageSplitter {
    List<Passage> split(Article article);

    /** Changes when the same article would be split differently; stamped in the index so that it is rebuilt. */
    default String version() {
        return getClass().getName();
    }
}
