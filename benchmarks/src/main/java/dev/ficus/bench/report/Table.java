package dev.ficus.bench.report;

import java.util.List;

/**
 * A titled table of already formatted cells, rendered the same way into Markdown and
 * HTML.
 */
record Table(String title, List<String> headers, List<List<String>> rows) {

    Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
