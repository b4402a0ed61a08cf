package dev.ficus.analyzer.scaffold;

import java.nio.file.Path;
import java.util.List;

/**
 * What a scaffold run did to each generated file.
 *
 * @param out the service's folder
 * @param written files created or updated, sorted
 * @param unchanged files already as generated, sorted
 * @param kept files the user changed, left alone because {@code --force} was not given,
 * sorted
 */
public record ScaffoldResult(Path out, List<String> written, List<String> unchanged, List<String> kept) {

    public ScaffoldResult {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        kept = List.copyOf(kept);
    }
}
