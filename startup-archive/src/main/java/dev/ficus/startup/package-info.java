/**
 * Starting local processes: Spring Boot jars from their extracted layout with a
 * class-data-sharing archive, for processes whose start-up is not what is measured, and
 * the loopback ports every launcher gives its processes.
 */
@NullMarked
package dev.ficus.startup;

import org.jspecify.annotations.NullMarked;
