package se.klossnet.reporting.register;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import se.klossnet.events.Topics;
import se.klossnet.reporting.sql.Jdbc;

/**
 * The member institutions and the regions, as the figures and the dashboard name them. The seed comes with the
 * migrations; configured members are written into the register at start-up. Both are fixed while the service runs,
 * so they are read once. Events of an institution that is not a member are still ingested and shown by their id.
 */
@ApplicationScoped
public class InstitutionRegister {

    private static final Logger LOG = Logger.getLogger(InstitutionRegister.class);

    private final Jdbc jdbc;
    private final RegisterConfig config;
    private volatile Map<String, Institution> institutions = Map.of();
    private volatile Map<String, Region> regions = Map.of();

    public InstitutionRegister(Jdbc jdbc, RegisterConfig config) {
        this.jdbc = jdbc;
        this.config = config;
    }

    @Transactional
    void load(@Observes StartupEvent event) {
        config.members().forEach((id, member) -> {
            Topics.requireInstitutionId(id);
            String region = member.region().orElse(null);
            jdbc.update("""
                    INSERT INTO institution (id, name_sv, name_en, region_code, origin) VALUES (?, ?, ?, ?, 'configuration')
                    ON CONFLICT (id) DO UPDATE SET name_sv = EXCLUDED.name_sv, name_en = EXCLUDED.name_en,
                        region_code = EXCLUDED.region_code, origin = 'configuration'
                    """, id, member.nameSv(), member.nameEn().orElse(member.nameSv()), region);
            LOG.infof("register: member %s from configuration", id);
        });
        Map<String, Region> loadedRegions = new LinkedHashMap<>();
        jdbc.query("SELECT code, name_sv, name_en FROM region ORDER BY code", List.of(),
                row -> new Region(row.getString(1), row.getString(2), row.getString(3)))
                .forEach(r -> loadedRegions.put(r.code(), r));
        Map<String, Institution> loaded = new LinkedHashMap<>();
        jdbc.query("SELECT id, name_sv, name_en, region_code, origin FROM institution ORDER BY name_sv", List.of(),
                row -> new Institution(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5)))
                .forEach(i -> loaded.put(i.id(), i));
        regions = Map.copyOf(loadedRegions);
        institutions = java.util.Collections.unmodifiableMap(loaded);
    }

    /** Every member, by Swedish name. */
    public List<Institution> members() {
        return List.copyOf(institutions.values());
    }

    public Optional<Institution> find(String id) {
        return Optional.ofNullable(institutions.get(id));
    }

    public List<Region> regions() {
        return regions.values().stream().sorted(java.util.Comparator.comparing(Region::code)).toList();
    }

    public Optional<Region> region(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(regions.get(code));
    }
}
