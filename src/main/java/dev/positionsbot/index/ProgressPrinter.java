package dev.positionsbot.index;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows index-building progress on stderr: a bar redrawn in place on a terminal, plain lines (at most one
 * per tenth of a phase) when the output goes to a file or a pipe, so logs stay readable.
 */
public final class ProgressPrinter implements ProgressListener {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private String phase = "";
    private int lastTenth = -1;
    private boolean barOpen;

    public ProgressPrinter(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Bar if the JVM has a console, lines otherwise. */
    public static ProgressPrinter forStderr() {
        return new ProgressPrinter(System.err, System.console() != null);
    }

    @Override
    public synchronized void onProgress(String phase, int done, int total) {
        if (!phase.equals(this.phase)) {
            finishBar();
            this.phase = phase;
            lastTenth = -1;
        }
        if (terminal) {
            int filled = total <= 0 ? 0 : (int) ((long) WIDTH * done / total);
            out.print(String.format(Locale.ROOT, "\r%-20s [%s%s] %d/%d", phase, "#".repeat(filled),
                    " ".repeat(WIDTH - filled), done, total));
            out.flush();
            barOpen = true;
            if (done >= total) {
                finishBar();
            }
            return;
        }
        int tenth = total <= 0 ? 0 : (int) (10L * done / total);
        if (tenth != lastTenth || done >= total) {
            if (tenth != lastTenth) {
                out.println(phase + ": " + done + "/" + total);
            }
            lastTenth = tenth;
        }
    }

    /** Ends a half-drawn bar line, so that whatever is printed next starts on its own line. */
    public synchronized void finishBar() {
        if (barOpen) {
            out.println();
            barOpen = false;
        }
    }
}
