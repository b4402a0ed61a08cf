package dev.ficus.datamigration;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/**
 * One run of {@code migrate-data} in the test JVM, with its exit code and both output
 * streams.
 */
record MigrationRun(int exitCode, String out, String err) {

    static MigrationRun of(String capability, ShopDatabase from, ShopDatabase to, String... options) {
        return execute(arguments(capability, from, to, options));
    }

    static MigrationRun execute(String... arguments) {
        return execute(MigrateDataCommand.commandLine(), arguments);
    }

    /**
     * Runs until {@code batches} batches were committed, then fails as a killed process
     * would; returns how many batches it committed.
     */
    static int interruptedAfter(int batches, String capability, ShopDatabase from, ShopDatabase to, String... options) {
        CommandLine commandLine = MigrateDataCommand.commandLine();
        commandLine.parseArgs(arguments(capability, from, to, options));
        MigrateDataCommand command = commandLine.getCommand();
        int[] committed = { 0 };
        try {
            command.run((table, read, copied) -> {
                if (++committed[0] == batches) {
                    throw new Interrupted();
                }
            });
        }
        catch (Interrupted expected) {
            return committed[0];
        }
        throw new AssertionError("the migration finished before batch " + batches);
    }

    private static MigrationRun execute(CommandLine commandLine, String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(arguments);
        return new MigrationRun(exitCode, out.toString(), err.toString());
    }

    private static String[] arguments(String capability, ShopDatabase from, ShopDatabase to, String... options) {
        List<String> arguments = new ArrayList<>(List.of("--capability", capability));
        arguments.addAll(Arrays.asList(from.as("from")));
        arguments.addAll(Arrays.asList(to.as("to")));
        arguments.addAll(Arrays.asList(options));
        return arguments.toArray(String[]::new);
    }

    /** Stands in for a process killed between two batches. */
    private static final class Interrupted extends RuntimeException {

    }
}
