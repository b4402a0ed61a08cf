package dev.ficus.extractcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
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
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The {@code InternalCallers} {@code ficus extract} writes beside the monolith's
 * endpoints, compiled from the analyzer's template and asked what it lets through: who
 * may run the endpoints of its package, with and without callers named.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InternalCallersUnitTests {

    private static final String PACKAGE = "org.example.shop.customers.internal.remote";

    @TempDir
    static Path folder;

    private ClassLoader compiled;

    @BeforeAll
    void compileTheGeneratedGuardBesideAnEndpointsClassAndAnotherController() throws IOException {
        Path sources = Files.createDirectories(folder.resolve("src/" + PACKAGE.replace('.', '/')));
        String template;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("extract/InternalCallers.java.tmpl")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(sources.resolve("InternalCallers.java"), template.replace("{{package}}", PACKAGE));
        Files.writeString(sources.resolve("CustomersEndpoints.java"),
                "package " + PACKAGE + ";\npublic class CustomersEndpoints {\n    public String find() {\n"
                        + "        return \"customer\";\n    }\n}\n");
        Files.writeString(sources.resolve("CustomersController.java"),
                "package " + PACKAGE + ";\npublic class CustomersController {\n    public String find() {\n"
                        + "        return \"customer\";\n    }\n}\n");
        Path classes = folder.resolve("classes");
        StringWriter output = new StringWriter();
        int exit = ToolProvider.findFirst("javac")
            .orElseThrow()
            .run(new PrintWriter(output), new PrintWriter(output), "--release", "17", "-proc:none", "-d",
                    classes.toString(), "-cp", System.getProperty("java.class.path"),
                    sources.resolve("InternalCallers.java").toString(),
                    sources.resolve("CustomersEndpoints.java").toString(),
                    sources.resolve("CustomersController.java").toString());
        assertThat(exit).as(output.toString()).isZero();
        compiled = new URLClassLoader(new URL[] { classes.toUri().toURL() }, getClass().getClassLoader());
    }

    @Test
    void whileNoCallerIsNamedAnswersOnlyCallsFromThisMachine() throws Exception {
        assertThat(status(Map.of(), "CustomersEndpoints", "127.0.0.1", Map.of())).isEqualTo(200);
        assertThat(status(Map.of(), "CustomersEndpoints", "0:0:0:0:0:0:0:1", Map.of())).isEqualTo(200);
        assertThat(status(Map.of(), "CustomersEndpoints", "192.0.2.7", Map.of())).isEqualTo(403);
        assertThat(status(Map.of(), "CustomersEndpoints", "192.0.2.7",
                Map.of("X-Ficus-Caller", "orders-service", "X-Ficus-Caller-Token", "anything")))
            .as("no token is known yet, so none opens the door")
            .isEqualTo(403);
    }

    @Test
    void onceCallersAreNamedAnswersOnlyANamedCallerWithItsOwnTokenFromAnywhere() throws Exception {
        Map<String, Object> named = Map.of("ficus.trust.callers.orders-service", "s3cret",
                "ficus.trust.callers.notifications-service", "other");

        assertThat(status(named, "CustomersEndpoints", "192.0.2.7",
                Map.of("X-Ficus-Caller", "orders-service", "X-Ficus-Caller-Token", "s3cret")))
            .isEqualTo(200);
        assertThat(status(named, "CustomersEndpoints", "127.0.0.1", Map.of()))
            .as("loopback no longer suffices once callers are named")
            .isEqualTo(401);
        assertThat(status(named, "CustomersEndpoints", "127.0.0.1",
                Map.of("X-Ficus-Caller", "orders-service", "X-Ficus-Caller-Token", "other")))
            .as("another caller's token")
            .isEqualTo(401);
        assertThat(status(named, "CustomersEndpoints", "127.0.0.1",
                Map.of("X-Ficus-Caller", "orders-service", "X-Ficus-Caller-Token", "s3cre")))
            .isEqualTo(401);
        assertThat(status(named, "CustomersEndpoints", "127.0.0.1",
                Map.of("X-Ficus-Caller", "gateway", "X-Ficus-Caller-Token", "s3cret")))
            .isEqualTo(401);
    }

    @Test
    void leavesEveryOtherHandlerToTheMonolith() throws Exception {
        Map<String, Object> named = Map.of("ficus.trust.callers.orders-service", "s3cret");

        assertThat(status(named, "CustomersController", "192.0.2.7", Map.of())).isEqualTo(200);
        assertThat(status(Map.of(), "CustomersController", "192.0.2.7", Map.of())).isEqualTo(200);
    }

    /**
     * What the guard answers a request from {@code remoteAddress} with {@code headers}
     * for a method of {@code handlerClass}: 200 when it lets the request on.
     */
    private int status(Map<String, Object> settings, String handlerClass, String remoteAddress,
            Map<String, String> headers) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
        Constructor<?> constructor = compiled.loadClass(PACKAGE + ".InternalCallers")
            .getDeclaredConstructor(org.springframework.core.env.Environment.class);
        constructor.setAccessible(true);
        HandlerInterceptor guard = (HandlerInterceptor) constructor.newInstance(environment);
        Class<?> handlerType = compiled.loadClass(PACKAGE + "." + handlerClass);
        HandlerMethod handler = new HandlerMethod(handlerType.getDeclaredConstructor().newInstance(),
                handlerType.getMethod("find"));
        // the path is the handler's business: no spelling of it matters to the guard
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/internal;x=y/customers%2Ffind");
        request.setRemoteAddr(remoteAddress);
        headers.forEach(request::addHeader);
        MockHttpServletResponse response = new MockHttpServletResponse();

        boolean goesOn = guard.preHandle(request, response, handler);

        assertThat(goesOn).as("goes on exactly when nothing was sent").isEqualTo(response.getStatus() == 200);
        return response.getStatus();
    }

}
