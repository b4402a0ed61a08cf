package dev.ficus.analyzer.report;

import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.work.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the chosen report files of an analysis into one folder, creating it when needed.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Renders every format's file first, then writes them as one set
     * ({@link AtomicFiles#writeAll}), so that a failure leaves the folder's earlier
     * reports as they were rather than a new analysis.json beside a stale report.html;
     * returns the paths written, in format order.
     */
    public static List<Path> write(AnalysisDocument document, Path folder, Set<ReportFormat> formats) {
        Map<Path, String> contents = new LinkedHashMap<>();
        for (ReportFormat format : formats.isEmpty() ? EnumSet.noneOf(ReportFormat.class) : EnumSet.copyOf(formats)) {
            contents.put(folder.resolve(format.fileName()), format.render(document));
        }
        try {
            Files.createDirectories(folder);
            AtomicFiles.writeAll(contents);
            return List.copyOf(contents.keySet());
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write reports to " + folder + ": " + e.getMessage(), e);
        }
    }

}
