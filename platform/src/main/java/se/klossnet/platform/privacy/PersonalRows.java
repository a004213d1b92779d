package se.klossnet.platform.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects rows for an access export exactly as they are stored ({@code to_jsonb} of the row), so the export shows
 * every column a service holds about the person, including ones added after this code was written.
 */
public final class PersonalRows {

    private final EntityManager em;
    private final ObjectMapper json;
    private final ObjectNode part;
    private int count;

    public PersonalRows(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
        this.part = json.createObjectNode();
    }

    /**
     * Adds the rows of {@code sql} under {@code name}. The query selects one column, {@code to_jsonb(t)::text}, with
     * positional parameters {@code ?1, ?2, ...}.
     */
    public PersonalRows add(String name, String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<JsonNode> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            try {
                rows.add(json.readTree(row.toString()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        part.putArray(name).addAll(rows);
        count += rows.size();
        return this;
    }

    public ObjectNode part() {
        return part;
    }

    /** How many rows the part holds, for PersonExportPartReady. */
    public int count() {
        return count;
    }
}
