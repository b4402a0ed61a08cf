package dev.ficus.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happens when no archive can be made. An archive made from a real application's jar
 * is checked where the jars are built: {@code benchmarks}'
 * {@code ProcessSpecIntegrationTests}.
 */
class StartupArchiveIntegrationTests {

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path folder;

    @Test
    void jarThatCannotBeTrainedStartsAsItIsAndIsNotTriedAgainUntilItChanges() throws Exception {
        Path jar = Files.writeString(folder.resolve("broken.jar"), "not a jar");
        Path stamp = folder.resolve("broken.jar.startup").resolve("stamp");

        assertThat(StartupArchive.launch(JAVA, jar)).as("first start").containsExactly("-jar", jar.toString());
        assertThat(Files.readString(stamp)).endsWith("seen");
        assertThat(folder.resolve("broken.jar.startup").resolve("training.log")).doesNotExist();

        assertThat(StartupArchive.launch(JAVA, jar)).as("second start").containsExactly("-jar", jar.toString());
        assertThat(Files.readString(stamp)).endsWith("failed");
        assertThat(folder.resolve("broken.jar.startup").resolve("training.log")).isNotEmptyFile();
        FileTime tried = Files.getLastModifiedTime(stamp);

        assertThat(StartupArchive.launch(JAVA, jar)).containsExactly("-jar", jar.toString());
        assertThat(Files.getLastModifiedTime(stamp)).as("not tried again").isEqualTo(tried);

        Files.setLastModifiedTime(jar, FileTime.fromMillis(tried.toMillis() - 60_000));
        StartupArchive.launch(JAVA, jar);
        assertThat(Files.readString(stamp)).as("counted afresh once the jar changed").endsWith("seen");
    }

    @Test
    void jarReachedThroughALinkSharesTheArchiveOfTheJarItself() throws Exception {
        Path jar = Files.writeString(folder.resolve("app.jar"), "not a jar");
        Path linked = Files.createSymbolicLink(folder.resolve("linked"), folder);

        StartupArchive.launch(JAVA, linked.resolve("app.jar"));

        assertThat(folder.resolve("app.jar.startup/stamp")).content()
            .contains(jar.toRealPath().toString())
            .endsWith("seen");
        StartupArchive.launch(JAVA, jar);
        assertThat(folder.resolve("app.jar.startup/stamp")).as("its second start").content().endsWith("failed");
    }

    @Test
    void runThatOnlyUsesMadeArchivesNeitherCountsStartsNorTrains() throws Exception {
        Path jar = Files.writeString(folder.resolve("app.jar"), "not a jar");

        assertThat(StartupArchive.launchIfMade(JAVA, jar)).containsExactly("-jar", jar.toString());
        assertThat(folder.resolve("app.jar.startup")).as("nothing recorded").doesNotExist();

        StartupArchive.launch(JAVA, jar);
        assertThat(StartupArchive.launchIfMade(JAVA, jar)).containsExactly("-jar", jar.toString());
        assertThat(StartupArchive.launchIfMade(JAVA, jar)).containsExactly("-jar", jar.toString());
        assertThat(folder.resolve("app.jar.startup/stamp")).as("still its first start").content().endsWith("seen");
        assertThat(folder.resolve("app.jar.startup/training.log")).doesNotExist();
    }

    @Test
    void jarInAFolderThatCannotBeWrittenStartsAsItIs() throws Exception {
        Path jar = Files.writeString(folder.resolve("app.jar"), "not a jar");
        Files.writeString(folder.resolve("app.jar.startup"), "a file where the archive's folder would go");

        assertThat(StartupArchive.launch(JAVA, jar)).containsExactly("-jar", jar.toString());
    }

}
