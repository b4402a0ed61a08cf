package dev.ficus.contract;

import tools.jackson.databind.JsonNode;

/**
 * What a target answered to one {@link ContractCase}.
 *
 * @param location the path of the {@code Location} header (host and port differ by
 * design), or {@code null}
 * @param body the parsed JSON body, or a text node when the body is not JSON
 */
record Answer(String target, int status, String location, JsonNode body) {
}
