package dev.ficus.eventsync;

import tools.jackson.databind.json.JsonMapper;

/** {@link EventJson} with Jackson 3, the one Spring Boot 4 configures. */
record Jackson3EventJson(JsonMapper mapper) implements EventJson {

    @Override
    public String write(Object event) {
        return mapper.writeValueAsString(event);
    }

}
