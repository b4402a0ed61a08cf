/**
 * Route files reloaded without a restart when their contents change.
 */
@NullMarked
package dev.ficus.gateway.reload;

import org.jspecify.annotations.NullMarked;
