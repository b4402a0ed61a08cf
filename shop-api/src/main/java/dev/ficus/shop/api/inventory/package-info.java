/**
 * The inventory's requests, responses and integration events.
 */
@NullMarked
package dev.ficus.shop.api.inventory;

import org.jspecify.annotations.NullMarked;
