package dev.ficus.datamigration;

import java.io.PrintWriter;
import java.util.List;

/** Both sides' row counts and checksums per table, and whether they all match. */
record Verification(List<TableVerification> tables) {

    Verification {
        tables = List.copyOf(tables);
    }

    boolean matches() {
        return tables.stream().allMatch(TableVerification::matches);
    }

    void print(PrintWriter out) {
        String format = "%-26s %12s %12s  %-16s  %-16s  %s%n";
        out.printf(format, "table", "source rows", "target rows", "source checksum", "target checksum", "result");
        for (TableVerification table : tables) {
            out.printf(format, table.table(), table.source().rows(), table.target().rows(), table.source().hex(),
                    table.target().hex(), table.matches() ? "match" : "DIFFERENT");
        }
        out.flush();
    }

    /** One table's two sides. */
    record TableVerification(String table, TableChecksum source, TableChecksum target) {

        boolean matches() {
            return source.equals(target);
        }
    }
}
