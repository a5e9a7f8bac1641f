package dev.positionsbot;

import dev.positionsbot.config.BotConfig;
import dev.positionsbot.http.AnswerMetrics;
import dev.positionsbot.http.HttpEndpoint;
import dev.positionsbot.http.MeteredAnswerer;
import dev.positionsbot.live.LiveKnowledge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code serve --http-port N}: the HTTP endpoint alone (/healthz, /metrics, POST /ask), without Telegram. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve /healthz, /metrics and POST /ask over HTTP (no Telegram) until SIGTERM.")
public class ServeCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @ParentCommand
    App app;

    @Option(names = "--http-port", paramLabel = "PORT", description = "Port to listen on (default: http.port).")
    Integer httpPort;

    @Override
    public Integer call() throws InterruptedException {
        BotConfig config = ConfigCommand.load(app, portFlag(httpPort));
        if (!config.http().enabled()) {
            throw new PositionsBotException("serve needs a port: --http-port N or http.port in the configuration");
        }
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        // The JVM exits as soon as its shutdown hooks return: this one waits for the drain below, so that SIGTERM
        // lets in-flight answers finish instead of cutting their connections.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                stopped.await(HttpEndpoint.shutdownGrace().toSeconds() + 10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "serve-shutdown"));
        try (AppRuntime runtime = AppRuntime.open(config, false)) {
            AnswerMetrics metrics = new AnswerMetrics();
            LiveKnowledge live = runtime.startLive();
            try (HttpEndpoint http = new HttpEndpoint(config.http().bind(), config.http().port(),
                    new MeteredAnswerer(live.answerer(), metrics), metrics, () -> true, () -> 0L)
                    .healthDetail(() -> live.status().describe()).start()) {
                log.info("serving on {}:{}; stop with Ctrl-C or SIGTERM", config.http().bind(), http.port());
                stop.await();
                log.info("stopping: finishing the questions in flight");
            }
        } finally {
            stopped.countDown();
        }
        return 0;
    }

    static Map<String, String> portFlag(Integer port) {
        return port == null ? Map.of() : Map.of("http.port", Integer.toString(port));
    }
}
