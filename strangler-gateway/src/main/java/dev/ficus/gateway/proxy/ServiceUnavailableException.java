package dev.ficus.gateway.proxy;

/**
 * Raised instead of sending a request of service-owned data to the monolith when the
 * service was not called (its circuit is open or it refused the connection); answered 503
 * with {@code Retry-After}.
 */
final class ServiceUnavailableException extends RuntimeException {

    ServiceUnavailableException(String capability, boolean read, String reason, Throwable failure) {
        super("The data of " + capability + " is owned by its service, which is unavailable (" + reason + "); "
                + (read ? "no copy kept in sync answers its reads" : "a write is never sent to the monolith's copy")
                + ". Retry later.", failure);
    }

}
