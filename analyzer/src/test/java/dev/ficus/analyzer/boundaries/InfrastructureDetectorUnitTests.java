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
 * {@code FileProperties}, which reads a constants class of its logging module and is read
 * by users and storage alike).
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
    void leavesPlumbingThatOnlyReadsAnotherCandidatesConstantsToThePlatform() {
        CodeGraph code = CodeGraphFixture.builder()
            .calls(SHOP + "StorageProperties", SHOP + "LogConstants", 1)
            .calls(SHOP + "StorageProperties", SHOP + "DateUtils", 1)
            .calls(SHOP + "Users", SHOP + "StorageProperties", 1)
            .calls(SHOP + "Storage", SHOP + "StorageProperties", 1)
            .staticMembersOnly(SHOP + "LogConstants")
            .build();

        assertThat(owners(code)).isEmpty();
    }

    private static Map<String, Integer> owners(CodeGraph code) {
        SortedSet<String> plumbing = new TreeSet<>(Set.of(SHOP + "StorageProperties"));
        List<Set<String>> clusters = List.of(Set.of(SHOP + "Logs", SHOP + "LogConstants", SHOP + "DateUtils"),
                Set.of(SHOP + "Storage"), Set.of(SHOP + "Users"));
        return new InfrastructureDetector(code).owners(plumbing, clusters, DeployableModules.of(code));
    }

}
