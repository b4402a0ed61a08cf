package dev.ficus.deploycheck;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BuildImagesUnitTests {

    @Test
    void namesTheImageOfEveryApplicationModuleAndNoLibrary() throws URISyntaxException {
        Path reactor = Path.of(BuildImagesUnitTests.class.getResource("/fixtures/build/pom.xml").toURI()).getParent();

        BuildImages images = BuildImages.read(reactor);

        assertThat(images.byModule()).isEqualTo(Map.of("app", "registry.example.com/shop/app:2.3.0"));
    }

    @Test
    void readsTheImagesOfThisRepositorysApplications() {
        BuildImages images = BuildImages.read(DeployTree.root());

        assertThat(images.byModule()).containsOnlyKeys("monolith-app", "strangler-gateway", "catalog-service",
                "inventory-service");
        assertThat(images.byModule().get("catalog-service")).startsWith("ficus/catalog-service:");
    }

    @Test
    void dropsTheRegistryHostOfADeployedImage() {
        assertThat(ImagesAreBuilt.withoutRegistry("registry.example.com:5000/ficus/app:1")).isEqualTo("ficus/app:1");
        assertThat(ImagesAreBuilt.withoutRegistry("ficus/app:1")).isEqualTo("ficus/app:1");
    }

}
