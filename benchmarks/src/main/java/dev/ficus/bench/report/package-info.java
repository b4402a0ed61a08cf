/**
 * Renders benchmark results (JSON) as summary.md and report.html.
 */
@NullMarked
package dev.ficus.bench.report;

import org.jspecify.annotations.NullMarked;
