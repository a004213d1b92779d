package se.klossnet.reporting.figures;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** How figures are counted and disclosed. */
@ConfigMapping(prefix = "kloss.reporting.figures")
public interface FiguresConfig {

    /**
     * Small-cell suppression: a count from 1 up to below this, and every measure resting on such a count, is withheld
     * in the public summary and from every caller who is not an analyst.
     */
    @WithDefault("3")
    int suppressionThreshold();

    /** Timestamps count in the year and quarter of this zone. */
    @WithDefault("Europe/Stockholm")
    ZoneId timeZone();

    /** The most rows one CSV export of the drill-down may hold; narrow the filter for more. */
    @WithDefault("50000")
    int exportMaxRows();
}
