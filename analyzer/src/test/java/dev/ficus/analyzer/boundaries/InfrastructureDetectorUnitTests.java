package dev.ficus.analyzer.boundaries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.graph.CodeGraph;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Plumbing belongs to the one candidate it wires, else to the platform (elunez/eladmin's
 * {@code FileProperties}, which calls helpers its logging module holds and is read by
 * users and storage alike).
 */
class InfrastructureDetectorUnitTests {

    private static final String SHOP = "shop.";

    @Test
    void givesPlumbingToTheOneCandidateItWires() {
        CodeGraph code = CodeGraphFixture.builder()
            .calls(SHOP + "StorageProperties", SHOP + "Storage", 1)
            .calls(SHOP + "Users", SHOP + "StorageProperties", 1)
            .build();

        assertThat(owners(code)).isEqualTo(Map.of(SHOP + "StorageProperties", 1));
    }

    @Test
    void leavesPlumbingThatOnlyCallsAnotherCandidatesHelpersToThePlatform() {
        CodeGraph code = CodeGraphFixture.builder()
            .calls(SHOP + "StorageProperties", SHOP + "LogFormats", 1)
            .calls(SHOP + "StorageProperties", SHOP + "DateUtils", 1)
            .calls(SHOP + "Users", SHOP + "StorageProperties", 1)
            .calls(SHOP + "Storage", SHOP + "StorageProperties", 1)
            .utilityClass(SHOP + "LogFormats")
            .build();

        assertThat(owners(code)).isEmpty();
    }

    @Test
    void givesPlumbingThatOnlyACandidatesHelperReadsToThatCandidate() {
        // dromara/RuoYi-Vue-Plus's GenConfig, read by the generator's GenUtils alone
        CodeGraph code = CodeGraphFixture.builder().calls(SHOP + "DateUtils", SHOP + "StorageProperties", 2).build();

        assertThat(owners(code)).isEqualTo(Map.of(SHOP + "StorageProperties", 0));
    }

    private static Map<String, Integer> owners(CodeGraph code) {
        SortedSet<String> plumbing = new TreeSet<>(Set.of(SHOP + "StorageProperties"));
        List<Set<String>> clusters = List.of(Set.of(SHOP + "Logs", SHOP + "LogFormats", SHOP + "DateUtils"),
                Set.of(SHOP + "Storage"), Set.of(SHOP + "Users"));
        return new InfrastructureDetector(code).owners(plumbing, clusters, DeployableModules.of(code));
    }

}
