package se.klossnet.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.klossnet.reporting.export.Column;
import se.klossnet.reporting.export.Table;

class SmallCellSuppressionTest {

    private static final List<Column> COLUMNS = List.of(
            Column.dimension("institution", "Lärosäte", "Institution"),
            Column.count("exchangesCompleted", "Genomförda", "Completed"),
            Column.measure("personMonths", "Personmånader", "Person-months", "exchangesCompleted"),
            Column.count("outcomes", "Resultat", "Outcomes"));

    private static Map<String, Object> row(String institution, long completed, String personMonths, long outcomes) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("institution", institution);
        row.put("exchangesCompleted", completed);
        row.put("personMonths", new BigDecimal(personMonths));
        row.put("outcomes", outcomes);
        return row;
    }

    @Test
    void countsFromOneToBelowTheThresholdAndTheMeasuresOnThemAreWithheld() {
        Table table = new Table("t", 1, COLUMNS, List.of(row("a", 2, "1.8", 5), row("b", 3, "2.4", 1),
                row("c", 0, "0", 0)), null, null);

        Table shown = SmallCellSuppression.apply(table, 3);

        assertThat(shown.suppression()).isEqualTo(new Table.Suppression(true, 3));
        Map<String, Object> a = shown.rows().get(0);
        assertThat(a.get("institution")).isEqualTo("a");
        assertThat(a.get("exchangesCompleted")).isNull();
        assertThat(a.get("personMonths")).isNull();
        assertThat(a.get("outcomes")).isEqualTo(5L);
        assertThat(a.get(Table.SUPPRESSED)).isEqualTo(List.of("exchangesCompleted", "personMonths"));
        Map<String, Object> b = shown.rows().get(1);
        assertThat(b.get("exchangesCompleted")).isEqualTo(3L);
        assertThat(b.get("personMonths")).isEqualTo(new BigDecimal("2.4"));
        assertThat(b.get("outcomes")).isNull();
        assertThat(b.get(Table.SUPPRESSED)).isEqualTo(List.of("outcomes"));
        Map<String, Object> c = shown.rows().get(2);
        assertThat(c).doesNotContainKey(Table.SUPPRESSED).containsEntry("exchangesCompleted", 0L);
        // the original table is left as it was, for an analyst
        assertThat(table.rows().get(0).get("exchangesCompleted")).isEqualTo(2L);
    }

    @Test
    void theThresholdIsConfigurable() {
        Table table = new Table("t", 1, COLUMNS, List.of(row("a", 4, "2", 4)), null, null);
        assertThat(SmallCellSuppression.apply(table, 5).rows().get(0).get(Table.SUPPRESSED))
                .isEqualTo(List.of("exchangesCompleted", "personMonths", "outcomes"));
        assertThat(SmallCellSuppression.apply(table, 4).rows().get(0)).doesNotContainKey(Table.SUPPRESSED);
    }
}
