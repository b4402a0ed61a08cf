/**
 * The conventions every module keeps, as ArchUnit rules its {@code ArchitectureTests}
 * apply.
 */
@NullMarked
package dev.ficus.testsupport.architecture;

import org.jspecify.annotations.NullMarked;
