/**
 * The catalog service's application: the monolith's catalog module run on its own.
 */
@NullMarked
package dev.ficus.catalogservice;

import org.jspecify.annotations.NullMarked;
