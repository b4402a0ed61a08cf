/**
 * Stage four: turns the analysis document into a ranked extraction plan, the plan
 * document of {@code dev.ficus.plan} ({@code writer} writes it as plan.json and plan.md).
 */
@NullMarked
package dev.ficus.analyzer.plan;

import org.jspecify.annotations.NullMarked;
