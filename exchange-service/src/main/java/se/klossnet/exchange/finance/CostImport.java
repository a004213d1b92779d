package se.klossnet.exchange.finance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.klossnet.exchange.cost.Bookings;
import se.klossnet.exchange.cost.CostBook;
import se.klossnet.exchange.cost.CostEntry;
import se.klossnet.exchange.cost.CostLine;
import se.klossnet.exchange.cost.CostType;
import se.klossnet.exchange.cost.FinanceConfig;
import se.klossnet.exchange.exchange.Exchange;
import se.klossnet.exchange.exchange.ExchangeDirectory;
import se.klossnet.platform.problem.Problem;
import se.klossnet.platform.problem.ProblemException;
import se.klossnet.platform.problem.ResourceNotFound;
import se.klossnet.platform.problem.ValidationFailed;

/**
 * Books the actual costs that the finance system posts back. Every row is checked first and its errors reported
 * by row number and column. Then, by the mode the caller chose:
 * <ul>
 *   <li>{@link ImportMode#ALL_OR_NOTHING} (the default): one bad row refuses the whole import with 422 and books
 *   nothing, so a file is never half-imported;</li>
 *   <li>{@link ImportMode#PER_ROW}: the good rows are booked, the bad ones are reported as REJECTED and booked
 *   not at all.</li>
 * </ul>
 * A row whose external reference is already booked is ALREADY_IMPORTED and booked again in neither mode, so that
 * the finance system may safely post the same file twice.
 */
@ApplicationScoped
public class CostImport {

    public enum ImportMode {
        ALL_OR_NOTHING,
        PER_ROW
    }

    public enum RowStatus {
        IMPORTED,
        ALREADY_IMPORTED,
        REJECTED
    }

    /** A row as posted, its data rows numbered from 1 (in CSV the header is line 1, so row n is line n + 1). */
    public record Row(int row, Map<String, String> fields) {
    }

    public record RowResult(int row, RowStatus status, String externalRef, UUID costId, List<Problem.FieldError> errors,
                            List<String> warnings) {
    }

    public record Report(ImportMode mode, int received, int imported, int alreadyImported, int rejected,
                         List<RowResult> rows) {
    }

    public static final List<String> COLUMNS = List.of("exchangeId", "type", "amountSek", "bookedOn", "account",
            "costCentre", "projectCode", "externalRef");

    private final ExchangeDirectory directory;
    private final CostBook costs;
    private final FinanceConfig config;

    public CostImport(ExchangeDirectory directory, CostBook costs, FinanceConfig config) {
        this.directory = directory;
        this.costs = costs;
        this.config = config;
    }

    /** A row that passed every check, ready to book. */
    private record Checked(int row, Exchange exchange, CostLine line) {
    }

