package dev.positionsbot;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AppCommandLineTest {

    @Test
    void the_command_a_run_names_is_found_past_global_options_and_their_values() {
        assertEquals(Optional.of(AskCommand.class), App.namedCommand("ask", "what", "happened"));
        assertEquals(Optional.of(SourcesCommand.class), App.namedCommand("--knowledge", "ask", "sources"));
        assertEquals(Optional.of(AskCommand.class),
                App.namedCommand("--lenient", "--index=x", "--config", "c.yml", "ask", "--json", "q"));
        assertEquals(Optional.of(ConfigCommand.class), App.namedCommand("config", "check"));
    }

    @Test
    void help_versions_unknown_commands_and_unread_forms_get_the_whole_command_line() {
        for (String[] args : List.of(new String[]{}, new String[]{"--help"}, new String[]{"-h", "ask"},
                new String[]{"--version"}, new String[]{"help", "ask"}, new String[]{"asc", "q"},
                new String[]{"@args.txt"}, new String[]{"--", "ask"}, new String[]{"--knowledge"})) {
            assertEquals(Optional.empty(), App.namedCommand(args), String.join(" ", args));
        }
    }

    @Test
    void a_subcommand_built_alone_has_the_same_options_and_usage_as_in_the_whole_command_line() {
        CommandLine whole = App.commandLine();
        assertEquals(App.COMMANDS.size(), whole.getSubcommands().size());
        for (Class<?> c : App.COMMANDS) {
            String name = c.getAnnotation(CommandLine.Command.class).name();
            CommandLine alone = App.commandLine(List.of(c)).getSubcommands().get(name);
            assertEquals(whole.getSubcommands().get(name).getUsageMessage(), alone.getUsageMessage(), name);
        }
    }
}
