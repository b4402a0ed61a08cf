/**
 * Data access: how the code maps the database (JPA table naming and inheritance, the
 * columns entities map), the entities, repositories and SQL each file declares, and the
 * tables SQL text names.
 */
@NullMarked
package dev.ficus.analyzer.graph.data;

import org.jspecify.annotations.NullMarked;