    @Transactional
    public Report importRows(String institution, List<Row> rows, ImportMode mode, String recordedBy) {
        if (rows.isEmpty()) {
            throw new ValidationFailed("rows", "the import has no rows");
        }
        if (rows.size() > config.importMaxRows()) {
            throw new ValidationFailed("rows", "at most " + config.importMaxRows() + " rows per import");
        }
        Map<UUID, Exchange> exchanges = new HashMap<>();
        Map<String, Integer> seenRefs = new HashMap<>();
        List<RowResult> results = new ArrayList<>();
        List<Checked> good = new ArrayList<>();
        for (Row row : rows) {
            List<Problem.FieldError> errors = new ArrayList<>();
            Checked checked = check(institution, row, exchanges, errors);
            String ref = row.fields().get("externalRef");
            if (ref != null && !ref.isBlank()) {
                Integer earlier = seenRefs.putIfAbsent(ref.strip(), row.row());
                if (earlier != null) {
                    errors.add(error(row, "externalRef", "repeats the reference of row " + earlier));
                }
            }
            if (!errors.isEmpty()) {
                results.add(new RowResult(row.row(), RowStatus.REJECTED, blankToNull(ref), null, errors, List.of()));
            } else if (costs.alreadyBooked(institution, checked.line().externalRef())) {
                UUID existing = costs.byExternalRef(institution, checked.line().externalRef()).map(CostEntry::id).orElse(null);
                results.add(new RowResult(row.row(), RowStatus.ALREADY_IMPORTED, checked.line().externalRef(), existing,
                        List.of(), List.of()));
            } else {
                good.add(checked);
                results.add(null); // filled in when booked
            }
        }
        long rejected = results.stream().filter(r -> r != null && r.status() == RowStatus.REJECTED).count();
        if (mode == ImportMode.ALL_OR_NOTHING && rejected > 0) {
            List<Problem.FieldError> all = results.stream().filter(r -> r != null && r.status() == RowStatus.REJECTED)
                    .flatMap(r -> r.errors().stream()).toList();
            throw new ProblemException(422, "import-rejected", "Import rejected",
                    rejected + " of " + rows.size() + " rows are invalid; nothing was imported (mode ALL_OR_NOTHING)",
                    all);
        }
        int next = 0;
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) == null) {
                Checked c = good.get(next++);
                CostBook.Recorded recorded = costs.record(c.exchange(), c.line(), CostEntry.Source.IMPORT, recordedBy);
                results.set(i, new RowResult(c.row(), RowStatus.IMPORTED, c.line().externalRef(),
                        recorded.cost().id(), List.of(), recorded.warnings()));
            }
        }
        int imported = (int) results.stream().filter(r -> r.status() == RowStatus.IMPORTED).count();
        int already = (int) results.stream().filter(r -> r.status() == RowStatus.ALREADY_IMPORTED).count();
        return new Report(mode, rows.size(), imported, already, (int) rejected, results);
    }

    private Checked check(String institution, Row row, Map<UUID, Exchange> exchanges, List<Problem.FieldError> errors) {
        Map<String, String> f = row.fields();
        Exchange exchange = null;
        String exchangeId = blankToNull(f.get("exchangeId"));
        if (exchangeId == null) {
            errors.add(error(row, "exchangeId", "is required"));
        } else {
            try {
                UUID id = UUID.fromString(exchangeId);
                exchange = exchanges.computeIfAbsent(id, key -> {
                    try {
                        return directory.require(institution, key);
                    } catch (ResourceNotFound e) {
                        return null;
                    }
                });
                if (exchange == null) {
                    errors.add(error(row, "exchangeId", "exchange " + exchangeId + " does not exist"));
                } else if (!CostBook.acceptsCosts(exchange)) {
                    errors.add(error(row, "exchangeId", "exchange " + exchangeId + " is " + exchange.status()
                            + "; costs are booked on planned exchanges only"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(error(row, "exchangeId", "is not a UUID: " + exchangeId));
            }
        }
        CostType type = null;
        String typeText = blankToNull(f.get("type"));
        if (typeText == null) {
            errors.add(error(row, "type", "is required"));
        } else {
            try {
                type = CostType.valueOf(typeText.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(error(row, "type", "must be one of " + java.util.Arrays.toString(CostType.values())
                        + ", not " + typeText));
            }
        }
        BigDecimal amount = amount(row, f.get("amountSek"), errors);
        LocalDate bookedOn = null;
        String date = blankToNull(f.get("bookedOn"));
        if (date == null) {
            errors.add(error(row, "bookedOn", "is required"));
        } else {
            try {
                bookedOn = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                errors.add(error(row, "bookedOn", "must be a date (YYYY-MM-DD), not " + date));
            }
        }
        String account = optional(row, f, "account", Bookings.ACCOUNT, "must be a four-digit account", errors);
        String costCentre = optional(row, f, "costCentre", Bookings.CODE, "must be 1-20 letters, digits, '.', '_' or '-'", errors);
        String project = optional(row, f, "projectCode", Bookings.CODE, "must be 1-20 letters, digits, '.', '_' or '-'", errors);
        String ref = blankToNull(f.get("externalRef"));
        if (ref == null) {
            errors.add(error(row, "externalRef", "is required, so that posting the same row twice books it once"));
        } else if (ref.length() > 100) {
            errors.add(error(row, "externalRef", "must be at most 100 characters"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Checked(row.row(), exchange, new CostLine(type, amount, bookedOn, account, costCentre, project, ref));
    }

    private static BigDecimal amount(Row row, String text, List<Problem.FieldError> errors) {
        String value = blankToNull(text);
        if (value == null) {
            errors.add(error(row, "amountSek", "is required"));
            return null;
        }
        String normalised = value.replace(" ", "");
        if (normalised.contains(",") && !normalised.contains(".")) {
            normalised = normalised.replace(',', '.'); // a Swedish decimal comma
        }
        try {
            BigDecimal amount = new BigDecimal(normalised);
            if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
                errors.add(error(row, "amountSek", "has more than two decimals (öre): " + value));
            } else if (amount.signum() == 0) {
                errors.add(error(row, "amountSek", "must not be zero"));
            } else if (amount.abs().compareTo(new BigDecimal("999999999999.99")) > 0) {
                errors.add(error(row, "amountSek", "is too large: " + value));
            } else {
                return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
            }
        } catch (NumberFormatException e) {
            errors.add(error(row, "amountSek", "is not a number: " + value));
        }
        return null;
    }

    private static String optional(Row row, Map<String, String> f, String column, String pattern, String message,
                                   List<Problem.FieldError> errors) {
        String value = blankToNull(f.get(column));
        if (value != null && !value.matches(pattern)) {
            errors.add(error(row, column, message + ", not " + value));
        }
        return value;
    }

    private static Problem.FieldError error(Row row, String column, String message) {
        return new Problem.FieldError("rows[" + row.row() + "]." + column, message);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
