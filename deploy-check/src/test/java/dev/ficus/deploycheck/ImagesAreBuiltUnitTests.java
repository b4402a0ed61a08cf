package dev.ficus.deploycheck;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImagesAreBuiltUnitTests {

    private final ManifestCheck check = new ImagesAreBuilt(new BuildImages(Map.of("web", "ficus/web:1.0")));

    @Test
    void acceptsManifestsThatKeepTheRule() {
        assertThat(check.problems(Fixtures.manifests("valid/manifest.yaml"))).isEmpty();
    }

    @Test
    void findsAnImageTheBuildDoesNotProduce() {
        List<String> problems = check.problems(BrokenFixtures.valid("image: ficus/web:1.0", "image: ficus/web:0.9"));

        assertThat(problems).containsExactly(
                "Deployment web container app runs ficus/web:0.9, which the build does not produce (it produces [ficus/web:1.0])",
                "no workload runs ficus/web:1.0, the image of web");
    }

}
