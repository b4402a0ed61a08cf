package dev.ficus.contract;

import tools.jackson.databind.JsonNode;

/**
 * One request of the contract and what every target must answer to it.
 *
 * @param body request body sent as JSON, or {@code null}
 * @param expectedBody the body every target must return (volatile fields aside), or
 * {@code null} to only require that all targets agree with each other
 */
record ContractCase(String name, String method, String path, String body, int expectedStatus, JsonNode expectedBody) {

    static ContractCase get(String name, String path, int expectedStatus) {
        return new ContractCase(name, "GET", path, null, expectedStatus, null);
    }

    static ContractCase send(String name, String method, String path, String body, int expectedStatus) {
        return new ContractCase(name, method, path, body, expectedStatus, null);
    }

    ContractCase expecting(JsonNode body) {
        return new ContractCase(name, method, path, this.body, expectedStatus, body);
    }

    @Override
    public String toString() {
        return method + " " + path + (body == null ? "" : " " + body);
    }
}
