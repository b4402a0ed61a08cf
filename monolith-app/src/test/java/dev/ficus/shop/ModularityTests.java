package dev.ficus.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module structure and regenerates the module documentation in {@code docs/modules/}. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(FicusShopApplication.class);

    @Test
    void verifiesModuleStructure() {
        MODULES.verify();
    }

    @Test
    void findsTheSevenModulesOfTheShop() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString)
                .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("catalog", "inventory", "customers", "orders", "payments", "shipping",
                        "notifications");
    }

    @Test
    void writesDocumentationSnippets() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
