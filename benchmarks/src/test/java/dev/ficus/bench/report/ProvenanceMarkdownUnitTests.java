package dev.ficus.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.ficus.bench.provenance.Provenance;
import dev.ficus.bench.provenance.Provenance.LoadAverage;
import dev.ficus.bench.provenance.Provenance.Machine;

class ProvenanceMarkdownUnitTests {

    private static final Machine MACHINE = new Machine("Test CPU", 2, 8L << 30, "Linux 6.1 (amd64)", "JDK 17");

    @Test
    void namesCommandCommitMachineAndLoadAndSaysWhenTheLoadExceededTheCoresBeforeTheRun() {
        String md = ProvenanceMarkdown.render(new Provenance("./ficus bench analyzer", "abc123", true, MACHINE,
                new LoadAverage(2.4, 1.5, 1.0), new LoadAverage(3.08, 2.0, 1.2)));

        assertThat(md).isEqualTo(
                """
                        - Command: `./ficus bench analyzer`
                        - Commit: `abc123` with uncommitted changes to tracked files
                        - Machine: 2 cores (Test CPU), 8.0 GiB memory, Linux 6.1 (amd64), JDK 17
                        - Load average (1 / 5 / 15 min): 2.40 / 1.50 / 1.00 before, 3.08 / 2.00 / 1.20 after; above the 2 cores \
                        before the run, so other work shared the machine and wall times are longer than this machine alone would give
                        """);
    }

    @Test
    void doesNotBlameOtherWorkForALoadTheRunItselfRaised() {
        Provenance provenance = new Provenance("./ficus bench gateway-overhead", "abc123", false, MACHINE,
                new LoadAverage(1.07, 1.48, 1.82), new LoadAverage(2.14, 2.60, 2.64));

        assertThat(provenance.busy()).isFalse();
        assertThat(ProvenanceMarkdown.render(provenance))
            .contains("1.07 / 1.48 / 1.82 before, 2.14 / 2.60 / 2.64 after; at most the 2 cores before the run; "
                    + "above them after, which the run's own processes alone can cause\n")
            .doesNotContain("other work");
    }

    @Test
    void saysTheLoadStayedWithinTheCoresOnAQuietMachine() {
        String md = ProvenanceMarkdown.render(new Provenance("./ficus bench", "abc123", false, MACHINE,
                new LoadAverage(0.2, 0.1, 0.1), new LoadAverage(1.9, 1.0, 0.5)));

        assertThat(md).contains("0.20 / 0.10 / 0.10 before, 1.90 / 1.00 / 0.50 after; at most the 2 cores\n")
            .doesNotContain("other work")
            .doesNotContain("with uncommitted changes");
    }

    @Test
    void claimsNothingOfTheLoadBeforeARunThatDidNotRecordIt() {
        String md = ProvenanceMarkdown
            .render(new Provenance("./ficus bench", "abc123", false, MACHINE, null, new LoadAverage(3.0, 1.0, 0.5)));

        assertThat(md)
            .contains("not recorded before, 3.00 / 1.00 / 0.50 after; above the 2 cores after the run (the "
                    + "load before was not recorded), which the run's own processes alone can cause\n")
            .doesNotContain("other work");
    }

    @Test
    void saysWhatAnOldRunDidNotRecord() {
        String md = ProvenanceMarkdown
            .render(new Provenance(null, null, null, new Machine(null, 2, null, null, "OpenJDK 17.0.15"),
                    new LoadAverage(1.892, null, null), new LoadAverage(3.081, null, null)));

        assertThat(md).contains("- Command: not recorded\n- Commit: not recorded\n")
            .contains("- Machine: 2 cores (unknown), unknown memory, unknown, OpenJDK 17.0.15\n")
            .contains("1.89 / – / – before, 3.08 / – / – after; at most the 2 cores before the run; above them after")
            .endsWith("This run predates the provenance record: the command line and the git commit were not "
                    + "recorded, so they cannot be shown here.\n");
        assertThat(ProvenanceMarkdown.render(null)).contains("the command line, the git commit, the machine and the "
                + "load average before and after were not recorded");
    }

}
