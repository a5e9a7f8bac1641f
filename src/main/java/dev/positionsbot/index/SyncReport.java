package dev.positionsbot.index;

import java.util.List;

/**
 * What opening (or rebuilding) an index changed.
 *
 * @param added            ids of articles new to the index
 * @param updated          ids of articles whose content hash changed
 * @param removed          ids of articles no longer in the knowledge base, now deleted from the index
 * @param unchanged        ids of articles left as they were
 * @param passagesEmbedded passages sent to the embedding model
 * @param rebuilt          whether the whole index was rebuilt (asked for, or schema/model changed)
 * @param millis           wall time of the synchronisation
 */
public record SyncReport(List<String> added, List<String> updated, List<String> removed, List<String> unchanged,
                         int passagesEmbedded, boolean rebuilt, long millis) {

    public SyncReport {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        removed = List.copyOf(removed);
        unchanged = List.copyOf(unchanged);
    }

    public boolean changedAnything() {
        return !added.isEmpty() || !updated.isEmpty() || !removed.isEmpty() || rebuilt;
    }

    /** One line for humans, e.g. "2 added, 1 updated, 0 removed, 5 unchanged; 31 passages embedded in 812 ms". */
    public String summary() {
        return "%d added, %d updated, %d removed, %d unchanged; %d passages embedded in %d ms%s".formatted(
                added.size(), updated.size(), removed.size(), unchanged.size(), passagesEmbedded, millis,
                rebuilt ? " (full rebuild)" : "");
    }
}
