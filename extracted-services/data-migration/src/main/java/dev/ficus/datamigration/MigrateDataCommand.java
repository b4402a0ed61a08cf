package dev.ficus.datamigration;

import org.jspecify.annotations.Nullable;
import dev.ficus.datamigration.TableCopy.CopyResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ficus migrate-data}: copies a capability's tables (those a candidate of
 * {@code plan.json} moves, or the built-in catalog and inventory) from the monolith's
 * database to its service's database in resumable batches, refuses to overwrite
 * conflicting rows, and proves the result with per-table row counts and checksums. Exit
 * 0: both sides match; 1: they differ or a row conflicts; 2: a usage mistake.
 */
@Command(name = "migrate-data", mixinStandardHelpOptions = true,
        description = "Copy a capability's tables from the monolith's database to its service's database, then "
                + "verify row counts and checksums on both sides.")
public class MigrateDataCommand implements Callable<Integer> {

    static final int DIFFERENT = 1;
    static final int USER_MISTAKE = 2;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--capability", required = true,
            description = "a candidate of --plan; without --plan, catalog or inventory")
    private String capability;

    @Option(names = "--plan", paramLabel = "FILE",
            description = "plan.json of ficus plan: the candidate's tables come from it (columns, keys and the copy "
                    + "order from the source database)")
    private @Nullable Path plan;

    @Option(names = "--from", required = true,
            description = "JDBC URL of the monolith's database (H2, PostgreSQL, MySQL or MariaDB)")
    private String from;

    @Option(names = "--to", required = true, description = "JDBC URL of the service's database")
    private String to;

    @Option(names = "--from-user", defaultValue = "", description = "user for --from (default: from the URL)")
    private String fromUser;

    @Option(names = "--from-password", defaultValue = "", description = "password for --from")
    private String fromPassword;

    @Option(names = "--to-user", defaultValue = "", description = "user for --to (default: from the URL)")
    private String toUser;

    @Option(names = "--to-password", defaultValue = "", description = "password for --to")
    private String toPassword;

    @Option(names = "--dry-run", description = "report what would be copied, change nothing")
    private boolean dryRun;

    @Option(names = "--batch", defaultValue = "500",
            description = "rows per committed batch (default: ${DEFAULT-VALUE})")
    private int batch;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command with its exit codes mapped in one place; public for {@code ficus demo},
     * which runs it in-process.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new MigrateDataCommand());
        commandLine.setExitCodeExceptionMapper(exception -> exception instanceof UserMistakeException ? USER_MISTAKE
                : exception instanceof ConflictingRowException ? DIFFERENT : 3);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr()
                .println(exception instanceof UserMistakeException || exception instanceof ConflictingRowException
                        ? "migrate-data: " + exception.getMessage() : "migrate-data failed: " + exception);
            line.getErr().flush();
            return line.getExitCodeExceptionMapper().getExitCode(exception);
        });
        commandLine.setParameterExceptionHandler((exception, args) -> {
            exception.getCommandLine().getErr().println("migrate-data: " + exception.getMessage());
            return USER_MISTAKE;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        return run(this::progress);
    }

    /** Runs the migration; {@code listener} sees every committed batch. */
    int run(TableCopy.BatchListener listener) {
        CapabilityTables tables = capability();
        PrintWriter out = spec.commandLine().getOut();
        if (tables instanceof PlannedTables planned) {
            out.println(planned.origin());
        }
        DataMigration migration = new DataMigration(tables, new Endpoint("source", from, fromUser, fromPassword),
                new Endpoint("target", to, toUser, toPassword), batch);
        List<CopyResult> copies = migration.copy(dryRun, listener);
        for (CopyResult copy : copies) {
            out.printf("%-26s %s %d of %d rows%n", copy.table(), dryRun ? "would copy" : "copied", copy.copied(),
                    copy.read());
        }
        Verification verification = migration.verify();
        verification.print(out);
        if (dryRun) {
            out.println("dry run: nothing was written");
            out.flush();
            return 0;
        }
        out.println(verification.matches() ? "verified: both sides match" : "NOT verified: the sides differ");
        out.flush();
        return verification.matches() ? 0 : DIFFERENT;
    }

    private void progress(String table, long rowsRead, long rowsCopied) {
        PrintWriter err = spec.commandLine().getErr();
        err.printf("%s: %d rows read, %d %s%n", table, rowsRead, rowsCopied, dryRun ? "to copy" : "copied");
        err.flush();
    }

    private CapabilityTables capability() {
        if (plan != null) {
            return PlannedTables.of(plan, capability);
        }
        try {
            return Capability.valueOf(capability.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            throw new UserMistakeException("unknown capability '" + capability
                    + "' (catalog or inventory; for any other candidate pass --plan ficus-out/plan.json)");
        }
    }

}
