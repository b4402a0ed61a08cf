package dev.ficus.analyzer.cli;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * The {@code ficus} command line: one class per subcommand, each listed in
 * {@code subcommands} below.
 */
@Command(name = "ficus", mixinStandardHelpOptions = true, versionProvider = FicusVersion.class,
        description = "Takes a Java monolith to microservices, one capability at a time.",
        subcommands = { AnalyzeCommand.class, PlanCommand.class, ExtractCommand.class, RouteCommand.class,
                ScoreCommand.class, BenchQualityCommand.class, FicusCommand.MigrateData.class, FicusCommand.Bench.class,
                FicusCommand.Demo.class, AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class })
public class FicusCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line with exit codes, error printing and help layout set up (see
     * {@link Failures}).
     */
    public static CommandLine commandLine() {
        Failures failures = new Failures();
        CommandLine commandLine = new CommandLine(new FicusCommand()).setExecutionExceptionHandler(failures)
            .setParameterExceptionHandler(failures)
            .setExitCodeExceptionMapper(failures)
            .setUsageHelpAutoWidth(true)
            .setUsageHelpLongOptionsMaxWidth(32);
        Objects.requireNonNull(commandLine.getSubcommands().get("generate-completion"), "generate-completion")
            .getCommandSpec()
            .usageMessage()
            .hidden(false);
        withFullCommandDescriptions(commandLine);
        return commandLine;
    }

    /**
     * Picocli lists a subcommand with the first line of its description only, which cuts
     * multi-line descriptions off mid-sentence; this lists the whole description,
     * wrapped.
     */
    private static void withFullCommandDescriptions(CommandLine commandLine) {
        commandLine.getHelpSectionMap()
            .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, FicusCommand::commandList);
        commandLine.getSubcommands().values().forEach(FicusCommand::withFullCommandDescriptions);
    }

    private static String commandList(Help help) {
        int width = help.commandSpec().usageMessage().width();
        Map<String, Help> commands = help.subcommands();
        if (commands.isEmpty()) {
            return "";
        }
        int nameWidth = commands.keySet().stream().mapToInt(String::length).max().orElse(0) + 4;
        TextTable table = TextTable.forColumns(help.colorScheme(), new Column(nameWidth, 2, Column.Overflow.SPAN),
                new Column(width - nameWidth, 2, Column.Overflow.WRAP));
        commands.forEach((name, command) -> table.addRowValues(help.colorScheme().commandText(name),
                help.colorScheme().text(oneParagraph(command.commandSpec().usageMessage().description()))));
        return table.toString();
    }

    /**
     * Description lines as one paragraph; picocli's line breaks ({@code %n}) become
     * spaces.
     */
    private static String oneParagraph(String[] lines) {
        return String.join(" ", lines).replace("%n", " ").replace("%%", "%").replaceAll("\\s+", " ").strip();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command, e.g. 'ficus analyze PATH'");
    }

    /**
     * Listed here so help, completion and typo suggestions know it; the ficus script runs
     * it from its own jar.
     */
    @Command(name = "migrate-data",
            description = "Copies a capability's tables to its service's database and verifies them.")
    static class MigrateData extends SeparateJar {

    }

    /**
     * Listed here so help, completion and typo suggestions know it; the ficus script runs
     * it from its own jar.
     */
    @Command(name = "bench",
            description = "Compares monolith and microservices under load; 'bench analyzer' times this analyzer against JavaParser parse-only; results under reports/.")
    static class Bench extends SeparateJar {

    }

    /**
     * Listed here so help, completion and typo suggestions know it; the ficus script runs
     * it from its own jar.
     */
    @Command(name = "demo",
            description = "The whole journey on the sample monolith in one command, from analysis to a service at 100 %%; writes ficus-demo/index.html.")
    static class Demo extends SeparateJar {

    }

    /**
     * A command whose code ships in a jar of its own, started by the {@code ficus} script
     * instead of this jar.
     */
    abstract static class SeparateJar implements Runnable {

        @Spec
        private CommandSpec spec;

        @Unmatched
        private @Nullable List<String> arguments;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "runs from a jar of its own, " + "start it with the ficus script");
        }

    }

}
