/** How the code maps the database: JPA table naming and the columns entities map. */
@NullMarked
package dev.ficus.analyzer.graph.data;

import org.jspecify.annotations.NullMarked;
