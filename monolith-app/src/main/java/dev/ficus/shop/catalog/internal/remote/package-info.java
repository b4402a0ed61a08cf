/**
 * The catalog served by the extracted catalog service, over HTTP.
 */
@NullMarked
package dev.ficus.shop.catalog.internal.remote;

import org.jspecify.annotations.NullMarked;
