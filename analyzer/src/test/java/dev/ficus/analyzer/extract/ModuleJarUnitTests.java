package dev.ficus.analyzer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.plan.Boundary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleJarUnitTests {

    @TempDir
    Path folder;

    @Test
    void eachCandidateOfOneMonolithJarGetsAnArtifactOfItsOwnAndTheSameOneEachTime() throws IOException {
        // dromara/RuoYi-Vue-Plus: the system service was compiled against the demo
        // service's jar, which Maven had cached under the same classifier
        Path jar = Files.write(folder.resolve("monolith.jar"), new byte[] { 1, 2, 3 });
        Boundary demo = boundary(List.of("org.dromara.demo.A", "org.dromara.demo.B"), "ruoyi-demo/src/main/java");
        Boundary system = boundary(List.of("org.dromara.system.A"), "ruoyi-system/src/main/java");
        Boundary demoAgain = boundary(List.of("org.dromara.demo.B", "org.dromara.demo.A"), "ruoyi-demo/src/main/java");

        String classifier = ModuleJar.classifier(jar, demo);

        assertThat(classifier).matches("classes-[0-9a-f]{12}");
        assertThat(ModuleJar.classifier(jar, system)).isNotEqualTo(classifier);
        assertThat(ModuleJar.classifier(jar, demoAgain)).isEqualTo(classifier);
        Files.write(jar, new byte[] { 1, 2, 4 });
        assertThat(ModuleJar.classifier(jar, demo)).as("the monolith rebuilt").isNotEqualTo(classifier);
    }

    private static Boundary boundary(List<String> movingTypes, String sourceFolder) {
        return new Boundary(movingTypes, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(sourceFolder));
    }

}
