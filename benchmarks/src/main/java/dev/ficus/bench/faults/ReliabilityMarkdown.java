package dev.ficus.bench.faults;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a {@link ReliabilityReport} as {@code reliability.md}: goals first, then per
 * database the faults and the bad inputs, every figure from the report.
 */
final class ReliabilityMarkdown {

    /** A time that was not measured because other instances covered the fault. */
    private static final String NOT_TIMED = "n/a";

    private ReliabilityMarkdown() {
    }

    static String render(ReliabilityReport report) {
        StringBuilder md = new StringBuilder("# Reliability under faults and bad input\n\n");
        md.append("Made by `")
            .append(report.command())
            .append("` at commit `")
            .append(report.commit())
            .append("`, ")
            .append(report.startedAt())
            .append(" to ")
            .append(report.finishedAt())
            .append(".\n\n");
        if (report.quick()) {
            md.append("**`--quick` harness check: a few seconds per fault, the figures mean nothing.**\n\n");
        }
        md.append("Machine: ")
            .append(report.machine().describe())
            .append("; JVM flags of every process: `")
            .append(String.join(" ", report.machine().jvmFlags()))
            .append("`. Load average (1/5/15 min) before ")
            .append(loads(report.loadAverageBefore()))
            .append(", after ")
            .append(loads(report.loadAverageAfter()))
            .append(".\n\n");
        method(md, report.settings());
        md.append("## Goals (issue #15)\n\n| goal | target | measured (worst) | met |\n| --- | --- | --- | --- |\n");
        report.goals()
            .forEach(goal -> md.append("| ")
                .append(goal.name())
                .append(" | ")
                .append(goal.target())
                .append(" | ")
                .append(goal.measured() == null ? "not measured" : number(goal.measured()))
                .append(" | ")
                .append(goal.met() ? "yes" : "**no**")
                .append(" |\n"));
        report.runs().forEach(run -> run(md, run));
        return md.toString();
    }

    private static void method(StringBuilder md, ReliabilityReport.Settings settings) {
        md.append("## Method\n\n")
            .append("The microservice shape of `ficus bench` (gateway -> catalog-service, inventory-service, monolith; "
                    + "separate JVMs on loopback) takes an open-model load of ")
            .append(number(settings.ratePerSecond()))
            .append(" req/s through the gateway")
            .append(warmUp(settings.warmUpMillis()))
            .append(": stock reads of products whose stock the harness set on the inventory "
                    + "owner, product reads, reads of products and orders acknowledged earlier, product creates, "
                    + "stock sets (each on a product of its own) and orders. After ")
            .append(settings.beforeKillMillis() / 1000)
            .append(" s one process is killed with SIGKILL, launched again ")
            .append(settings.downtimeMillis() / 1000)
            .append(" s later")
            .append(relaunchPriority(settings.relaunchNiceness()))
            .append(", and the load goes on until its capability answers through the gateway again, then ")
            .append(settings.afterRecoveryMillis() / 1000)
            .append(" s more (at most ")
            .append(settings.maxRequestsPerPhase())
            .append(" requests per fault). A read answered 2xx with content that differs from the owner's truth is "
                    + "**stale** and counts as a failed read, apart from the status codes. After recovery every "
                    + "acknowledged write is read back from its owner's API: **stored** if it shows what was "
                    + "acknowledged, **split** if only the monolith's copy does, **lost** otherwise; **ids reused** "
                    + "counts acknowledged creates that got an id already acknowledged for another record. Times are "
                    + "from the kill (first failure, fallback) or from the relaunch (ready, recovery: first 2xx "
                    + "served by the relaunched process). The figures are everything the client saw, so they include "
                    + "timeouts (5 s) of capabilities that were not killed while the relaunched JVM competed for the "
                    + "CPUs; the per-operation table tells them apart. With one instance of the killed process, "
                    + "nothing may answer for the data it owns until it is back (the monolith's copy is not kept in "
                    + "sync, so the gateway refuses its reads with 503 and `Retry-After` rather than answer stale): "
                    + "those reads count as failed in the tables, and the read goal is judged on the reads of the "
                    + "capabilities an owner kept serving (**served reads**), which a fault must not disturb. With "
                    + "two instances every read is a served read.\n\n");
    }

