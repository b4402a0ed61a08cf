package dev.ficus.bench.overhead;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;

import dev.ficus.bench.provenance.Provenance;
import dev.ficus.bench.report.MachineDescription;
import dev.ficus.bench.report.ReportFiles;
import dev.ficus.bench.topology.AppJars;
import dev.ficus.bench.topology.CpuAffinity;
import dev.ficus.bench.topology.JvmOptions;
import dev.ficus.bench.topology.ProcessLauncher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench gateway-overhead}: what the strangler gateway adds to a request compared
 * with going direct, with nginx and with a stock Spring Cloud Gateway, written to
 * {@code gateway-overhead.json} and {@code gateway-overhead.md}.
 */
@Command(name = "gateway-overhead", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure the gateway's added latency and maximum throughput against direct calls, nginx and "
                + "a stock Spring Cloud Gateway.")
public final class GatewayOverheadCommand implements Callable<Integer> {

    public static final String JSON_FILE = "gateway-overhead.json";

    static final String MARKDOWN_FILE = "gateway-overhead.md";

    private static final int EXIT_USAGE = 2;

    private static final JsonMapper JSON = JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // a report from before repeats, body checks and the generator's CPU has no value
        // for them
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .build();

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--quick", description = "A few seconds per path: checks the harness, measures nothing.")
    boolean quick;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "" + OverheadPlan.REPEATS_DEFAULT,
            description = "Repeats, each with fresh processes and every path in turn (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--rate", paramLabel = "REQ/S",
            description = "Open-model rate of the latency measurement (default: half of nginx's maximum throughput "
                    + "in the same repeat).")
    @Nullable Double rate;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where gateway-overhead.json and .md go (default: reports in the checkout).")
    Path out;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Ficus checkout whose strangler-gateway/target holds the gateway jar (default: the checkout "
                    + "this jar was built in, else the current directory).")
    Path root;

    @Option(names = "--no-pin", description = "Do not pin processes to CPUs with taskset.")
    boolean noPin;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        OverheadPlan plan;
        try {
            plan = quick ? OverheadPlan.quick(rate, repeats) : OverheadPlan.full(rate, repeats);
        }
        catch (IllegalArgumentException ex) {
            return mistake(err, String.valueOf(ex.getMessage()));
        }
        Path checkout = ((root != null) ? root : AppJars.defaultRoot(GatewayOverheadCommand.class)).toAbsolutePath()
            .normalize();
        AppJars jars = AppJars.under(checkout);
        if (!jars.has(AppJars.GATEWAY)) {
            return mistake(err, "no gateway jar under " + checkout
                    + "/strangler-gateway/target; build it first: ./mvnw -B -pl strangler-gateway -am package -DskipTests");
        }
        Optional<Path> stockGateway = AppJars.stockGateway(checkout);
        if (stockGateway.isEmpty()) {
            return mistake(err,
                    "no stock Spring Cloud Gateway jar under " + checkout + "/" + AppJars.STOCK_GATEWAY_MODULE
                            + "/target; build it first: ./mvnw -B -pl " + AppJars.STOCK_GATEWAY_MODULE
                            + " -am package -DskipTests");
        }
        if (!Files.isExecutable(NginxProxy.BINARY)) {
            return mistake(err, "nginx not found at " + NginxProxy.BINARY
                    + "; install the Debian package nginx-light (apt-get install nginx-light)");
        }
        Path reports = (out != null) ? out : checkout.resolve("reports");
        CpuAffinity affinity = noPin ? CpuAffinity.NONE : CpuAffinity.auto();
        JvmOptions jvm = quick ? JvmOptions.QUICK : JvmOptions.DEFAULT;
        MachineDescription machine = MachineDescription.current(affinity.describe(), jvm.flags());
        Provenance provenance = Provenance.begin(checkout);
        affinity.pinGenerator();
        PrintWriter stdout = spec.commandLine().getOut();
        Path work = workDirectory();
        Instant started = Instant.now();
        List<OverheadRepeat> measured = new OverheadBenchmark(plan,
                ProcessLauncher.of(jvm, affinity, work.resolve("logs")),
                new OverheadBenchmark.Jars(jars.jar(AppJars.GATEWAY), stockGateway.get()), work, affinity,
                line -> stdout.println("gateway-overhead: " + line))
            .run();
        OverheadReport report = OverheadReport.of(quick, started, Instant.now(), command(), machine, plan, measured,
                provenance.finish());
        write(report, reports).forEach(path -> stdout.println("gateway-overhead: wrote " + path));
        stdout.println("gateway-overhead: process logs in " + work);
        return 0;
    }

    static List<Path> write(OverheadReport report, Path directory) {
        return ReportFiles.writeJsonAndMarkdown(JSON, report, directory, JSON_FILE, MARKDOWN_FILE,
                OverheadMarkdown::render);
    }

    /**
     * Writes {@code gateway-overhead.md} again from the {@code gateway-overhead.json} in
     * {@code directory}.
     */
    public static Path render(Path directory) {
        Path json = directory.resolve(JSON_FILE);
        return ReportFiles.renderMarkdown(JSON, OverheadReport.class, directory, JSON_FILE, MARKDOWN_FILE,
                "a gateway overhead results file", report -> {
                    boolean repeated = report.repeats() != null && report.summary() != null && report.ratios() != null;
                    boolean singleRun = report.paths() != null && report.added() != null;
                    if (report.machine() == null || report.plan() == null || !(repeated || singleRun)
                            || report.targets() == null) {
                        throw new IllegalArgumentException(json + " is not a gateway overhead results file: it has "
                                + "no machine, plan, paths or targets");
                    }
                    return OverheadMarkdown.render(report);
                });
    }

    /** The command line as a user would type it, without the machine-specific paths. */
    private String command() {
        List<String> words = new ArrayList<>(List.of("./ficus", "bench", "gateway-overhead"));
        if (quick) {
            words.add("--quick");
        }
        if (repeats != OverheadPlan.REPEATS_DEFAULT) {
            words.add("--repeats " + repeats);
        }
        if (rate != null) {
            words.add("--rate " + OverheadMarkdown.format("%.0f", rate));
        }
        if (noPin) {
            words.add("--no-pin");
        }
        return String.join(" ", words);
    }

    private static int mistake(PrintWriter err, String message) {
        err.println("bench gateway-overhead: " + message);
        return EXIT_USAGE;
    }

    private static Path workDirectory() {
        try {
            return Files.createTempDirectory("ficus-gateway-overhead-");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot create a work directory", ex);
        }
    }

}
