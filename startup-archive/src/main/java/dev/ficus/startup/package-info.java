/**
 * Spring Boot jars started from their extracted layout with a class-data-sharing archive,
 * for processes whose start-up is not what is measured.
 */
@NullMarked
package dev.ficus.startup;

import org.jspecify.annotations.NullMarked;
