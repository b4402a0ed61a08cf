/**
 * The strangler gateway's admin API as records: what the gateway's controllers answer and
 * accept and what {@code ficus route} sends and reads, one set of types for both sides.
 * Nothing but plain records and enums lives here, with Jackson annotations where the JSON
 * differs from a component name; checking input is the gateway's job.
 */
@NullMarked
package dev.ficus.gateway.api;

import org.jspecify.annotations.NullMarked;
