package se.klossnet.reporting.export;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes any {@link Table} as RFC 4180 CSV (UTF-8, CRLF): a header of the column keys, then one line per row.
 * A cell withheld by small-cell suppression is {@code ..} (the convention of Swedish official statistics), a cell
 * that does not apply is empty.
 */
@Provider
@Produces(TableCsvWriter.TEXT_CSV)
public class TableCsvWriter implements MessageBodyWriter<Table> {

    public static final String TEXT_CSV = "text/csv";
    public static final MediaType TEXT_CSV_TYPE = new MediaType("text", "csv", "UTF-8");
    /** What a suppressed cell reads as. */
    public static final String SUPPRESSED_CELL = "..";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Table.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Table table, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException, WebApplicationException {
        headers.putSingle("Content-Type", TEXT_CSV_TYPE.toString());
        headers.putSingle("Content-Disposition", "attachment; filename=\"" + table.name() + ".csv\"");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(table, writer);
        writer.flush();
    }

    /** The CSV text of a table; the same bytes the endpoint sends. */
    public static void write(Table table, Appendable out) throws IOException {
        List<String> keys = table.columns().stream().map(Column::key).toList();
        CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(keys.toArray(String[]::new)).get().print(out);
        for (Map<String, Object> row : table.rows()) {
            Object suppressed = row.get(Table.SUPPRESSED);
            Collection<?> withheld = suppressed instanceof Collection<?> c ? c : List.of();
            List<String> cells = new ArrayList<>(keys.size());
            for (String key : keys) {
                cells.add(withheld.contains(key) ? SUPPRESSED_CELL : cell(row.get(key)));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }
}