    private static String warmUp(long millis) {
        return (millis == 0) ? ""
                : " (the same load runs " + millis / 1000 + " s before the first fault and is not counted: a topology "
                        + "that has just started answers slowly while its JVMs compile, which no fault causes)";
    }

    private static String relaunchPriority(int niceness) {
        return (niceness == 0) ? ""
                : " at the lowest CPU priority (`nice -n " + niceness + "`: on a node of its own a starting JVM would "
                        + "take no CPU from the processes still serving, while here it shares their cores, so it gets "
                        + "what they leave idle)";
    }

    private static void run(StringBuilder md, ReliabilityReport.DatabaseRun run) {
        md.append("\n## ").append(run.shape()).append(": kill -9 under load\n\n");
        if (run.serviceInstances() > 1) {
            md.append("Shape: the gateway balances catalog and inventory over ")
                .append(run.serviceInstances())
                .append(" instances of their service each (`service-urls`, health checked), the instances of a "
                        + "service share one schema, and the monolith calls the services through the gateway. ");
            if (run.monolithInstances() > 1) {
                md.append("It balances the monolith over ")
                    .append(run.monolithInstances())
                    .append(" instances too (`monolith-urls`, health checked), which share one schema; only the "
                            + "first seeds it. A service's or the monolith's fault kills one instance");
            }
            else {
                md.append("A service's fault kills one instance");
            }
            md.append("; the others keep serving, so there is no fallback to time, and recovery is not timed (an "
                    + "answer does not say which instance gave it): `n/a` below.\n\n");
        }
        if (!run.failure().isEmpty()) {
            md.append("**The run stopped early:** ").append(run.failure()).append("\n\n");
        }
        md.append("| killed | requests | reads | failed reads (by status) | stale reads | failed reads per 1,000 "
                + "| served reads: failed per 1,000 | writes acknowledged / sent | failed writes (by status) | first failure | fallback "
                + "| relaunch to ready | relaunch to recovery |\n")
            .append("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |\n");
        for (FaultResult fault : run.faults()) {
            boolean covered = run.coveredByOtherInstances(fault);
            md.append("| ")
                .append(run.killed(fault))
                .append(" | ")
                .append(fault.sent())
                .append(" | ")
                .append(fault.reads().sent())
                .append(" | ")
                .append(byStatus(fault.reads().failed(), fault.reads().failedByStatus()))
                .append(" | ")
                .append(fault.reads().stale())
                .append(" | ")
                .append(number(fault.reads().failedPerThousand()))
                .append(" | ")
                .append(number(fault.servedReads().failedPerThousand()))
                .append(" | ")
                .append(fault.writes().acknowledged())
                .append(" / ")
                .append(fault.writes().sent())
                .append(" | ")
                .append(byStatus(fault.writes().failed(), fault.writes().failedByStatus()))
                .append(" | ")
                .append(millis(fault.timing().firstFailureMillis()))
                .append(" | ")
                .append(covered ? NOT_TIMED : millis(fault.timing().fallbackMillis()))
                .append(" | ")
                .append(millis(fault.timing().restartToReadyMillis()))
                .append(" | ")
                .append(covered ? NOT_TIMED : millis(fault.timing().recoveryMillis()))
                .append(" |\n");
        }
        md.append("\n| killed | writes acknowledged | stored | lost | split | ids reused |\n")
            .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (FaultResult fault : run.faults()) {
            WriteAudit audit = fault.audit();
            md.append("| ")
                .append(run.killed(fault))
                .append(" | ")
                .append(audit.acknowledged())
                .append(" | ")
                .append(audit.stored())
                .append(" | ")
                .append(audit.lost())
                .append(" | ")
                .append(audit.split())
                .append(" | ")
                .append(audit.idsReused())
                .append(" |\n");
        }
        md.append("\n| killed | operation | sent | ok | stale | failed (by status) |\n")
            .append("| --- | --- | ---: | ---: | ---: | --- |\n");
        for (FaultResult fault : run.faults()) {
            for (EndpointCounts endpoint : fault.endpoints()) {
                md.append("| ")
                    .append(run.killed(fault))
                    .append(" | ")
                    .append(endpoint.endpoint())
                    .append(" | ")
                    .append(endpoint.sent())
                    .append(" | ")
                    .append(endpoint.ok())
                    .append(" | ")
                    .append(endpoint.stale())
                    .append(" | ")
                    .append(byStatus(endpoint.failedTotal(), endpoint.failed()))
                    .append(" |\n");
            }
        }
        for (FaultResult fault : run.faults()) {
            if (!fault.failure().isEmpty() || !fault.audit().examples().isEmpty() || fault.reads().stale() > 0) {
                md.append("\n").append(run.killed(fault)).append(":\n");
                if (!fault.failure().isEmpty()) {
                    md.append("- phase failure: ").append(fault.failure()).append("\n");
                }
                fault.endpoints()
                    .stream()
                    .filter(endpoint -> endpoint.stale() > 0)
                    .forEach(endpoint -> md.append("- ")
                        .append(endpoint.stale())
                        .append(" stale answers to `")
                        .append(endpoint.endpoint())
                        .append("`\n"));
                fault.audit().examples().forEach(example -> md.append("- ").append(example).append("\n"));
            }
        }
        if (run.badInputs() != null) {
            badInputs(md, run.shape(), run.badInputs());
        }
    }

