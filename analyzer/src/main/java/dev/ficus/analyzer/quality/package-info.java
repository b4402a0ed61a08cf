/**
 * The quality benchmark: Ficus and the package baseline scored against expert
 * decompositions of public apps.
 */
@NullMarked
package dev.ficus.analyzer.quality;

import org.jspecify.annotations.NullMarked;
