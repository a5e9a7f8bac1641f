package dev.positionsbot.telegram;

import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.Conversation;
import dev.positionsbot.answer.GroundedAnswer;
import dev.positionsbot.answer.attribution.StateTimeline;
import dev.positionsbot.telegram.IncomingMessageClassifier.Command;
import dev.positionsbot.telegram.IncomingMessageClassifier.Ignore;
import dev.positionsbot.telegram.IncomingMessageClassifier.Incoming;
import dev.positionsbot.telegram.IncomingMessageClassifier.NonText;
import dev.positionsbot.telegram.IncomingMessageClassifier.Question;
import dev.positionsbot.telegram.TelegramReplyFormatter.FormattedAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

import java.util.List;

/** Handles one update: decides whether it is for the bot, asks the answerer, and replies. */
public final class UpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);
    static final String SHOW_QUOTES = "Show quotes";

    private final Answerer answerer;
    private final TelegramSettings settings;
    private final TelegramSender sender;
    private final TypingIndicator typing;
    private final TelegramReplyFormatter formatter;
    private final ConversationStore conversations;
    private final QuoteStore quotes;
    private final TelegramStats stats;
    private final BotIdentity identity;
    private final IncomingMessageClassifier classifier;
    private final TelegramMessageSplitter splitter = new TelegramMessageSplitter();
    private final TokenMasker masker;
    private final SourceAdding sourceAdding;

    public UpdateHandler(Answerer answerer, TelegramSettings settings, TelegramSender sender, TypingIndicator typing,
                         TelegramReplyFormatter formatter, ConversationStore conversations, QuoteStore quotes,
                         TelegramStats stats, BotIdentity identity) {
        this(answerer, settings, sender, typing, formatter, conversations, quotes, stats, identity, SourceAdding.NONE);
    }

    public UpdateHandler(Answerer answerer, TelegramSettings settings, TelegramSender sender, TypingIndicator typing,
                         TelegramReplyFormatter formatter, ConversationStore conversations, QuoteStore quotes,
                         TelegramStats stats, BotIdentity identity, SourceAdding sourceAdding) {
        this.sourceAdding = sourceAdding;
        this.answerer = answerer;
        this.settings = settings;
        this.sender = sender;
        this.typing = typing;
        this.formatter = formatter;
        this.conversations = conversations;
        this.quotes = quotes;
        this.stats = stats;
        this.identity = identity;
        this.classifier = new IncomingMessageClassifier(identity.id(), identity.username());
        this.masker = new TokenMasker(settings.token());
    }

    public void handle(Update update) {
        if (update.hasMessage()) {
            handleMessage(update.getMessage());
        } else if (update.hasEditedMessage()) {
            // an edited question deserves a fresh answer
            handleMessage(update.getEditedMessage());
        } else if (update.hasCallbackQuery()) {
            handleCallback(update.getCallbackQuery());
        }
    }

    private void handleMessage(Message m) {
        if (m.getMigrateToChatId() != null) {
            conversations.migrate(m.getChatId(), m.getMigrateToChatId());
            return;
        }
        if (m.getMigrateFromChatId() != null) {
            conversations.migrate(m.getMigrateFromChatId(), m.getChatId());
            return;
        }
        Incoming incoming = classifier.classify(m);
        if (incoming instanceof Ignore) {
            return;
        }
        long chatId = m.getChatId();
        boolean group = !"private".equals(m.getChat().getType());
        Long userId = m.getFrom() == null ? null : m.getFrom().getId();
        if (!settings.allows(userId, chatId)) {
            stats.accessDeniedOnce();
            log.info("Refused a message from user {} in chat {}: not on the allowlist", userId, chatId);
            reply(chatId, group, m.getMessageId(), List.of(formatter.notAllowedNote()));
            return;
        }
        if (incoming instanceof Command c) {
            reply(chatId, group, m.getMessageId(), c.name().equals("add")
                    ? List.of(sourceAdding.reply(userId, c.args())) : commandReply(c));
        } else if (incoming instanceof NonText) {
            reply(chatId, group, m.getMessageId(), List.of(formatter.nonTextNote()));
        } else if (incoming instanceof Question q) {
            answer(q.text(), m, chatId, group, userId == null ? 0 : userId);
        }
    }

    private List<String> commandReply(Command c) {
        return switch (c.name()) {
            case "start" -> formatter.start(answerer.coverage(), identity.username());
            case "help" -> formatter.help(identity.username());
            case "sources" -> formatter.sources(answerer.sources());
            case "ask" -> List.of(formatter.askUsage());
            case "timeline" -> timeline(c.args());
            default -> List.of(formatter.unknownCommandNote());
        };
    }

    private List<String> timeline(String args) {
        if (args.isBlank()) {
            return List.of(formatter.timelineUsage());
        }
        List<String> stateAndTopic = new StateTimeline().stateAndTopic(args);
        return formatter.timeline(answerer.timeline(stateAndTopic.get(0), stateAndTopic.get(1)));
    }

    private void answer(String question, Message m, long chatId, boolean group, long userId) {
        if (question.length() > settings.maxQuestionChars()) {
            reply(chatId, group, m.getMessageId(), List.of(formatter.tooLongNote(settings.maxQuestionChars())));
            return;
        }
        stats.questionAsked();
        Conversation conversation = conversations.get(ConversationStore.keyFor(chatId, userId, group));
        GroundedAnswer grounded;
        try (TypingIndicator.Handle ignored = typing.start(chatId)) {
            grounded = answerer.answer(question, conversation);
        } catch (RuntimeException e) {
            stats.error();
            log.error("Answering a question in chat {} failed: {}", chatId, masker.describeWithTrace(e));
            reply(chatId, group, m.getMessageId(), List.of(formatter.failureNote()));
            return;
        }
        stats.questionAnswered(grounded.answered());
        FormattedAnswer formatted = formatter.answer(grounded);
        List<String> parts = formatted.parts();
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            InlineKeyboardMarkup keyboard = null;
            if (last && formatted.hasQuotes()) {
                String data = quotes.put(new QuoteStore.Entry(parts.get(i), formatted.quotesHtml()));
                keyboard = InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
                        InlineKeyboardButton.builder().text(SHOW_QUOTES).callbackData(data).build())).build();
            }
            sender.sendHtml(chatId, group, i == 0 ? m.getMessageId() : null, parts.get(i), keyboard);
        }
    }

    private void handleCallback(CallbackQuery query) {
        MaybeInaccessibleMessage message = query.getMessage();
        if (!QuoteStore.isQuotesButton(query.getData()) || message == null) {
            sender.answerCallback(query.getId(), null);
            return;
        }
        long chatId = message.getChatId();
        Long userId = query.getFrom() == null ? null : query.getFrom().getId();
        if (!settings.allows(userId, chatId)) {
            stats.accessDeniedOnce();
            sender.answerCallback(query.getId(), formatter.notAllowedNote());
            return;
        }
        var entry = quotes.find(query.getData());
        if (entry.isEmpty()) {
            sender.answerCallback(query.getId(), formatter.quotesExpiredNote());
            return;
        }
        sender.answerCallback(query.getId(), null);
        boolean group = message.getChat() != null && !"private".equals(message.getChat().getType());
        String combined = entry.get().messageHtml() + "\n\n" + entry.get().quotesHtml();
        if (TelegramHtml.visibleLength(combined) <= TelegramMessageSplitter.TELEGRAM_LIMIT) {
            sender.editHtml(chatId, group, message.getMessageId(), combined);
        } else {
            List<String> parts = splitter.split(entry.get().quotesHtml());
            for (int i = 0; i < parts.size(); i++) {
                sender.sendHtml(chatId, group, i == 0 ? message.getMessageId() : null, parts.get(i), null);
            }
        }
    }

    private void reply(long chatId, boolean group, Integer replyTo, List<String> parts) {
        for (int i = 0; i < parts.size(); i++) {
            sender.sendHtml(chatId, group, i == 0 ? replyTo : null, parts.get(i), null);
        }
    }
}
