package dev.positionsbot.config;

/** How a secret is shown anywhere a person might read it: only whether it is set. */
public final class SecretText {

    public static final String SET = "***set***";
    public static final String UNSET = "(unset)";

    /** scheme://user:password@ — the password part of a URL's user info, up to the '@' that ends it. */
    private static final java.util.regex.Pattern URL_PASSWORD =
            java.util.regex.Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://[^/@\\s:]*):[^/@\\s]*@");

    private SecretText() {
    }

    public static String mask(String secret) {
        return secret == null || secret.isEmpty() ? UNSET : SET;
    }

    /**
     * The text with the password of every URL in it masked ({@code https://user:***@host/}): a base URL with
     * credentials in it is a secret even though the key holding it is not.
     */
    public static String withoutUrlPasswords(String text) {
        return text == null ? null : URL_PASSWORD.matcher(text).replaceAll("$1:***@");
    }
}
