package dev.ficus.plan;

import java.util.Comparator;
import java.util.List;

/**
 * A call site that crosses a candidate's boundary.
 *
 * @param caller fully qualified calling type
 * @param callerOwner candidate owning the caller, {@code "shared kernel"} or
 * {@code "platform"}
 * @param callee fully qualified called type
 * @param calleeOwner candidate owning the callee, {@code "shared kernel"} or
 * {@code "platform"}
 * @param method called method name, or {@code "?"} when the call site could not be read
 * @param arguments number of arguments passed, -1 when unknown
 * @param location {@code file:line} of the call
 * @param resultUsed whether the caller uses the returned value
 * @param handled exceptions the caller catches around the call (simple names), sorted
 * @param transactionalMethod the method around the call when it, or its class, is a
 * writing {@code @Transactional} (both sides then commit together); empty when not
 */
public record CrossingCall(String caller, String callerOwner, String callee, String calleeOwner, String method,
        int arguments, String location, boolean resultUsed, List<String> handled,
        String transactionalMethod) implements Comparable<CrossingCall> {

    public CrossingCall {
        handled = List.copyOf(handled);
    }

    private static final Comparator<CrossingCall> ORDER = Comparator.comparing(CrossingCall::location)
        .thenComparing(CrossingCall::caller)
        .thenComparing(CrossingCall::callee)
        .thenComparing(CrossingCall::method);

    @Override
    public int compareTo(CrossingCall other) {
        return ORDER.compare(this, other);
    }
}
