package dev.ficus.inventoryservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.testsupport.ApplicationYaml;
import org.junit.jupiter.api.Test;

/**
 * The service's own {@code application.yml} keeps the per-request settings the monolith
 * has for the same module code.
 */
class ApplicationSettingsUnitTests {

    @Test
    void criteriaQueryPlansAreCachedAsInTheMonolith() {
        assertThat(ApplicationYaml.setting("spring.jpa.properties.hibernate.criteria.plan_cache_enabled"))
            .hasToString("true");
    }

}
