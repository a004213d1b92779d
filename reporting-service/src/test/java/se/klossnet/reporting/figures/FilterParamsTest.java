package se.klossnet.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.klossnet.platform.problem.ValidationFailed;

class FilterParamsTest {

    @Test
    void listsMayRepeatOrBeCommaSeparated() {
        FilterParams params = new FilterParams();
        params.institution = List.of("kth,mau", "lu", "kth");
        params.direction = List.of("OUTBOUND");
        params.quarter = "2025-Q2";
        FigureFilter filter = params.toFilter();
        assertThat(filter.institutions()).containsExactly("kth", "mau", "lu");
        assertThat(filter.period()).isEqualTo(new ReportingPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 7, 1),
                "2025-Q2"));
        assertThat(filter.restricted()).containsExactlyInAnyOrder(Dimension.INSTITUTION, Dimension.DIRECTION,
                Dimension.YEAR);
    }

    @Test
    void invalidValuesAreRefusedNamingEachParameter() {
        FilterParams params = new FilterParams();
        params.year = "2025";
        params.quarter = "2025-Q1";
        params.hostSector = List.of("SPACE");
        params.institution = List.of("KTH!");
        assertThatThrownBy(params::toFilter).isInstanceOfSatisfying(ValidationFailed.class, e ->
                assertThat(e.toProblem("/").errors()).extracting(error -> error.field())
                        .containsExactlyInAnyOrder("quarter", "hostSector", "institution"));
    }

    @Test
    void groupByTakesKnownDimensionsOnly() {
        FilterParams params = new FilterParams();
        params.groupBy = List.of("year,direction");
        assertThat(params.groupBy(NationalFigures.GROUPINGS)).containsExactly(Dimension.YEAR, Dimension.DIRECTION);
        params.groupBy = List.of("programme");
        assertThatThrownBy(() -> params.groupBy(NationalFigures.PUBLIC_GROUPINGS)).isInstanceOf(ValidationFailed.class);
        params.groupBy = List.of("year,direction,institution,region");
        assertThatThrownBy(() -> params.groupBy(NationalFigures.GROUPINGS)).isInstanceOf(ValidationFailed.class);
    }
}
