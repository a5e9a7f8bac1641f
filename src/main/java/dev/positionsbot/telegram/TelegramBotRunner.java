package dev.positionsbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.positionsbot.answer.Answerer;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the Telegram bot: learns its name (getMe), registers its commands, long-polls for updates and answers them
 * with the {@link Answerer}. {@link #close()} stops polling, lets replies in flight finish, and releases every thread,
 * so the JVM can exit on SIGTERM.
 */
public final class TelegramBotRunner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramBotRunner.class);
    private static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query");

    private final TelegramSettings settings;
    private final Answerer answerer;
    private final Clock clock;
    private final TelegramStats stats = new TelegramStats();
    private final TokenMasker masker;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closing = new AtomicBoolean();
    /** Highest offset a getUpdates has been sent with: that call confirmed every update below it. */
    private final AtomicInteger offsetRequested = new AtomicInteger(-1);
    private volatile String failure;
    private Duration startRetryWindow = Duration.ofMinutes(10);

    private OkHttpClient http;
    private ScheduledExecutorService pollingExecutor;
    private ScheduledExecutorService typingScheduler;
    private ChatOrderedExecutor workers;
    private TelegramBotsLongPollingApplication application;
    private BotIdentity identity;
    private OkHttpTelegramClient client;
    private UpdateDispatcher dispatcher;

    public TelegramBotRunner(TelegramSettings settings, Answerer answerer) {
        this(settings, answerer, Clock.systemUTC());
    }

    private volatile SourceAdding sourceAdding = SourceAdding.NONE;

    public TelegramBotRunner(TelegramSettings settings, Answerer answerer, Clock clock) {
        this.settings = settings;
        this.answerer = answerer;
        this.clock = clock;
        this.masker = new TokenMasker(settings.token());
    }

    /** Lets the listed administrators add articles with {@code /add URL}; call before {@link #start()}. */
    public TelegramBotRunner withSourceAdding(SourceAdding adding) {
        this.sourceAdding = adding;
        return this;
    }

    /**
     * How long {@link #start()} keeps retrying a Bot API it cannot reach (network down at boot, a 5xx from a proxy)
     * before giving up; a rejected token is never retried.
     */
    public TelegramBotRunner withStartRetryWindow(Duration window) {
        this.startRetryWindow = window;
        return this;
    }

    /** Why the bot stopped by itself (the token was rejected while polling), if it did. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** Counters for /metrics; live while the bot runs. */
    public TelegramStats stats() {
        return stats;
    }

    /** Connects and starts polling; returns who the bot is. Throws {@link TelegramException} with a clear cause. */
    public synchronized BotIdentity start() {
        if (identity != null) {
            return identity;
        }
        // the read timeout must outlast the long poll, or every idle poll ends in an error
        http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .writeTimeout(Duration.ofSeconds(30))
                .readTimeout(Duration.ofSeconds(settings.pollTimeoutSeconds() + 20L))
                .addInterceptor(new BotApiFailureMonitor(stats, masker, this::tokenRejected))
                .build();
        TelegramUrl url = telegramUrl();
        client = new OkHttpTelegramClient(http, settings.token(), url);
        try {
            identity = fetchIdentityRetrying(client);
            log.info("Telegram bot @{} (id {}) connected to {}", identity.username(), identity.id(), settings.apiUrl());
            registerCommands(client);

            typingScheduler = Executors.newSingleThreadScheduledExecutor(daemon("telegram-typing"));
            workers = new ChatOrderedExecutor(settings.workerThreads());
            TelegramSender sender = new TelegramSender(client, OutgoingRateLimiter.of(settings), stats, masker,
                    settings.maxSendAttempts(), settings.pollBackoff());
            UpdateHandler handler = new UpdateHandler(answerer, settings, sender,
                    new TypingIndicator(sender, typingScheduler, settings.typingInterval()), new TelegramReplyFormatter(),
                    new ConversationStore(settings.memoryChats(), settings.conversationTurns()),
                    new QuoteStore(settings.memoryChats()), stats, identity, sourceAdding);
            dispatcher = new UpdateDispatcher(handler, workers, stats, masker, settings.maxUpdateAge(),
                    clock);

            pollingExecutor = Executors.newSingleThreadScheduledExecutor(daemon("telegram-poll"));
            application = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http,
                    () -> pollingExecutor, () -> new PollingBackOff(settings.pollBackoff(), Duration.ofSeconds(30)));
            application.registerBot(settings.token(), () -> url, lastUpdateId -> GetUpdates.builder()
                    .offset(requesting(lastUpdateId + 1)).limit(100).timeout(settings.pollTimeoutSeconds())
                    .allowedUpdates(ALLOWED_UPDATES).build(), dispatcher);
            if (!application.isRunning()) {
                application.start();
            }
            return identity;
        } catch (TelegramApiException | RuntimeException e) {
            releaseThreads();
            if (e instanceof TelegramException te) {
                throw te;
            }
            throw new TelegramException("cannot start the Telegram bot against " + settings.apiUrl() + ": "
                    + masker.describe(e));
        }
    }

    /** Called by the polling loop just before each getUpdates is sent. */
    private int requesting(int offset) {
        offsetRequested.accumulateAndGet(offset, Math::max);
        return offset;
    }

    /**
     * getMe, retried with a doubling wait (logged) while the API cannot be reached or answers 5xx/429, so that a bot
     * started before the network is up does not exit and exhaust its service manager's restarts.
     */
    private BotIdentity fetchIdentityRetrying(OkHttpTelegramClient client) {
        long deadline = System.nanoTime() + startRetryWindow.toNanos();
        Duration wait = settings.pollBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                return fetchIdentity(client);
            } catch (Unreachable e) {
                if (System.nanoTime() + wait.toNanos() > deadline) {
                    throw new TelegramException("cannot reach the Telegram Bot API at " + settings.apiUrl() + " after "
                            + attempt + " attempts over " + startRetryWindow.toSeconds() + " s: " + e.getMessage());
                }
                log.warn("Telegram Bot API at {} not reachable ({}); retrying in {} ms (attempt {})",
                        settings.apiUrl(), e.getMessage(), wait.toMillis(), attempt);
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new TelegramException("interrupted while waiting for the Telegram Bot API");
                }
                wait = wait.multipliedBy(2).compareTo(MAX_START_WAIT) > 0 ? MAX_START_WAIT : wait.multipliedBy(2);
            }
        }
    }

    private static final Duration MAX_START_WAIT = Duration.ofSeconds(30);

    /** A failure worth retrying at start: no answer, or an answer saying "later". */
    private static final class Unreachable extends RuntimeException {
        Unreachable(String message) {
            super(message, null, false, false);
        }
    }

    /** The polling loop met a 401/404: stop (from another thread: close() waits for the polling loop). */
    private void tokenRejected(int code, String description) {
        if (closing.get() || failure != null) {
            return;
        }
        failure = "Telegram rejected the bot token (HTTP " + code + " " + description + ") while polling: check "
                + TelegramSettings.ENV_TOKEN + " (get it from @BotFather); stopping";
        log.error(failure);
        Thread stopper = new Thread(this::close, "telegram-token-rejected");
        stopper.setDaemon(true);
        stopper.start();
    }

    private BotIdentity fetchIdentity(OkHttpTelegramClient client) {
        try {
            User me = client.execute(new GetMe());
            return new BotIdentity(me.getId(), me.getUserName() == null ? "" : me.getUserName());
        } catch (TelegramApiRequestException e) {
            if (e.getErrorCode() != null && (e.getErrorCode() == 401 || e.getErrorCode() == 404)) {
                throw new TelegramException("Telegram rejected the bot token (" + e.getErrorCode()
                        + "): check " + TelegramSettings.ENV_TOKEN + " (get it from @BotFather)");
            }
            Integer code = e.getErrorCode();
            String why = "HTTP " + code + " " + masker.mask(String.valueOf(e.getApiResponse()));
            if (code == null || code == 0 || code == 429 || code >= 500) {
                throw new Unreachable(why);
            }
            throw new TelegramException("getMe failed at " + settings.apiUrl() + ": " + why);
        } catch (TelegramApiException e) {
            throw new Unreachable(masker.describe(e));
        }
    }

    private void registerCommands(OkHttpTelegramClient client) {
        try {
            client.execute(new SetMyCommands(List.of(
                    new BotCommand("start", "What this bot does and covers"),
                    new BotCommand("help", "How to ask"),
                    new BotCommand("sources", "The articles answers come from"),
                    new BotCommand("timeline", "A state's officials' statements, oldest first"),
                    new BotCommand("ask", "Ask a question (in groups)"))));
        } catch (TelegramApiException e) {
            // the bot works without a command menu; not worth failing the start for
            log.warn("Could not register the command menu: {}", masker.describe(e));
        }
    }

    private TelegramUrl telegramUrl() {
        String scheme = settings.apiUrl().getScheme();
        int port = settings.apiUrl().getPort();
        if (port < 0) {
            port = scheme.equals("https") ? 443 : 80;
        }
        return new TelegramUrl(scheme, settings.apiUrl().getHost(), port, false);
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops polling, waits up to the shutdown grace for replies in flight, and stops every thread. Idempotent. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            if (application != null) {
                try {
                    application.close();
                } catch (Exception e) {
                    log.warn("Stopping the polling loop: {}", masker.describe(e));
                }
            }
            if (workers != null) {
                try {
                    if (!workers.shutdownAndAwait(settings.shutdownGrace())) {
                        log.warn("Replies still in flight after {}; abandoning them", settings.shutdownGrace());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            awaitPollingLoop();
            confirmReceivedUpdates();
            releaseThreads();
            log.info("Telegram bot stopped: {}", stats);
        } finally {
            stopped.countDown();
        }
    }

    /** Lets a polling round that is past its getUpdates finish handing out its batch (a long poll is not waited for). */
    private void awaitPollingLoop() {
        if (pollingExecutor == null) {
            return;
        }
        pollingExecutor.shutdown();
        try {
            pollingExecutor.awaitTermination(1, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Telegram forgets an update only when a later getUpdates asks for a higher offset. The polling loop does that
     * on its next round, which never comes after a stop: without this, the last batch would be answered again
     * after a restart.
     */
    private void confirmReceivedUpdates() {
        if (dispatcher == null || dispatcher.lastUpdateId() < 0) {
            return;
        }
        if (offsetRequested.get() > dispatcher.lastUpdateId()) {
            // a getUpdates sent after the last batch already confirmed it, and may still be open: a second one now
            // would overlap it, which Telegram answers with 409 Conflict
            return;
        }
        try {
            client.execute(GetUpdates.builder().offset(dispatcher.lastUpdateId() + 1).limit(1).timeout(0)
                    .allowedUpdates(ALLOWED_UPDATES).build());
        } catch (TelegramApiException e) {
            log.warn("Could not confirm the last updates to Telegram; some may be answered again after a restart: {}",
                    masker.describe(e));
        }
    }

    private void releaseThreads() {
        if (pollingExecutor != null) {
            pollingExecutor.shutdownNow();
        }
        if (typingScheduler != null) {
            typingScheduler.shutdownNow();
        }
        if (http != null) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
