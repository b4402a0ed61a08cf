/**
 * The catalog's requests, responses and integration events.
 */
@NullMarked
package dev.ficus.shop.api.catalog;

import org.jspecify.annotations.NullMarked;
