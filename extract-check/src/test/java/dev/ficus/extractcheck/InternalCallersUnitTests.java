package dev.ficus.extractcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.web.server.ResponseStatusException;

/**
 * The {@code InternalCallers} {@code ficus extract} writes beside the monolith's
 * endpoints, compiled from the analyzer's template and asked who may call them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InternalCallersUnitTests {

    private static final String PACKAGE = "org.example.shop.customers.internal.remote";

    private static final Map<String, Object> NAMED = Map.of("ficus.trust.callers.orders-service", "s3cret",
            "ficus.trust.callers.notifications-service", "other");

    @TempDir
    static Path folder;

    private Class<?> internalCallers;

    @BeforeAll
    void compileTheTemplate() throws IOException, ClassNotFoundException {
        Path sources = Files.createDirectories(folder.resolve("src/" + PACKAGE.replace('.', '/')));
        String template;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("extract/InternalCallers.java.tmpl")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path source = Files.writeString(sources.resolve("InternalCallers.java"),
                template.replace("{{package}}", PACKAGE));
        Path classes = folder.resolve("classes");
        StringWriter output = new StringWriter();
        int exit = ToolProvider.findFirst("javac")
            .orElseThrow()
            .run(new PrintWriter(output), new PrintWriter(output), "--release", "17", "-proc:none", "-d",
                    classes.toString(), "-cp", System.getProperty("java.class.path"), source.toString());
        assertThat(exit).as(output.toString()).isZero();
        internalCallers = new URLClassLoader(new URL[] { classes.toUri().toURL() }, getClass().getClassLoader())
            .loadClass(PACKAGE + ".InternalCallers");
    }

    @Test
    void refusesEveryCallWhileTheMonolithNamesNoTokenForTheService() throws Exception {
        assertThat(status(Map.of(), "orders-service", "orders-service", "anything")).isEqualTo(403);
        assertThat(status(Map.of(), "orders-service", null, null)).isEqualTo(403);
        assertThat(status(Map.of("ficus.trust.callers.orders-service", ""), "orders-service", "orders-service", ""))
            .as("an empty token names nobody")
            .isEqualTo(403);
        assertThat(status(Map.of("ficus.trust.callers.gateway", "g"), "orders-service", "gateway", "g"))
            .as("another caller's name and token open nothing of the service's")
            .isEqualTo(403);
    }

    @Test
    void answersOnlyTheServiceTheEndpointsWereMadeForWithItsOwnToken() throws Exception {
        assertThat(status(NAMED, "orders-service", "orders-service", "s3cret")).isEqualTo(200);
        assertThat(status(NAMED, "orders-service", null, null)).isEqualTo(401);
        assertThat(status(NAMED, "orders-service", "orders-service", "s3cre")).isEqualTo(401);
        assertThat(status(NAMED, "orders-service", "orders-service", "other")).as("another caller's token")
            .isEqualTo(401);
        assertThat(status(NAMED, "orders-service", "notifications-service", "other"))
            .as("another named caller, with its own token, is not the service these endpoints serve")
            .isEqualTo(401);
    }

    @Test
    void answersEachOfSeveralServicesCallingTheSameTypeBackWithItsOwnToken() throws Exception {
        assertThat(status(NAMED, "notifications-service,orders-service", "orders-service", "s3cret")).isEqualTo(200);
        assertThat(status(NAMED, "notifications-service,orders-service", "notifications-service", "other"))
            .isEqualTo(200);
        assertThat(status(NAMED, "notifications-service,orders-service", "notifications-service", "s3cret"))
            .isEqualTo(401);
        assertThat(status(Map.of("ficus.trust.callers.orders-service", "s3cret"),
                "notifications-service,orders-service", "notifications-service", ""))
            .as("one of them named: the other is unknown, not unconfigured")
            .isEqualTo(401);
    }

    @Test
    void findsATokenGivenAsAnEnvironmentVariableWhoseNameBindsWithDots() throws Exception {
        Map<String, Object> fromEnvironment = Map.of("ficus.trust.callers.orders.service", "s3cret");

        assertThat(status(fromEnvironment, "orders-service", "orders-service", "s3cret")).isEqualTo(200);
        assertThat(status(fromEnvironment, "orders-service", "orders-service", "other")).isEqualTo(401);
    }

    /**
     * What the check answers a call naming {@code caller} with {@code token} to endpoints
     * made for {@code service} (several, with commas): 200 when it lets the call on.
     */
    private int status(Map<String, Object> settings, String service, String caller, String token) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        Constructor<?> constructor = internalCallers.getDeclaredConstructor(Environment.class);
        constructor.setAccessible(true);
        Method check = internalCallers.getDeclaredMethod("check", String.class, String.class, String[].class);
        check.setAccessible(true);
        try {
            check.invoke(constructor.newInstance(environment), caller, token, service.split(","));
            return 200;
        }
        catch (InvocationTargetException refused) {
            assertThat(refused.getCause()).isInstanceOf(ResponseStatusException.class);
            return ((ResponseStatusException) refused.getCause()).getStatusCode().value();
        }
    }

}
