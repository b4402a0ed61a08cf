package dev.ficus.livesettings;

import static dev.ficus.testsupport.SettingsFiles.configMap;
import static dev.ficus.testsupport.SettingsFiles.write;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cloud.context.refresh.ContextRefresher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A running application follows its settings file: a changed value is in effect within
 * seconds, audited with one line; a broken file (unparseable, a value that cannot be
 * bound or is invalid, a change its rule refuses) is refused with one line and the last
 * good settings stay; a ConfigMap-style symlink swap is seen; {@code ContextRefresher}
 * (what {@code /actuator/refresh} calls) takes the same path.
 */
@ExtendWith(OutputCaptureExtension.class)
class SettingsFileIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private static final String REFUSED = "refused, the last good configuration stays";

    @TempDir
    Path dir;

    @Test
    void appliesAChangedValueWithinSecondsAndAuditsIt(CapturedOutput output) throws IOException {
        Path file = write(dir.resolve("settings.properties"), "ficus.demo.timeout=1s\n");
        try (ConfigurableApplicationContext app = start(file)) {
            LiveProperties<DemoProperties> live = live(app);
            Duration atStart = live.current().timeout();

            write(file, "ficus.demo.timeout=3s\nficus.demo.attempts=5\n");
            await("the new timeout is in effect and audited",
                    () -> live.current().timeout().equals(Duration.ofSeconds(3))
                            && output.getOut().contains(" applied: "));

            assertThat(atStart).isEqualTo(Duration.ofSeconds(1));
            assertThat(live.current()).isEqualTo(new DemoProperties(Duration.ofSeconds(3), 5, "hunter2"));
            assertThat(app.getBean(Demo.class).timeouts).containsExactly(Duration.ofSeconds(3));
            assertThat(output.getOut().lines().filter(line -> line.contains("Settings file"))).singleElement()
                .asString()
                .contains("Settings file " + file + " applied: ficus.demo.attempts (unset) -> 5; "
                        + "ficus.demo.timeout 1s -> 3s");
        }
    }

    @Test
    void refusesABrokenFileWithOneLineAndKeepsTheLastGoodSettings(CapturedOutput output) throws IOException {
        Path file = write(dir.resolve("settings.properties"), "ficus.demo.timeout=2s\n");
        try (ConfigurableApplicationContext app = start(file)) {
            LiveProperties<DemoProperties> live = live(app);

            write(file, "ficus.demo.timeout=2s\nficus.demo.attempts=0\n");
            await("the invalid value is refused", () -> refusals(output) == 1);
            DemoProperties afterInvalid = live.current();
            write(file, "ficus.demo.timeout=abc\n");
            await("the unbindable value is refused", () -> refusals(output) == 2);
            sleep(Duration.ofMillis(500)); // a few more checks of the unchanged broken
                                           // file
            DemoProperties afterUnbindable = live.current();
            String timeoutInTheEnvironment = app.getEnvironment().getProperty("ficus.demo.timeout");
            write(file, "ficus.demo.timeout=4s\n");
            await("the repaired file is applied", () -> live.current().timeout().equals(Duration.ofSeconds(4)));

            assertThat(afterInvalid).isEqualTo(new DemoProperties(Duration.ofSeconds(2), 3, "hunter2"));
            assertThat(afterUnbindable).isEqualTo(afterInvalid);
            assertThat(timeoutInTheEnvironment).as("refused before it reached the environment").isEqualTo("2s");
            assertThat(output.getOut().lines().filter(line -> line.contains(REFUSED)).toList()).hasSize(2)
                .satisfiesExactly(
                        first -> assertThat(first).contains(
                                "Settings file " + file + " " + REFUSED + ": ficus.demo.attempts must be at least 1"),
                        second -> assertThat(second)
                            .contains("Settings file " + file + " " + REFUSED + ": ficus.demo.timeout: ")
                            .contains("abc"));
            assertThat(app.getBean(Demo.class).timeouts).containsExactly(Duration.ofSeconds(4));
        }
    }

    @Test
    void refusesAnUnparseableFileAndAChangeItsRuleRefuses(CapturedOutput output) throws IOException {
        Path file = write(dir.resolve("settings.yml"), "ficus:\n  demo:\n    timeout: 1s\n");
        try (ConfigurableApplicationContext app = start(file)) {
            LiveProperties<DemoProperties> live = live(app);

            write(file, "ficus:\n  demo: [timeout: 2s\n");
            await("the unparseable file is refused", () -> refusals(output) == 1);
            write(file, "ficus:\n  demo:\n    timeout: 1s\n    secret: swordfish\n");
            await("the change the rule refuses is refused", () -> refusals(output) == 2);

            assertThat(live.current()).isEqualTo(new DemoProperties(Duration.ofSeconds(1), 3, "hunter2"));
            assertThat(output.getOut().lines().filter(line -> line.contains(REFUSED)).toList()).satisfiesExactly(
                    first -> assertThat(first).contains(REFUSED + ": cannot be parsed: "), second -> assertThat(second)
                        .endsWith(REFUSED + ": ficus.demo.secret cannot change without a restart"));
        }
    }

    @Test
    void followsAConfigMapStyleSymlinkSwap(CapturedOutput output) throws IOException {
        Path mount = Files.createDirectories(dir.resolve("mount"));
        configMap(mount, "..2026_12_03_01", "ficus.demo.timeout=1s\nficus.demo.secret=hunter2\n");
        Path file = Files.createSymbolicLink(mount.resolve("settings.properties"),
                Path.of("..data/settings.properties"));
        try (ConfigurableApplicationContext app = start(file)) {
            LiveProperties<DemoProperties> live = live(app);

            configMap(mount, "..2026_12_03_02", "ficus.demo.timeout=7s\nficus.demo.secret=hunter2\n");
            await("the swapped file is applied and audited",
                    () -> live.current().timeout().equals(Duration.ofSeconds(7))
                            && output.getOut().contains(" applied: "));

            assertThat(output.getOut()).contains("ficus.demo.timeout 1s -> 7s");
        }
    }

    @Test
    void appliesTheFileOnARefreshAsActuatorRefreshDoes(CapturedOutput output) throws IOException {
        Path file = write(dir.resolve("settings.properties"), "ficus.demo.timeout=1s\nficus.demo.secret=hunter2\n");
        try (ConfigurableApplicationContext app = start(file, "0s")) {
            LiveProperties<DemoProperties> live = live(app);
            write(file, "ficus.demo.timeout=9s\nficus.demo.secret=hunter2\n");
            sleep(Duration.ofMillis(300));
            Duration unwatched = live.current().timeout();

            app.getBean(ContextRefresher.class).refresh();

            assertThat(unwatched).isEqualTo(Duration.ofSeconds(1));
            assertThat(live.current().timeout()).isEqualTo(Duration.ofSeconds(9));
            assertThat(output.getOut()).contains("applied: ficus.demo.timeout 1s -> 9s");
        }
    }

    @Test
    void followsLoggingLevels() throws IOException {
        Path file = write(dir.resolve("settings.properties"), "logging.level.dev.ficus.demo=INFO\n");
        try (ConfigurableApplicationContext app = start(file)) {
            boolean atStart = LoggerFactory.getLogger("dev.ficus.demo").isDebugEnabled();

            write(file, "logging.level.dev.ficus.demo=DEBUG\n");
            await("debug is on", () -> LoggerFactory.getLogger("dev.ficus.demo").isDebugEnabled());

            assertThat(atStart).isFalse();
        }
    }

    @Test
    void winsOverTheCommandLineAtStart() throws IOException {
        Path file = write(dir.resolve("settings.properties"), "ficus.demo.attempts=4\n");
        try (ConfigurableApplicationContext app = start(file, "100ms", "--ficus.demo.attempts=2")) {
            assertThat(live(app).current().attempts()).isEqualTo(4);
        }
    }

    private static ConfigurableApplicationContext start(Path file) {
        return start(file, "100ms");
    }

    private static ConfigurableApplicationContext start(Path file, String reloadEvery, String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "--ficus.settings.file=" + file;
        args[1] = "--ficus.settings.reload-every=" + reloadEvery;
        System.arraycopy(more, 0, args, 2, more.length);
        return new SpringApplicationBuilder(DemoApplication.class).web(WebApplicationType.NONE).run(args);
    }

    @SuppressWarnings("unchecked")
    private static LiveProperties<DemoProperties> live(ConfigurableApplicationContext app) {
        return app.getBean(LiveProperties.class);
    }

    private static long refusals(CapturedOutput output) {
        return output.getOut().lines().filter(line -> line.contains(REFUSED)).count();
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + PATIENCE + ": " + what);
            }
            sleep(Duration.ofMillis(50));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    @ConfigurationProperties("ficus.demo")
    record DemoProperties(Duration timeout, @DefaultValue("3") int attempts, @DefaultValue("hunter2") String secret) {

        DemoProperties {
            if (attempts < 1) {
                throw new IllegalArgumentException("ficus.demo.attempts must be at least 1");
            }
        }

    }

    /** A user of the settings, told of each change. */
    static class Demo {

        final java.util.List<Duration> timeouts = new java.util.concurrent.CopyOnWriteArrayList<>();

    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @EnableConfigurationProperties(DemoProperties.class)
    static class DemoApplication {

        @Bean
        LiveProperties<DemoProperties> liveDemo(DemoProperties atStart) {
            return LiveProperties.of(DemoProperties.class, atStart, (before, after) -> {
                if (!before.secret().equals(after.secret())) {
                    throw new IllegalArgumentException("ficus.demo.secret cannot change without a restart");
                }
            });
        }

        @Bean
        Demo demo(LiveProperties<DemoProperties> live) {
            Demo demo = new Demo();
            live.onChange(settings -> demo.timeouts.add(settings.timeout()));
            return demo;
        }

    }

}
