package dev.ficus.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * An application's own {@code application.yml} on the classpath, read as Spring Boot
 * reads it, for tests of what it sets.
 */
public final class ApplicationYaml {

    private ApplicationYaml() {
    }

    /** The value the file's first document gives {@code name}, or {@code null}. */
    public static @Nullable Object setting(String name) {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application",
                    new ClassPathResource("application.yml"));
            return sources.get(0).getProperty(name);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
