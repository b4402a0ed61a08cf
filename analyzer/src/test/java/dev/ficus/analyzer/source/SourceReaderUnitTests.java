package dev.ficus.analyzer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import dev.ficus.analyzer.Fixtures;
import dev.ficus.analyzer.source.Diagnostic.Severity;
import dev.ficus.analyzer.work.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderUnitTests {

    @TempDir
    Path temp;

    @Test
    void findsSourceRootsAndSkipsTestTrees() {
        ParsedSources sources = SourceReader.read(SourceRequest.of(Fixtures.of("servlet")), Progress.NONE);

        assertThat(sources.sourceRoots()).containsExactly(sources.root().resolve("src/main/java"));
        assertThat(files(sources)).containsExactly("src/main/java/com/acme/legacy/dao/Database.java",
                "src/main/java/com/acme/legacy/dao/Order.java", "src/main/java/com/acme/legacy/dao/OrderDao.java",
                "src/main/java/com/acme/legacy/dao/ReportDao.java",
                "src/main/java/com/acme/legacy/web/OrderServlet.java",
                "src/main/java/com/acme/legacy/web/ReportServlet.java");
        assertThat(sources.files()).isEqualTo(6);
        assertThat(sources.diagnostics()).isEmpty();
        assertThat(sources.resourceFiles()).containsExactly(sources.root().resolve("src/main/webapp/WEB-INF/web.xml"));
    }

    @Test
    void readsTestTreesWhenAsked() {
        SourceRequest request = new SourceRequest(Fixtures.of("servlet"), true, List.of(), List.of());

        ParsedSources sources = SourceReader.read(request, Progress.NONE);

        assertThat(sources.sourceRoots()).containsExactly(sources.root().resolve("src/main/java"),
                sources.root().resolve("src/test/java"));
        assertThat(files(sources)).contains("src/test/java/com/acme/legacy/web/OrderServletTest.java").hasSize(7);
    }

    @Test
    void skipsTestSourceSetsAndDesktopClientsUnlessAsked() throws IOException {
        write(temp.resolve("src/main/java/demo/Kept.java"), "package demo; class Kept { }");
        write(temp.resolve("src/bdd_test/java/demo/Steps.java"), "package demo; class Steps { }");
        write(temp.resolve("src/integration_test/java/demo/DbIT.java"), "package demo; class DbIT { }");
        write(temp.resolve("src/ui_tests/java/demo/Ui.java"), "package demo; class Ui { }");
        write(temp.resolve("desktop_app/src/main/java/demo/Window.java"), "package demo; class Window { }");

        ParsedSources sources = SourceReader.read(SourceRequest.of(temp), Progress.NONE);
        ParsedSources all = SourceReader.read(new SourceRequest(temp, true, List.of(), List.of()), Progress.NONE);

        assertThat(files(sources)).containsExactly("src/main/java/demo/Kept.java");
        assertThat(sources.diagnostics()).extracting(Diagnostic::message)
            .contains("desktop client module skipped (--include-tests reads it)");
        assertThat(files(all)).hasSize(5);
    }

    @Test
    void skipsBuildOutputHiddenFoldersAndExcludedFiles() throws IOException {
        write(temp.resolve("app/src/main/java/demo/Kept.java"), "package demo; class Kept { }");
        write(temp.resolve("app/src/main/java/demo/legacy/Old.java"), "package demo.legacy; class Old { }");
        write(temp.resolve("app/target/classes/demo/Copied.java"), "package demo; class Copied { }");
        write(temp.resolve("app/build/demo/Built.java"), "package demo; class Built { }");
        write(temp.resolve(".git/demo/Hidden.java"), "package demo; class Hidden { }");
        SourceRequest request = new SourceRequest(temp, false, List.of("**/legacy/**"), List.of());

        ParsedSources sources = SourceReader.read(request, Progress.NONE);

        assertThat(files(sources)).containsExactly("app/src/main/java/demo/Kept.java");
    }

    @Test
    void findsLooseTreesByTheirPackageDeclarations() throws IOException {
        write(temp.resolve("module-a/code/com/acme/A.java"), "package com.acme; class A { }");
        write(temp.resolve("scripts/Tool.java"), "class Tool { }");

        ParsedSources sources = SourceReader.read(SourceRequest.of(temp), Progress.NONE);

        assertThat(sources.sourceRoots()).containsExactly(sources.root().resolve("module-a/code"),
                sources.root().resolve("scripts"));
    }

    @Test
    void reportsBrokenFilesAndReadsTheRest() {
        ParsedSources sources = SourceReader.read(SourceRequest.of(Fixtures.of("broken")), Progress.NONE);

        assertThat(files(sources)).containsExactly("src/main/java/demo/Good.java");
        assertThat(sources.files()).isEqualTo(5);
        assertThat(sources.parseErrors()).isEqualTo(2);
        assertThat(sources.diagnostics()).extracting(Diagnostic::file, Diagnostic::line, Diagnostic::severity)
            .containsExactly(tuple("src/main/java/demo/Empty.java", 1, Severity.WARNING),
                    tuple("src/main/java/demo/Latin1.java", 3, Severity.ERROR),
                    tuple("src/main/java/demo/Stamped.java", 1, Severity.WARNING),
                    tuple("src/main/java/demo/Unparseable.java", 4, Severity.ERROR));
        assertThat(sources.diagnostics()).extracting(Diagnostic::message)
            .containsExactly("empty file", "not valid UTF-8 (byte offset 21)", "generated source skipped",
                    sources.diagnostics().get(3).message());
        assertThat(sources.diagnostics().get(3).message()).startsWith("does not parse: Parse error. Found \"{\"");
    }

    @Test
    void reportsEnormousFilesWithoutReadingThem() throws IOException {
        write(temp.resolve("src/demo/Small.java"), "package demo; class Small { }");
        StringBuilder table = new StringBuilder("package demo; class Table { int[] values = {");
        while (table.length() <= JavaFileReader.MAX_FILE_BYTES) {
            table.append("1234567,\n");
        }
        write(temp.resolve("src/demo/Table.java"), table.append("}; }").toString());

        ParsedSources sources = SourceReader.read(SourceRequest.of(temp), Progress.NONE);

        assertThat(files(sources)).containsExactly("src/demo/Small.java");
        assertThat(sources.diagnostics())
            .containsExactly(Diagnostic.error("src/demo/Table.java", 1, "file larger than 2 MiB skipped"));
    }

    @Test
    void warnsAboutGeneratedSourceFolders() {
        ParsedSources sources = SourceReader.read(SourceRequest.of(Fixtures.of("spring")), Progress.NONE);

        assertThat(sources.diagnostics())
            .containsExactly(Diagnostic.warning("src/main/generated", 0, "generated sources skipped"));
        assertThat(files(sources)).noneMatch(file -> file.contains("QPurchaseOrder"));
    }

    @Test
    void countsLinesOfCodeWithoutCommentsOrBlankLines() {
        ParsedSources sources = SourceReader.read(SourceRequest.of(Fixtures.of("broken")), Progress.NONE);

        // Good.java: package, class, method, return and two closing braces
        assertThat(sources.loc()).isEqualTo(6);
    }

    @Test
    void wiresEveryFileToASharedTypeSolver() {
        ParsedSources sources = SourceReader.read(SourceRequest.of(Fixtures.of("servlet")), Progress.NONE);

        assertThat(sources.typeSolver().tryToSolveType("com.acme.legacy.dao.Order").isSolved()).isTrue();
        assertThat(sources.typeSolver().tryToSolveType("java.util.List").isSolved()).isTrue();
        assertThat(sources.typeSolver().tryToSolveType("javax.servlet.http.HttpServlet").isSolved()).isFalse();
    }

    @Test
    void hashesSourceTypeParametersTheSameInEveryReading() throws IOException {
        // the symbol solver substitutes a generic call's type variables in the order of
        // their hashes, so a hash that changed between runs changed what resolved
        Files.writeString(temp.resolve("Maps.java"), """
                import java.util.*;
                import java.util.function.*;
                class Maps {
                    static <T, K, V> Map<K, V> index(Collection<T> from, Function<T, K> key, Function<T, V> value) {
                        return new HashMap<>();
                    }
                }
                """);

        List<Integer> first = typeParameterHashes(SourceReader.read(SourceRequest.of(temp), Progress.NONE));
        List<Integer> second = typeParameterHashes(SourceReader.read(SourceRequest.of(temp), Progress.NONE));

        assertThat(first).hasSize(3).isEqualTo(second);
    }

    private static List<Integer> typeParameterHashes(ParsedSources sources) {
        ResolvedMethodDeclaration index = sources.parsedFiles()
            .get(0)
            .unit()
            .findFirst(MethodDeclaration.class)
            .orElseThrow()
            .resolve();
        return index.getTypeParameters().stream().map(Object::hashCode).toList();
    }

    @Test
    void reportsParsingProgress() {
        List<String> updates = new ArrayList<>();

        SourceReader.read(SourceRequest.of(Fixtures.of("servlet")),
                (stage, done, total) -> updates.add(stage + " " + done + "/" + total));

        assertThat(updates).first().isEqualTo("parsing 0/6");
        assertThat(updates).last().isEqualTo("parsing 6/6");
    }

    @Test
    void rejectsAMissingPath() {
        SourceRequest request = SourceRequest.of(temp.resolve("nowhere"));

        assertThatThrownBy(() -> SourceReader.read(request, Progress.NONE)).isInstanceOf(InvalidInputException.class)
            .hasMessageStartingWith("path does not exist: ");
    }

    @Test
    void rejectsAFileInsteadOfAFolder() throws IOException {
        Path file = temp.resolve("Single.java");
        write(file, "class Single { }");

        assertThatThrownBy(() -> SourceReader.read(SourceRequest.of(file), Progress.NONE))
            .isInstanceOf(InvalidInputException.class)
            .hasMessage("path is not a folder: " + file);
    }

    @Test
    void rejectsAFolderWithoutJavaFiles() throws IOException {
        write(temp.resolve("README.md"), "# nothing here");

        assertThatThrownBy(() -> SourceReader.read(SourceRequest.of(temp), Progress.NONE))
            .isInstanceOf(InvalidInputException.class)
            .hasMessage("no Java source files under " + temp);
    }

    @Test
    void rejectsAClasspathEntryThatIsNotAJar() {
        SourceRequest request = new SourceRequest(Fixtures.of("servlet"), false, List.of(),
                List.of(temp.resolve("missing.jar")));

        assertThatThrownBy(() -> SourceReader.read(request, Progress.NONE)).isInstanceOf(InvalidInputException.class)
            .hasMessage("classpath entry is not a jar file: " + temp.resolve("missing.jar"));
    }

    private static List<String> files(ParsedSources sources) {
        return sources.parsedFiles().stream().map(ParsedFile::file).toList();
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

}
