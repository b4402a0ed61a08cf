package dev.ficus.analyzer.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Writes the chosen report files of an analysis into one folder, creating it when needed. */
public final class ReportWriter {

    private ReportWriter() {
    }

    /** Writes each format's file and returns the paths written, in format order. */
    public static List<Path> write(Analysis analysis, Path folder, Set<ReportFormat> formats) {
        try {
            Files.createDirectories(folder);
            List<Path> written = new ArrayList<>();
            for (ReportFormat format : formats.isEmpty() ? EnumSet.noneOf(ReportFormat.class) : EnumSet.copyOf(formats)) {
                Path file = folder.resolve(format.fileName());
                Files.writeString(file, format.render(analysis), StandardCharsets.UTF_8);
                written.add(file);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reports to " + folder + ": " + e.getMessage(), e);
        }
    }
}
