package se.klossnet.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UpsertTest {

    @Test
    void anEventSetsOnlyTheColumnsItOwns() {
        assertThat(Upsert.into("rp_exchange", List.of("pv", "institution", "exchange_id"),
                List.of("started_on", "extended_end=GREATEST(t.extended_end, EXCLUDED.extended_end)")))
                .isEqualTo(new Upsert("INSERT INTO rp_exchange AS t (pv, institution, exchange_id, started_on, extended_end)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (pv, institution, exchange_id) DO UPDATE SET"
                        + " started_on = EXCLUDED.started_on, extended_end = GREATEST(t.extended_end, EXCLUDED.extended_end)", 3));
    }
}
