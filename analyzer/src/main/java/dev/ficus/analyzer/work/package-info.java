/** Long work: spread over the cores in a repeatable order, and reported as it goes. */
@NullMarked
package dev.ficus.analyzer.work;

import org.jspecify.annotations.NullMarked;
