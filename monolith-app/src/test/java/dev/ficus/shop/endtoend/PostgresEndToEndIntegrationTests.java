package dev.ficus.shop.endtoend;

import dev.ficus.testsupport.PostgresDatabase;
import dev.ficus.testsupport.RealServices;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The end-to-end scenarios on a real PostgreSQL, in a schema of their own created afresh
 * for every run.
 */
class PostgresEndToEndIntegrationTests extends EndToEndScenarios {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase database = RealServices.freshPostgresSchema("monolith_e2e");
        registry.add("spring.datasource.url", database::schemaUrl);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
    }

}
