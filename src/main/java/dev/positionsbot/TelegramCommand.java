package dev.positionsbot;

import dev.positionsbot.config.BotConfig;
import dev.positionsbot.config.ConfigLoader;
import dev.positionsbot.http.AnswerMetrics;
import dev.positionsbot.http.HttpEndpoint;
import dev.positionsbot.http.MeteredAnswerer;
import dev.positionsbot.telegram.TelegramException;
import picocli.CommandLine.Option;

import dev.positionsbot.corpus.CleanedArticle;
import dev.positionsbot.corpus.UrlIngester;
import dev.positionsbot.live.LiveKnowledge;
import dev.positionsbot.telegram.SourceAdding;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashSet;

import dev.positionsbot.answer.Answerer;
import dev.positionsbot.telegram.BotIdentity;
import dev.positionsbot.telegram.TelegramBotRunner;
import dev.positionsbot.telegram.TelegramSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/** {@code positions-bot telegram}: runs the Telegram bot with long polling until SIGTERM. */
@Command(name = "telegram", mixinStandardHelpOptions = true,
        description = {"Run the Telegram bot (long polling) with the same answerer as 'ask'.",
                "Needs TELEGRAM_BOT_TOKEN (or telegram.token in the config file); optional TELEGRAM_API_URL,",
                "TELEGRAM_ALLOWED_IDS, TELEGRAM_ADMIN_IDS (may /add URL), TELEGRAM_MAX_UPDATE_AGE. With --http-port, also",
                "serves /healthz, /metrics and POST /ask."})
public class TelegramCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(TelegramCommand.class);

    /**
     * Wiring hook: builds the {@link Answerer} from the global options (knowledge, index, config). Replace it where the
     * answer package is wired; the default fails clearly.
     */
    public static volatile Function<App, Answerer> answererFactory = app -> {
        throw new PositionsBotException("the telegram command has no answerer wired (TelegramCommand.answererFactory)");
    };

    /** Wiring hook: called once the bot runs, e.g. to expose {@link TelegramBotRunner#stats()} on /metrics. */
    public static volatile Consumer<TelegramBotRunner> onStarted = runner -> { };

    @ParentCommand
    App app;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Also serve /healthz, /metrics and POST /ask on this port (default: http.port, off).")
    Integer httpPort;

    private final Function<App, Answerer> factory;
    private final Map<String, String> env;

    public TelegramCommand() {
        this(null, System.getenv());
    }

    /** For tests and embedding: a fixed answerer factory (null: use {@link #answererFactory}) and environment. */
    public TelegramCommand(Function<App, Answerer> factory, Map<String, String> env) {
        this.factory = factory;
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (factory != null) {
            // the configuration path of the real command, over the given environment and no file
            return runWith(settings(ConfigLoader.load(null, env, Map.of()).telegram()), factory.apply(app), null, null,
                    SourceAdding.NONE, null);
        }
        BotConfig config = ConfigCommand.load(app, ServeCommand.portFlag(httpPort));
        // settings first: a missing token should fail before the index is loaded
        TelegramSettings settings = settings(config.telegram());
        try (AppRuntime runtime = AppRuntime.open(config, false)) {
            AnswerMetrics metrics = new AnswerMetrics();
            LiveKnowledge live = runtime.startLive();
            Answerer metered = new MeteredAnswerer(live.answerer(), metrics);
            SourceAdding adding = new SourceAdding(new LinkedHashSet<>(config.telegram().adminIds()),
                    address -> addArticle(address, config.knowledge(), live));
            return runWith(settings, metered, config, metrics, adding, live);
        }
    }

    /** {@code /add URL}: the page into the knowledge folder, then the index updated at once (not at the next scan). */
    public static SourceAdding.Added addArticle(String address, Path knowledge, LiveKnowledge live) {
        UrlIngester.Outcome o = new UrlIngester().ingest(address, knowledge, false);
        return switch (o.status()) {
            case WRITTEN, OVERWRITTEN -> {
                log.info("/add wrote {} from {}", o.target(), address);
                if (live != null) {
                    live.refreshNow();
                }
                CleanedArticle a = o.article();
                yield new SourceAdding.Added(SourceAdding.Added.Outcome.ADDED, a.title(), a.outlet(), a.published(),
                        o.target().getFileName().toString());
            }
            case SKIPPED_KNOWN -> new SourceAdding.Added(SourceAdding.Added.Outcome.ALREADY_KNOWN, "", "", "",
                    o.target().getFileName().toString());
            case FAILED -> {
                log.warn("/add failed: {}", o.message());
                yield new SourceAdding.Added(SourceAdding.Added.Outcome.FAILED, "", "", "", o.message());
            }
        };
    }

    private int runWith(TelegramSettings settings, Answerer answerer, BotConfig config, AnswerMetrics metrics,
                        SourceAdding adding, LiveKnowledge live) throws InterruptedException {
        TelegramBotRunner runner = new TelegramBotRunner(settings, answerer).withSourceAdding(adding);
        HttpEndpoint http = null;
        if (config != null && config.http().enabled()) {
            http = new HttpEndpoint(config.http().bind(), config.http().port(), answerer, metrics, () -> true,
                    () -> runner.stats().errors())
                    .healthDetail(() -> live == null ? List.of() : live.status().describe()).start();
        }
        try {
            BotIdentity me = runner.start();
            HttpEndpoint endpoint = http;
            // the JVM exits when the hook returns: drain the HTTP endpoint here too, not only after awaitStop
            Thread hook = new Thread(() -> {
                runner.close();
                if (endpoint != null) {
                    endpoint.close();
                }
            }, "telegram-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            onStarted.accept(runner);
            log.info("@{} is answering on Telegram; stop with Ctrl-C or SIGTERM", me.username());
            runner.awaitStop();
            if (runner.failure().isPresent()) {
                throw new TelegramException(runner.failure().get());
            }
        } finally {
            runner.close();
            if (http != null) {
                http.close();
            }
        }
        return 0;
    }

    /** The bot's settings from the configuration (file, environment, flags); production defaults for the rest. */
    static TelegramSettings settings(BotConfig.Telegram t) {
        TelegramSettings s = TelegramSettings.defaults(t.token());
        try {
            s = s.withApiUrl(URI.create(t.apiUrl()));
        } catch (IllegalArgumentException e) {
            throw new TelegramException("telegram.api_url is not a URL: '" + t.apiUrl() + "'");
        }
        return s.withAllowedIds(new LinkedHashSet<>(t.allowedIds())).withMaxUpdateAge(t.maxUpdateAge());
    }
}
