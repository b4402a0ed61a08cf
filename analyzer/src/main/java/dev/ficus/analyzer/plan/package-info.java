/**
 * Stage four: turns the analysis document into a ranked extraction plan and writes it as
 * plan.json and plan.md.
 */
@NullMarked
package dev.ficus.analyzer.plan;

import org.jspecify.annotations.NullMarked;
