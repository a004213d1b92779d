package se.klossnet.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON mapping of event payloads. Dates are ISO-8601 strings. The reader is tolerant of unknown properties,
 * but it insists on every component that is not {@link jakarta.annotation.Nullable}, as the generated JSON Schemas
 * do. Any change of a record bumps its schema version (see {@link EventType#schemaVersion()}).
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private EventJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(DomainEvent event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }

    /**
     * @throws EventDecodingException when the bytes are not a valid payload of the type, including when a component
     *                                that is not {@link jakarta.annotation.Nullable} is missing or null
     */
    public static <T extends DomainEvent> T read(byte[] json, Class<T> type) {
        T event = parse(json, type);
        if (event == null) {
            throw new EventDecodingException("payload of " + type.getSimpleName() + " is JSON null");
        }
        RequiredComponents.firstMissing(event).ifPresent(path -> {
            throw new EventDecodingException("payload is not a valid " + type.getSimpleName()
                    + ": required field '" + path + "' is missing or null");
        });
        return event;
    }

    private static <T extends DomainEvent> T parse(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new EventDecodingException("payload is not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new EventDecodingException("payload of " + type.getSimpleName() + " cannot be read: " + e.getMessage(), e);
        }
    }
}
