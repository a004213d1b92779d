package se.klossnet.exchange.finance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.klossnet.platform.problem.ValidationFailed;

/** Reads an import's rows from CSV (with Apache Commons CSV) or from a JSON array, into the same shape. */
final class CostImportFormats {

    private CostImportFormats() {
    }

    /**
     * CSV with a header line naming the columns ({@link CostImport#COLUMNS}, in any order). The separator is a
     * comma, or a semicolon when the header has semicolons and no commas (Swedish spreadsheets write that).
     */
    static List<CostImport.Row> csv(String body) {
        if (body == null || body.isBlank()) {
            throw new ValidationFailed("body", "the CSV is empty");
        }
        String header = body.lines().findFirst().orElse("");
        char delimiter = header.contains(";") && !header.contains(",") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setTrim(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body.startsWith("\uFEFF") ? body.substring(1) : body),
                format)) {
            List<String> missing = CostImport.COLUMNS.stream().filter(c -> !c.equals("account")
                    && !c.equals("costCentre") && !c.equals("projectCode") && !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new ValidationFailed("header", "missing columns " + missing + "; expected " + CostImport.COLUMNS);
            }
            List<CostImport.Row> rows = new ArrayList<>();
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                Map<String, String> fields = new LinkedHashMap<>();
                for (String column : CostImport.COLUMNS) {
                    fields.put(column, record.isMapped(column) && record.isSet(column) ? record.get(column) : null);
                }
                rows.add(new CostImport.Row(number, fields));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            if (e instanceof ValidationFailed v) {
                throw v;
            }
            throw new ValidationFailed("body", "the CSV cannot be read: " + e.getMessage());
        }
    }

    /** A JSON array of objects with the same field names; every value is read as text and checked like CSV. */
    static List<CostImport.Row> json(JsonNode body) {
        if (body == null || !body.isArray()) {
            throw new ValidationFailed("body", "must be a JSON array of cost rows");
        }
        List<CostImport.Row> rows = new ArrayList<>();
        int number = 0;
        for (JsonNode item : body) {
            number++;
            Map<String, String> fields = new HashMap<>();
            if (item.isObject()) {
                for (String column : CostImport.COLUMNS) {
                    JsonNode value = item.get(column);
                    fields.put(column, value == null || value.isNull() ? null
                            : value.isValueNode() ? value.asText() : value.toString());
                }
            }
            rows.add(new CostImport.Row(number, fields));
        }
        return rows;
    }
}
