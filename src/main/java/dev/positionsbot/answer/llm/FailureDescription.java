package dev.positionsbot.answer.llm;

/**
 * One-line description of why a model call failed — the exception's class and first message line, with the API key
 * blanked out — for a single WARN line instead of a stack trace.
 */
final class FailureDescription {

    private static final int MAX_MESSAGE = 200;

    private final String secret;

    FailureDescription(String secret) {
        this.secret = secret == null ? "" : secret;
    }

    String describe(Throwable t) {
        StringBuilder b = new StringBuilder(t.getClass().getSimpleName());
        Throwable cause = t.getCause();
        // a malformed body arrives as a bare RuntimeException around Jackson's exception: name the real cause
        if (cause != null && cause != t && t.getClass() == RuntimeException.class) {
            b.append(" (").append(cause.getClass().getSimpleName()).append(')');
        }
        String message = t.getMessage();
        if (message == null && cause != null) {
            message = cause.getMessage();
        }
        if (message != null && !message.isBlank()) {
            String line = message.strip().lines().findFirst().orElse("");
            if (!secret.isEmpty()) {
                line = line.replace(secret, "***");
            }
            if (line.length() > MAX_MESSAGE) {
                line = line.substring(0, MAX_MESSAGE) + "…";
            }
            b.append(": ").append(line);
        }
        return b.toString();
    }
}
