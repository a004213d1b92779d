package se.klossnet.reporting.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.klossnet.events.EventDomain;
import se.klossnet.events.Topics;
import se.klossnet.platform.scope.NodeConfig;
import se.klossnet.reporting.export.Column;
import se.klossnet.reporting.export.Table;
import se.klossnet.reporting.ingest.NationalIngest;
import se.klossnet.reporting.projection.ProjectionVersions;
import se.klossnet.reporting.register.Institution;
import se.klossnet.reporting.register.InstitutionRegister;
import se.klossnet.reporting.sql.Jdbc;

/**
 * The network's monitoring view: per institution, its latest event, events in the last 24 hours, the hub's consumer
 * lag on each of its topics and the records of its topics in dead-letter topics; stale when its events stopped.
 */
@ApplicationScoped
public class NetworkHealth {

    static final List<Column> COLUMNS = List.of(
            Column.dimension("institution", "Lärosäte", "Institution"),
            Column.label("institutionName", "Lärosätets namn", "Institution name"),
            Column.dimension("region", "Län", "Region"),
            Column.dimension("status", "Status", "Status"),
            Column.info("lastEventAt", "Senaste händelse", "Last event"),
            Column.info("eventsLast24h", "Händelser senaste dygnet", "Events, last 24 h"),
            Column.info("eventsTotal", "Händelser totalt", "Events in total"),
            Column.info("callLag", "Eftersläpning call", "Lag, call"),
            Column.info("exchangeLag", "Eftersläpning exchange", "Lag, exchange"),
            Column.info("followupLag", "Eftersläpning followup", "Lag, followup"),
            Column.info("deadLetters", "I DLQ", "Dead letters"));

    private record Activity(Instant lastEventAt, long last24h, long total) {
    }

    private final Jdbc jdbc;
    private final ProjectionVersions versions;
    private final InstitutionRegister register;
    private final TopicOffsets offsets;
    private final HealthConfig config;
    private final String consumerGroup;

    public NetworkHealth(Jdbc jdbc, ProjectionVersions versions, InstitutionRegister register, TopicOffsets offsets,
                         HealthConfig config, NodeConfig node,
                         @ConfigProperty(name = "quarkus.application.name") String service) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.register = register;
        this.offsets = offsets;
        this.config = config;
        // The platform names a subscription's group <node>.<service>.<subscription>.
        this.consumerGroup = node.nodeId() + "." + service + "." + NationalIngest.NAME;
    }

    public Table at(Instant now) {
        int pv = versions.live();
        Map<String, Activity> activity = new HashMap<>();
        jdbc.query("""
                SELECT institution, max(occurred_at) AS last_event, count(*) FILTER (WHERE occurred_at > ?) AS recent,
                       count(*) AS total
                FROM rp_event WHERE pv = ? GROUP BY institution
                """, List.of(now.minus(Duration.ofHours(24)), pv),
                row -> activity.put(row.getString("institution"), new Activity(Jdbc.instant(row, "last_event"),
                        row.getLong("recent"), row.getLong("total"))));
        TopicOffsets.Snapshot snapshot = offsets.read(consumerGroup);

        TreeSet<String> institutions = new TreeSet<>(activity.keySet());
        register.members().forEach(m -> institutions.add(m.id()));
        if (snapshot != null) {
            snapshot.lag().keySet().forEach(topic -> institutions.add(institutionOf(topic)));
            snapshot.deadLetters().keySet().forEach(topic -> institutions.add(institutionOf(topic)));
        }

        List<Map<String, Object>> rows = new ArrayList<>();
        for (String id : institutions) {
            Activity seen = activity.getOrDefault(id, new Activity(null, 0, 0));
            Institution member = register.find(id).orElse(null);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("institution", id);
            row.put("institutionName", member == null ? null : member.nameSv());
            row.put("region", member == null ? null : member.regionCode());
            row.put("status", InstitutionStatus.of(seen.lastEventAt(), now, config.staleAfter()).name());
            row.put("lastEventAt", seen.lastEventAt());
            row.put("eventsLast24h", seen.last24h());
            row.put("eventsTotal", seen.total());
            for (EventDomain domain : EventDomain.values()) {
                if (!domain.national()) {
                    continue; // the hub does not read a node's privacy topic
                }
                row.put(domain.topicSegment() + "Lag",
                        snapshot == null ? null : snapshot.lag().getOrDefault(Topics.of(id, domain), 0L));
            }
            row.put("deadLetters", snapshot == null ? null : snapshot.deadLetters().entrySet().stream()
                    .filter(e -> institutionOf(e.getKey()).equals(id)).mapToLong(Map.Entry::getValue).sum());
            rows.add(row);
        }
        rows.sort(Comparator.comparing((Map<String, Object> r) -> InstitutionStatus.valueOf((String) r.get("status")))
                .thenComparing(r -> (String) r.get("institution")));
        return new Table("network-health", pv, COLUMNS, rows, null, null);
    }

    private static String institutionOf(String topic) {
        return topic.split("\\.")[1];
    }
}
