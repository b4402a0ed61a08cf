/**
 * The catalog's integration events, put into the service's outbox.
 */
@NullMarked
package dev.ficus.catalogservice.sync;

import org.jspecify.annotations.NullMarked;
