package se.klossnet.reporting.figures;

import java.util.List;

/**
 * The values the data holds for the dashboard's filters.
 *
 * @param years        years with any fact, newest first
 * @param programmes   programmes by name
 * @param themes       every programme theme
 * @param institutions institutions that have sent events (members or not)
 */
public record DimensionValues(List<Integer> years, List<Programme> programmes, List<String> themes,
                              List<String> institutions) {

    public record Programme(String id, String institution, String name, String direction, String fundingSource) {
    }
}
