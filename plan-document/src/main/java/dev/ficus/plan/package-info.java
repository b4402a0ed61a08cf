/**
 * The plan document ({@code plan.json}): the one model that {@code ficus plan} writes and
 * {@code ficus extract} and {@code ficus migrate-data} read, with its JSON Schema in
 * {@code docs/plan.schema.json}.
 */
@NullMarked
package dev.ficus.plan;

import org.jspecify.annotations.NullMarked;
