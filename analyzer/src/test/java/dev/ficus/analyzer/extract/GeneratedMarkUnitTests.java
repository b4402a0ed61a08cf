package dev.ficus.analyzer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedMarkUnitTests {

    @Test
    void marksTheTopLevelTypeOfAMonolithSideSourceBeforeItsFirstAnnotation() {
        String source = """
                package shop.internal.remote;

                import org.springframework.web.bind.annotation.RestController;

                /**
                 * Endpoints.
                 */
                @RestController
                class OrdersEndpoints {

                    @Deprecated
                    void old() {
                    }

                }
                """;

        List<GeneratedFile> files = GeneratedMark
            .onMonolithSide(List.of(new GeneratedFile("monolith-adapters/src/main/java/shop/A.java", source),
                    new GeneratedFile("src/main/java/dev/ficus/Service.java", source)));

        assertThat(files.get(0).content()).contains("""
                 */
                @javax.annotation.processing.Generated("dev.ficus.extract")
                @RestController
                class OrdersEndpoints {

                    @Deprecated
                """);
        assertThat(files.get(1).content()).as("the service's own sources are not the monolith's").isEqualTo(source);
    }

    @Test
    void marksATypeWithoutAnnotationsBeforeItsDeclaration() {
        assertThat(GeneratedMark.marked("package a;\n\npublic final class Calls {\n}\n")).isEqualTo(
                "package a;\n\n@javax.annotation.processing.Generated(\"dev.ficus.extract\")\npublic final class Calls {\n}\n");
    }

    @Test
    void marksTheTypeNotAnAnnotationLikeLineOfAHeaderComment() {
        String source = "/*\n@author someone\n*/\npackage a;\n\nimport b.C;\n\nnon-sealed class Calls extends C {\n}\n";

        assertThat(GeneratedMark.marked(source)).endsWith(
                "import b.C;\n\n@javax.annotation.processing.Generated(\"dev.ficus.extract\")\nnon-sealed class Calls extends C {\n}\n");
    }

}
