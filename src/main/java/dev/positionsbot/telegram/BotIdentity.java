package dev.positionsbot.telegram;

/** Who the bot is, from getMe: groups address it as {@code @username}, and replies to it carry its id. */
public record BotIdentity(long id, String username) {
}
