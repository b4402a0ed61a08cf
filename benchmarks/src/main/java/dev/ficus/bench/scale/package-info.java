/**
 * Scale out only what is hot ({@code ficus bench scale-out}, issue #25 claim 3): under a
 * load where catalog reads dominate, one more monolith against one more catalog-service
 * behind the gateway, on the same CPU, and what each extra instance bought per MiB of RSS
 * and per CPU-second.
 */
@NullMarked
package dev.ficus.bench.scale;

import org.jspecify.annotations.NullMarked;
