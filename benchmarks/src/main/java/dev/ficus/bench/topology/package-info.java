/**
 * Starts the monolith, the services and the gateway as separate JVMs on free loopback
 * ports, and reads their CPU and memory.
 */
@NullMarked
package dev.ficus.bench.topology;

import org.jspecify.annotations.NullMarked;
