package dev.ficus.analyzer.report;

import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.work.AtomicFiles;
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

/**
 * Writes the chosen report files of an analysis into one folder, creating it when needed.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Writes each format's file, through a temporary file moved into place so that none
     * is ever half-written, and returns the paths written, in format order.
     */
    public static List<Path> write(AnalysisDocument document, Path folder, Set<ReportFormat> formats) {
        try {
            Files.createDirectories(folder);
            List<Path> written = new ArrayList<>();
            for (ReportFormat format : formats.isEmpty() ? EnumSet.noneOf(ReportFormat.class)
                    : EnumSet.copyOf(formats)) {
                Path file = folder.resolve(format.fileName());
                AtomicFiles.write(file, format.render(document));
                written.add(file);
            }
            return written;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write reports to " + folder + ": " + e.getMessage(), e);
        }
    }

}
