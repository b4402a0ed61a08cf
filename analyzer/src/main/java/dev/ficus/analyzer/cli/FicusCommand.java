package dev.ficus.analyzer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code ficus} command line: one class per subcommand, each listed in {@code subcommands} below. */
@Command(name = "ficus", mixinStandardHelpOptions = true, versionProvider = FicusVersion.class,
        description = "Takes a Java monolith to microservices, one capability at a time.",
        subcommands = {AnalyzeCommand.class, PlanCommand.class, ScaffoldCommand.class, RouteCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "The ./ficus script also runs, from jars of their own:",
                "  migrate-data  Copies a capability's tables to its service's database and verifies them.",
                "  bench         Compares monolith and microservices under load; results under reports/.",
                "                'bench analyzer' times this analyzer against JavaParser parse-only."})
public class FicusCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with exit codes and error printing set up (see {@link Failures}). */
    public static CommandLine commandLine() {
        Failures failures = new Failures();
        return new CommandLine(new FicusCommand())
                .setExecutionExceptionHandler(failures)
                .setParameterExceptionHandler(failures)
                .setExitCodeExceptionMapper(failures);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command, e.g. 'ficus analyze PATH'");
    }
}
