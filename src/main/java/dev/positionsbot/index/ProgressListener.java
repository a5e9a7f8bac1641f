package dev.positionsbot.index;

/** Told how far an index build has come; called from the building thread. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (phase, done, total) -> { };

    /**
     * @param phase what is being done, e.g. "embedding passages"
     * @param done  units done so far
     * @param total units in this phase (0 if unknown)
     */
    void onProgress(String phase, int done, int total);
}
