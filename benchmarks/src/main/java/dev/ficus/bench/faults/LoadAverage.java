package dev.ficus.bench.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The machine's 1, 5 and 15 minute load averages from {@code /proc/loadavg}, empty where
 * there is none.
 */
final class LoadAverage {

    private LoadAverage() {
    }

    static List<Double> now() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return Arrays.stream(fields, 0, 3).map(Double::parseDouble).toList();
        }
        catch (IOException | RuntimeException ex) {
            return List.of();
        }
    }

}
