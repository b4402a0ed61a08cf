/**
 * {@code ficus extract}: turns one candidate of a plan into a Maven project that runs the
 * candidate's own classes, with its own schema, outbox and inbox, resilient HTTP adapters
 * in both directions, a contract test and a gateway route file.
 */
@NullMarked
package dev.ficus.analyzer.extract;

import org.jspecify.annotations.NullMarked;
