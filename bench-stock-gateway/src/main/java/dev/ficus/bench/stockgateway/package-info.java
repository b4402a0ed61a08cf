/**
 * A stock Spring Cloud Gateway application, the benchmark's reference gateway.
 */
@NullMarked
package dev.ficus.bench.stockgateway;

import org.jspecify.annotations.NullMarked;
