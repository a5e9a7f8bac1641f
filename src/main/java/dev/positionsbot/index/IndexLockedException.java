package dev.positionsbot.index;

/** Another process holds the index's write lock: not damage, so never a reason to rebuild. */
public class IndexLockedException extends IndexException {
    public IndexLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
