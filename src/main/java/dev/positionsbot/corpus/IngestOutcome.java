package dev.positionsbot.corpus;

import java.nio.file.Path;

/**
 * What happened to one raw file: written to {@code target}, skipped because {@code target} exists, or failed.
 * {@code article} is null only when the file failed.
 */
public record IngestOutcome(Path source, Status status, Path target, CleanedArticle article, String error) {
    public enum Status { WRITTEN, OVERWRITTEN, SKIPPED_EXISTS, FAILED }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
