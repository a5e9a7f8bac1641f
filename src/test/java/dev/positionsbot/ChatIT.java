package dev.positionsbot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code chat} through the packaged jar with its input piped in, as a script or a test harness would use it. */
class ChatIT {

    @TempDir
    Path work;

    @Test
    void a_scripted_chat_answers_follows_up_lists_sources_and_quits() {
        JarRunner.copyKnowledge(work);
        JarRunner.Run run = JarRunner.run(work, """
                /help
                What did Kazakhstan say about the referendums?
                And Uzbekistan?
                /sources
                /frobnicate
                /quit
                What did Kyrgyzstan say?
                """, "chat");
        assertEquals(0, run.exit(), run.toString());
        String out = run.out();
        assertTrue(out.contains("Commands:") && out.contains("/sources"), "help text: " + run);

        int firstSources = out.indexOf("Sources:\n");
        assertTrue(firstSources > 0, "the first answer has a sources block: " + run);
        int firstEnd = out.indexOf("\n\n", firstSources);
        int listing = out.indexOf("\n1. ", firstEnd);
        assertTrue(firstEnd > 0 && listing > firstEnd, run.toString());
        String followUp = out.substring(firstEnd, listing);
        assertTrue(followUp.toLowerCase(Locale.ROOT).contains("uzbek"),
                "the follow-up was understood as a question about Uzbekistan: " + followUp);

        String sources = out.substring(listing);
        assertTrue(sources.contains("\n5. "), "the /sources list has the five articles: " + sources);
        assertTrue(sources.contains(" passages]"), sources);
        assertTrue(out.contains("unknown command /frobnicate"), run.toString());
        assertTrue(!out.toLowerCase(Locale.ROOT).contains("kyrgyzstan say"), "nothing is read after /quit: " + run);
    }
}
