package se.klossnet.reporting.figures;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which facts the figures count. Every list is "any of these"; an empty list does not filter.
 *
 * @param period  a year or a quarter, or null for all time
 * @param regions region (län) codes of the institutions' seats
 */
public record FigureFilter(ReportingPeriod period, List<String> institutions, List<String> regions,
                           List<String> directions, List<String> hostSectors, List<String> programmes,
                           List<String> fundingSources, List<String> themes) {

    public static final FigureFilter NONE = new FigureFilter(null, List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of());

    public FigureFilter {
        institutions = List.copyOf(institutions);
        regions = List.copyOf(regions);
        directions = List.copyOf(directions);
        hostSectors = List.copyOf(hostSectors);
        programmes = List.copyOf(programmes);
        fundingSources = List.copyOf(fundingSources);
        themes = List.copyOf(themes);
    }

    /** The dimensions this filter restricts; a fact source that lacks one of them cannot answer. */
    public Set<Dimension> restricted() {
        Set<Dimension> used = EnumSet.noneOf(Dimension.class);
        if (period != null) {
            used.add(Dimension.YEAR);
        }
        if (!institutions.isEmpty()) {
            used.add(Dimension.INSTITUTION);
        }
        if (!regions.isEmpty()) {
            used.add(Dimension.REGION);
        }
        if (!directions.isEmpty()) {
            used.add(Dimension.DIRECTION);
        }
        if (!hostSectors.isEmpty()) {
            used.add(Dimension.HOST_SECTOR);
        }
        if (!programmes.isEmpty()) {
            used.add(Dimension.PROGRAMME);
        }
        if (!fundingSources.isEmpty()) {
            used.add(Dimension.FUNDING_SOURCE);
        }
        if (!themes.isEmpty()) {
            used.add(Dimension.THEME);
        }
        return used;
    }

    public FigureFilter withInstitutions(List<String> only) {
        return new FigureFilter(period, only, regions, directions, hostSectors, programmes, fundingSources, themes);
    }
}
