package dev.ficus.gateway.shadow;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * A request the user sent, with the answer the monolith gave, to be replayed against the
 * service.
 *
 * @param capability the capability of the request
 * @param method the HTTP method
 * @param pathAndQuery raw path and query
 * @param headers request headers to replay
 * @param monolithStatus the status the user got
 * @param monolithBody the body the user got
 */
record ShadowRequest(String capability, HttpMethod method, String pathAndQuery, HttpHeaders headers, int monolithStatus,
        byte[] monolithBody) {
}