    private static void badInputs(StringBuilder md, String shape, BadInputResult result) {
        md.append("\n## ")
            .append(shape)
            .append(": bad input\n\n")
            .append(result.tried())
            .append(" bad inputs tried, each once: ")
            .append(result.refused())
            .append(" refused as expected with every process still answering, ")
            .append(result.problemDetails())
            .append(" answered with problem details; answers ")
            .append(result.byStatus()
                .entrySet()
                .stream()
                .map(entry -> entry.getKey() + " x " + entry.getValue())
                .collect(Collectors.joining(", ")))
            .append(". **Processes down from one request: ")
            .append(result.processesDown())
            .append("**.\n\n")
            .append("| input | to | request | answer | problem details | as expected | down after |\n")
            .append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (BadInputResult.Outcome outcome : result.outcomes()) {
            String path = (outcome.path().length() > 60) ? outcome.path().substring(0, 57) + "..." : outcome.path();
            md.append("| ")
                .append(outcome.name())
                .append(" | ")
                .append(outcome.target())
                .append(" | `")
                .append(outcome.method())
                .append(" ")
                .append(path.replace("|", "\\|"))
                .append("` | ")
                .append(outcome.answer())
                .append(" | ")
                .append(outcome.problemDetails() ? "yes" : "no")
                .append(" | ")
                .append(outcome.asExpected() ? "yes" : "**no**")
                .append(" | ")
                .append(outcome.down().isEmpty() ? "-" : "**" + String.join(", ", outcome.down()) + "**")
                .append(" |\n");
        }
    }

    private static String byStatus(long total, Map<String, Long> byStatus) {
        if (total == 0) {
            return "0";
        }
        return total + " ("
                + byStatus.entrySet()
                    .stream()
                    .map(entry -> entry.getKey() + ": " + entry.getValue())
                    .collect(Collectors.joining(", "))
                + ")";
    }

    private static String millis(@Nullable Long value) {
        return (value == null) ? "-" : String.format(Locale.ROOT, "%,d ms", value);
    }

    private static String loads(List<Double> loads) {
        return loads.isEmpty() ? "unknown"
                : loads.stream().map(load -> String.format(Locale.ROOT, "%.2f", load)).collect(Collectors.joining("/"));
    }

    static String number(double value) {
        return (value == Math.rint(value)) ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%,.2f", value);
    }

}
