/**
 * The strangler-fig gateway: sends each capability's traffic to the monolith, the service
 * or both, and moves it step by step.
 */
@NullMarked
package dev.ficus.gateway;

import org.jspecify.annotations.NullMarked;
