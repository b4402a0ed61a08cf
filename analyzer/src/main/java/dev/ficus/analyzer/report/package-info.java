/**
 * Renders the analysis document as analysis.json, report.html, summary.md and graph.dot;
 * computes nothing.
 */
@NullMarked
package dev.ficus.analyzer.report;

import org.jspecify.annotations.NullMarked;
