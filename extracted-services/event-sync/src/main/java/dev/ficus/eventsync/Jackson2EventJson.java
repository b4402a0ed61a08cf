package dev.ficus.eventsync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@link EventJson} with Jackson 2, the one Spring Boot 3 configures. */
record Jackson2EventJson(ObjectMapper mapper) implements EventJson {

    @Override
    public String write(Object event) {
        try {
            return mapper.writeValueAsString(event);
        }
        catch (JsonProcessingException ex) {
            // Jackson 3 throws its failures unchecked: the outbox's caller sees the same
            throw new IllegalArgumentException("cannot write " + event.getClass().getName() + " as JSON", ex);
        }
    }

}
