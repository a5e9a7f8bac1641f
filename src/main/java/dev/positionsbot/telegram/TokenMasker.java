package dev.positionsbot.telegram;

/**
 * Removes the bot token from anything that may be logged. The token is part of every Bot API URL, and libraries
 * like to put URLs into exception messages; whoever holds the token controls the bot.
 */
public final class TokenMasker {

    private final String token;

    public TokenMasker(String token) {
        this.token = token == null ? "" : token;
    }

    /** {@code text} with every occurrence of the token (and of its secret half) replaced. */
    public String mask(String text) {
        if (text == null || token.isEmpty()) {
            return text;
        }
        String masked = text.replace(token, maskedForm(token));
        int colon = token.indexOf(':');
        if (colon >= 0 && colon + 1 < token.length()) {
            String secret = token.substring(colon + 1);
            if (secret.length() >= 8) {
                masked = masked.replace(secret, "***");
            }
        }
        return masked;
    }

    /** The chain of messages of {@code error} and its causes, masked, on one line; no stack trace. */
    public String describe(Throwable error) {
        StringBuilder sb = new StringBuilder();
        Throwable t = error;
        int depth = 0;
        while (t != null && depth++ < 6) {
            if (sb.length() > 0) {
                sb.append(" <- ");
            }
            sb.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                sb.append(": ").append(t.getMessage());
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return mask(sb.toString());
    }

    /** Like {@link #describe(Throwable)}, followed by the first frames of the stack (frames carry no messages). */
    public String describeWithTrace(Throwable error) {
        StringBuilder sb = new StringBuilder(describe(error));
        StackTraceElement[] frames = error.getStackTrace();
        for (int i = 0; i < Math.min(10, frames.length); i++) {
            sb.append("\n\tat ").append(frames[i]);
        }
        return sb.toString();
    }

    /** The bot id part (public anyway: it is the bot's user id) followed by stars. */
    static String maskedForm(String token) {
        int colon = token.indexOf(':');
        return (colon > 0 ? token.substring(0, colon) : "") + ":***";
    }
}
