package dev.ficus.eventsync;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The current span's {@code traceparent} as the application's own Micrometer propagator
 * writes it.
 */
class MicrometerTraceParent implements TraceParent {

    private final Tracer tracer;

    private final Propagator propagator;

    MicrometerTraceParent(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public Optional<String> current() {
        TraceContext context = tracer.currentTraceContext().context();
        if (context == null) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(context, carrier, (target, key, value) -> carrier.put(key, value));
        return Optional.ofNullable(carrier.get(HEADER));
    }

}
