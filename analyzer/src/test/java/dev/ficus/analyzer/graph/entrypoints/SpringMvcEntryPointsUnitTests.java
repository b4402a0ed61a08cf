package dev.ficus.analyzer.graph.entrypoints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.EdgeWeights;
import dev.ficus.analyzer.graph.GraphBuilder;
import dev.ficus.analyzer.source.SourceReader;
import dev.ficus.analyzer.source.SourceRequest;
import dev.ficus.analyzer.work.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spring MVC handlers found in a small application written for each case.
 */
class SpringMvcEntryPointsUnitTests {

    @TempDir
    Path app;

    @Test
    void leavesOutTheMappingsOfAFeignClientWhichCallsThemElsewhere() throws IOException {
        // sqshq/piggymetrics: account-service's StatisticsServiceClient maps the
        // statistics service's paths
        write("src/main/java/com/example/AccountController.java", """
                package com.example;

                import org.springframework.web.bind.annotation.GetMapping;
                import org.springframework.web.bind.annotation.RestController;

                @RestController
                public class AccountController {

                    @GetMapping("/accounts/current")
                    public String current() {
                        return "";
                    }

                }
                """);
        write("src/main/java/com/example/StatisticsServiceClient.java", """
                package com.example;

                import org.springframework.cloud.openfeign.FeignClient;
                import org.springframework.web.bind.annotation.PutMapping;

                @FeignClient(name = "statistics-service")
                public interface StatisticsServiceClient {

                    @PutMapping("/statistics/{accountName}")
                    void updateStatistics(String accountName);

                }
                """);

        assertThat(graph().entryPoints()).extracting(EntryPoint::detail).containsExactly("GET /accounts/current");
    }

    @Test
    void fillsInAMappingsPlaceholdersFromTheApplicationsSettings() throws IOException {
        write("src/main/java/com/example/EventsController.java", """
                package com.example;

                import org.springframework.web.bind.annotation.GetMapping;
                import org.springframework.web.bind.annotation.RequestMapping;
                import org.springframework.web.bind.annotation.RestController;

                @RestController
                @RequestMapping("${api.prefix}")
                public class EventsController {

                    @GetMapping("${sse.path}/send")
                    public String send() {
                        return "";
                    }

                    @GetMapping("/close/${close.word:stop}")
                    public String close() {
                        return "";
                    }

                    @GetMapping("${unknown.path}/x")
                    public String unknown() {
                        return "";
                    }

                }
                """);
        write("src/main/resources/application.yml", """
                api:
                  prefix: /api/v2
                --- # events
                sse:
                  path: /resource/sse/
                """);

        assertThat(graph().entryPoints()).extracting(EntryPoint::detail)
            .containsExactlyInAnyOrder("GET /api/v2/resource/sse/send", "GET /api/v2/close/stop",
                    "GET /api/v2/${unknown.path}/x");
    }

    private CodeGraph graph() {
        return GraphBuilder.build(SourceReader.read(SourceRequest.of(app), Progress.NONE), EdgeWeights.defaults(),
                Progress.NONE);
    }

    private void write(String file, String content) throws IOException {
        Path path = app.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }

}
