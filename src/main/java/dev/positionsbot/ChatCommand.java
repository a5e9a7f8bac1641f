package dev.positionsbot;

import dev.positionsbot.chat.ChatSession;
import dev.positionsbot.chat.LineSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code chat}: the interactive command-line chat on the knowledge base (the main job). */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = {"Chat with the bot: questions in, grounded answers with sources out. Follow-ups are understood.",
                "Line editing and history on a terminal; plain line reading when stdin is a pipe."})
public class ChatCommand implements Callable<Integer> {

    @ParentCommand
    App app;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (AppRuntime runtime = AppRuntime.open(app, Map.of())) {
            Path history = Path.of(System.getProperty("user.home"), ".positions-bot_history");
            new ChatSession(runtime.startLive().answerer(), spec.commandLine().getOut()).run(LineSources.forConsole(System.in, history));
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
        }
    }
}
