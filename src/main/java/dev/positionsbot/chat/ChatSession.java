package dev.positionsbot.chat;

import dev.positionsbot.answer.Answerer;
import dev.positionsbot.answer.Conversation;
import dev.positionsbot.answer.GroundedAnswer;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The interactive chat: reads questions (or /commands) line by line, answers each with the conversation so far,
 * and prints answers with their sources. The line source is JLine on a terminal and a plain reader on a pipe, so
 * the same session can be scripted.
 */
public final class ChatSession {

    /** Where lines come from; null means end of input. */
    public interface LineSource extends AutoCloseable {
        String readLine(String prompt) throws IOException;

        /** Columns of the terminal, or 0 when not a terminal (no wrapping). */
        default int width() {
            return 0;
        }

        /** Whether lines come from (and answers go to) an interactive terminal. */
        default boolean terminal() {
            return false;
        }

        @Override
        void close() throws IOException;
    }

    static final String HELP = """
            Ask a question about the positions of Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan or Turkmenistan.
            Answers come only from the bundled articles, with numbered sources; if the articles do not support an
            answer, the bot says so. Follow-ups such as "And Uzbekistan?" refer to the previous question.
            Commands:
              /help     this text
              /sources  the articles the answers come from
              /timeline STATE [TOPIC]  statements of a state's officials, oldest first
              /new      forget the conversation so far
              /quit     leave (also Ctrl-D)""";

    private final Answerer answerer;
    private final PrintWriter out;
    private AnswerPrinter printer = new AnswerPrinter();
    private final Conversation conversation = new Conversation();

    /** A session writing UTF-8 to a stream (tests, pipes). */
    public ChatSession(Answerer answerer, PrintStream out) {
        this(answerer, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    }

    /** A session writing to the command line's own writer, which knows the terminal's encoding. */
    public ChatSession(Answerer answerer, PrintWriter out) {
        this.answerer = answerer;
        this.out = out;
    }

    /** Runs until /quit or end of input; returns the number of questions answered or refused. */
    public int run(LineSource lines) {
        out.println("positions-bot: answers from " + answerer.sources().size()
                + " articles, with sources. Type /help for help, /quit to leave.");
        int questions = 0;
        printer = new AnswerPrinter(lines.width(), AnswerPrinter.stylesFor(lines.terminal(), System.getenv("NO_COLOR")));
        try (lines) {
            String line;
            while ((line = lines.readLine("> ")) != null) {
                String input = line.strip();
                if (input.isEmpty()) {
                    continue;
                }
                if (input.startsWith("/")) {
                    if (!command(input)) {
                        break;
                    }
                    continue;
                }
                GroundedAnswer a = answerer.answer(input, conversation);
                out.println(printer.format(a));
                questions++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the chat input failed: " + e.getMessage(), e);
        }
        return questions;
    }

    /** Handles a /command; false means leave. */
    private boolean command(String input) {
        String name = input.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        switch (name) {
            case "/quit", "/exit", "/q" -> {
                return false;
            }
            case "/help", "/?" -> out.println(HELP);
            case "/sources" -> {
                out.print(printer.formatSources(answerer.sources()));
                out.flush();
            }
            case "/timeline" -> {
                out.print(TimelinePrinter.timelineCommand(answerer, input));
                out.flush();
            }
            case "/new", "/clear" -> {
                conversation.clear();
                out.println("(conversation cleared)");
            }
            default -> out.println("unknown command " + name + "; type /help for the list of commands");
        }
        return true;
    }
}
