package dev.positionsbot.config;

/** How a secret is shown anywhere a person might read it: only whether it is set. */
public final class SecretText {

    public static final String SET = "***set***";
    public static final String UNSET = "(unset)";

    private SecretText() {
    }

    public static String mask(String secret) {
        return secret == null || secret.isEmpty() ? UNSET : SET;
    }
}
