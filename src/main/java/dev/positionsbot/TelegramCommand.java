package dev.positionsbot;

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
                "Needs TELEGRAM_BOT_TOKEN; optional TELEGRAM_API_URL, TELEGRAM_ALLOWED_IDS, TELEGRAM_MAX_UPDATE_AGE_SECONDS."})
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
        // settings first: a missing token should fail before the index is loaded
        TelegramSettings settings = TelegramSettings.fromEnv(env);
        Answerer answerer = (factory != null ? factory : answererFactory).apply(app);
        TelegramBotRunner runner = new TelegramBotRunner(settings, answerer);
        BotIdentity me = runner.start();
        Thread hook = new Thread(runner::close, "telegram-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        onStarted.accept(runner);
        log.info("@{} is answering on Telegram; stop with Ctrl-C or SIGTERM", me.username());
        runner.awaitStop();
        return 0;
    }
}
