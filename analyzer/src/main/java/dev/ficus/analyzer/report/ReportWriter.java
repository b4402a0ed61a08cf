package dev.ficus.analyzer.report;

import dev.ficus.analyzer.document.AnalysisDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Writes the chosen report files of an analysis into one folder, creating it when needed. */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Writes each format's file, through a temporary file moved into place so that none is ever half-written,
     * and returns the paths written, in format order.
     */
    public static List<Path> write(AnalysisDocument document, Path folder, Set<ReportFormat> formats) {
        try {
            Files.createDirectories(folder);
            List<Path> written = new ArrayList<>();
            for (ReportFormat format : formats.isEmpty() ? EnumSet.noneOf(ReportFormat.class) : EnumSet.copyOf(formats)) {
                Path file = folder.resolve(format.fileName());
                writeAtomically(file, format.render(document));
                written.add(file);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reports to " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        // a sibling with the default permissions (createTempFile would make it readable by its owner only)
        Path temporary = target.toAbsolutePath().getParent()
                .resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
