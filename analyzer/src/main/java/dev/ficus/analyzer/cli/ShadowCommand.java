package dev.ficus.analyzer.cli;

import dev.ficus.gateway.api.DiffSample;
import dev.ficus.gateway.api.FieldDiff;
import dev.ficus.gateway.api.ShadowReport;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.type.TypeReference;

/**
 * {@code ficus route shadow CAPABILITY [--reset]}: how the service's answers compare with
 * the monolith's, and starting that comparison afresh once the service is fixed (a
 * rollout judges the diff rate since).
 */
@Command(name = "shadow", mixinStandardHelpOptions = true,
        description = {
                "Shows how the service's answers compared with the monolith's in SHADOW mode: counts and the "
                        + "latest differences.",
                "--reset starts the comparison afresh (audited), e.g. after fixing the service: differences of the "
                        + "version before would otherwise hold its rollout back." })
class ShadowCommand extends RouteCommand.AdminCall {

    @Parameters(paramLabel = "CAPABILITY", converter = RouteCommand.CapabilityName.class, description = "e.g. catalog")
    String capability;

    @Option(names = "--reset", description = "Start the comparison afresh; prints what it cleared.")
    boolean reset;

    @Override
    public Integer call() {
        PrintWriter out = out();
        if (reset) {
            ShadowReport cleared = admin().delete("/admin/shadow/" + capability, ShadowReport.class);
            out.printf("%s: shadow comparison started afresh (before: %d of %d compared differed, %d failed)%n",
                    capability, cleared.differing(), cleared.compared(), cleared.failed());
            return 0;
        }
        ShadowReport report = admin().get("/admin/shadow/" + capability, new TypeReference<>() {
        });
        out.printf("%s: %d compared, %d differ (%.1f %%), %d failed, %d dropped%n", capability, report.compared(),
                report.differing(), report.diffRate() * 100, report.failed(), report.dropped());
        for (DiffSample sample : report.samples()) {
            out.printf("%s %s %s: monolith %d, service %d%n", sample.time(), sample.method(), sample.path(),
                    sample.monolithStatus(), sample.serviceStatus());
            for (FieldDiff field : sample.fields()) {
                out.printf("    %s: monolith %s, service %s%n", field.path(), field.monolith(), field.service());
            }
        }
        return 0;
    }

}
