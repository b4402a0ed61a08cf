/**
 * The analyzer's entry point: {@link dev.ficus.analyzer.Analyzer} runs the stages and
 * returns the {@link dev.ficus.analyzer.Analysis}.
 */
@NullMarked
package dev.ficus.analyzer;

import org.jspecify.annotations.NullMarked;
