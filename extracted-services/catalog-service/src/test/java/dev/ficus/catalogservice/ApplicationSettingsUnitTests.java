package dev.ficus.catalogservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The service's own {@code application.yml} keeps the per-request settings the monolith
 * has for the same module code.
 */
class ApplicationSettingsUnitTests {

    @Test
    void criteriaQueryPlansAreCachedAsInTheMonolith() throws IOException {
        assertThat(setting("spring.jpa.properties.hibernate.criteria.plan_cache_enabled")).isEqualTo("true");
    }

    private static String setting(String name) throws IOException {
        List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application",
                new ClassPathResource("application.yml"));
        return String.valueOf(sources.get(0).getProperty(name));
    }

}
