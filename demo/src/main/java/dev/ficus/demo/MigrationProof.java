package dev.ficus.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code migrate-data} proved, read from its verification table: per table the row
 * counts and checksums of both sides.
 *
 * @param tables one line per table
 * @param table the verification table as migrate-data printed it, header first
 */
record MigrationProof(List<TableProof> tables, List<String> table) {

    private static final Pattern ROW = Pattern
        .compile("(\\S+)\\s+(\\d+)\\s+(\\d+)\\s+([0-9a-f]{16})\\s+([0-9a-f]{16})\\s+(match|DIFFERENT)");

    MigrationProof {
        tables = List.copyOf(tables);
        table = List.copyOf(table);
    }

    static MigrationProof of(List<String> output) {
        List<TableProof> tables = new ArrayList<>();
        List<String> table = new ArrayList<>();
        for (String line : output) {
            if (line.startsWith("table ")) {
                table.add(line);
            }
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                tables.add(new TableProof(row.group(1), Long.parseLong(row.group(2)), Long.parseLong(row.group(3)),
                        row.group(4), row.group(5)));
                table.add(line);
            }
        }
        return new MigrationProof(tables, table);
    }

    long sourceRows() {
        return tables.stream().mapToLong(TableProof::sourceRows).sum();
    }

    long targetRows() {
        return tables.stream().mapToLong(TableProof::targetRows).sum();
    }

    boolean matches() {
        return !tables.isEmpty() && tables.stream().allMatch(TableProof::matches);
    }

    /**
     * One table on both sides.
     *
     * @param name the table
     * @param sourceRows rows in the monolith's database
     * @param targetRows rows in the service's database
     * @param sourceChecksum order-independent checksum of the monolith's rows
     * @param targetChecksum the same over the service's rows
     */
    record TableProof(String name, long sourceRows, long targetRows, String sourceChecksum, String targetChecksum) {

        boolean matches() {
            return sourceRows == targetRows && sourceChecksum.equals(targetChecksum);
        }

    }

}
