/**
 * The instances behind each capability and the monolith: load balanced and health
 * checked.
 */
@NullMarked
package dev.ficus.gateway.discovery;

import org.jspecify.annotations.NullMarked;
