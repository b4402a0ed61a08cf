/**
 * Writes a plan: {@code plan.json} for tools (the plan document's own Jackson binding)
 * and {@code plan.md} for people.
 */
@NullMarked
package dev.ficus.analyzer.plan.writer;

import org.jspecify.annotations.NullMarked;
