/**
 * The inventory's own view of the catalog: the products it knows and their seed.
 */
@NullMarked
package dev.ficus.inventoryservice.catalog;

import org.jspecify.annotations.NullMarked;
