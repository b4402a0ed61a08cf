package dev.ficus.analyzer.extract;

import io.spring.javaformat.config.IndentationStyle;
import io.spring.javaformat.config.JavaBaseline;
import io.spring.javaformat.config.JavaFormatConfig;
import io.spring.javaformat.formatter.StreamsEdit;
import io.spring.javaformat.formatter.StreamsFormatter;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The generated Java sources as Spring Java Format, the formatter of the Ficus build and
 * of the sample, writes them, so that adapters copied into a monolith pass its build's
 * {@code spring-javaformat:validate} as generated. Templates alone cannot be formatted
 * for every monolith: where a line wraps depends on the lengths of the names they are
 * filled with.
 */
final class JavaFormat {

    /**
     * Where the monolith has no {@code .springjavaformatconfig}: the Ficus build's own
     * settings, which the templates are written in.
     */
    static final JavaFormatConfig BUILD_SETTINGS = JavaFormatConfig.of(JavaBaseline.V17, IndentationStyle.SPACES);

    private static final String CONFIG_FILE = ".springjavaformatconfig";

    private final StreamsFormatter formatter;

    private JavaFormat(JavaFormatConfig config) {
        this.formatter = new StreamsFormatter(config);
    }

    /**
     * Formats with the indentation of the monolith's {@code .springjavaformatconfig} (in
     * its folder or the nearest folder above it that has one) if there is one, else with
     * {@link #BUILD_SETTINGS}; always for Java 17, which the generated sources need.
     */
    static JavaFormat forMonolith(Path monolithRoot) {
        Path config = configFile(monolithRoot.toAbsolutePath().normalize());
        IndentationStyle indentation = (config != null) ? JavaFormatConfig.load(config.toFile()).getIndentationStyle()
                : BUILD_SETTINGS.getIndentationStyle();
        return new JavaFormat(JavaFormatConfig.of(JavaBaseline.V17, indentation));
    }

    /** The files, each {@code .java} one formatted, the others as they are. */
    List<GeneratedFile> apply(List<GeneratedFile> files) {
        return files.stream()
            .map(file -> file.path().endsWith(".java") ? new GeneratedFile(file.path(), format(file.content())) : file)
            .toList();
    }

    /**
     * The source formatted; as it is when the formatter cannot read it (the compiler then
     * says why, which is more use than the formatter's failure).
     */
    String format(String source) {
        try {
            StreamsEdit edit = this.formatter.format(new StringReader(source), "\n");
            return edit.hasEdits() ? edit.getFormattedContent() : source;
        }
        catch (Exception ex) {
            return source;
        }
    }

    private static @Nullable Path configFile(Path folder) {
        for (Path current = folder; current != null; current = current.getParent()) {
            Path candidate = current.resolve(CONFIG_FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

}
