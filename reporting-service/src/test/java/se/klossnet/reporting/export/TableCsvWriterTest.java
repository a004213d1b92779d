package se.klossnet.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableCsvWriterTest {

    @Test
    void writesRfc4180WithSuppressedCellsAsTwoDotsAndMissingOnesEmpty() throws Exception {
        Map<String, Object> row = new HashMap<>();
        row.put("institution", "kth");
        row.put("name", "Kungliga Tekniska högskolan, \"KTH\"");
        row.put("exchanges", null);
        row.put("personMonths", new BigDecimal("1E+1"));
        row.put("calls", null);
        row.put(Table.SUPPRESSED, List.of("exchanges"));
        Table table = new Table("t", 1, List.of(Column.dimension("institution", "Lärosäte", "Institution"),
                Column.label("name", "Namn", "Name"), Column.count("exchanges", "Utbyten", "Exchanges"),
                Column.measure("personMonths", "Personmånader", "Person-months", "exchanges"),
                Column.count("calls", "Utlysningar", "Calls")), List.of(row), null, null);

        StringBuilder csv = new StringBuilder();
        TableCsvWriter.write(table, csv);

        assertThat(csv.toString()).isEqualTo("institution,name,exchanges,personMonths,calls\r\n"
                + "kth,\"Kungliga Tekniska högskolan, \"\"KTH\"\"\",..,10,\r\n");
    }
}
