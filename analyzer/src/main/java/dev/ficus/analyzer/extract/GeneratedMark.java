package dev.ficus.analyzer.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the Java sources that go into the monolith (its {@code monolith-adapters}:
 * endpoints, clients, event inbox and forwarding) {@code @Generated} by Ficus, right
 * before their top-level type's first annotation or its declaration. An analysis skips
 * generated sources, so analysing the monolith again once the adapters are in proposes
 * the same candidates: they call and serve many types of a candidate and would pull them
 * together (RuoYi-Vue-Plus: 8 candidates became 13, its system split up).
 */
final class GeneratedMark {

    /** Fully qualified, so that no import is needed. */
    static final String ANNOTATION = "@javax.annotation.processing.Generated(\"dev.ficus.extract\")";

    /** The line of the last import, or else of the package declaration. */
    private static final Pattern HEADER = Pattern.compile("(?m)^(?:package|import) [^;]+;$");

    private static final Pattern TYPE_START = Pattern.compile("(?m)^(?=@|(?:(?:public|final|abstract|sealed"
            + "|non-sealed|strictfp|static) )*(?:class|interface|@interface|record|enum) )");

    private GeneratedMark() {
    }

    /** The files, each Java source under {@code monolith-adapters/} marked. */
    static List<GeneratedFile> onMonolithSide(List<GeneratedFile> files) {
        return files.stream()
            .map(file -> file.path().startsWith(ServiceProject.ADAPTERS) && file.path().endsWith(".java")
                    ? new GeneratedFile(file.path(), marked(file.content())) : file)
            .toList();
    }

    static String marked(String source) {
        Matcher header = HEADER.matcher(source);
        int from = 0;
        while (header.find()) {
            from = header.end();
        }
        Matcher start = TYPE_START.matcher(source);
        if (!start.find(from)) {
            throw new IllegalStateException("no top-level type in a generated source:\n" + source);
        }
        return source.substring(0, start.start()) + ANNOTATION + "\n" + source.substring(start.start());
    }

}
