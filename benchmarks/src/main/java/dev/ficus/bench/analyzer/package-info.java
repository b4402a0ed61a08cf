/**
 * The analyzer's speed against JavaParser parsing alone on the same files in one JVM run
 * ({@code ficus bench analyzer}).
 */
@NullMarked
package dev.ficus.bench.analyzer;

import org.jspecify.annotations.NullMarked;
