package se.klossnet.exchange.finance;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes an SIE 4 file of type 4I (vouchers for import into a ledger): the header records, the chart of the
 * accounts used, the dimensions for cost centre (1) and project (6), and one {@code #VER} per voucher with its
 * {@code #TRANS} rows. The file is encoded in IBM PC 8-bit extended ASCII (code page 437, "PC8") with CR LF line
 * ends, as the SIE specification requires. No maintained SIE library is on Maven Central, hence this small writer.
 *
 * <p>It refuses a voucher that does not balance: a ledger would refuse the whole file for it.
 */
public final class SieVoucherWriter {

    /** PC8: the only encoding an SIE 4 file may have. */
    public static final Charset PC8 = Charset.forName("IBM437");
    /** The SIE dimension numbers for cost centre (kostnadsställe) and project. */
    public static final int COST_CENTRE = 1;
    public static final int PROJECT = 6;

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String CRLF = "\r\n";

    /** The header: who made the file, when, and for which organisation. */
    public record Header(String program, String programVersion, LocalDate generatedOn, String generatedBy,
                         String companyName, String organisationNumber, String description) {
    }

    public record Account(String number, String name) {
    }

    public record Dimension(int number, String name) {
    }

    public record DimensionObject(int dimension, String id, String name) {
    }

    /** One voucher row: debit positive, credit negative. {@code objects} maps dimension number to object id. */
    public record Transaction(String account, Map<Integer, String> objects, BigDecimal amount) {
    }

    public record Voucher(String series, int number, LocalDate date, String text, List<Transaction> transactions) {
    }

    public record Document(Header header, List<Dimension> dimensions, List<DimensionObject> objects,
                           List<Account> accounts, List<Voucher> vouchers) {
    }

    /** The file's bytes in PC8. Characters outside code page 437 become '?'. */
    public byte[] write(Document document) {
        String text = render(document);
        CharsetEncoder encoder = PC8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(new byte[] {'?'});
        try {
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(text));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("cannot encode SIE file in PC8", e);
        }
    }

    /** The file as text, before encoding. */
    public String render(Document document) {
        Header h = document.header();
        StringBuilder out = new StringBuilder();
        line(out, "#FLAGGA", "0");
        line(out, "#PROGRAM", quote(h.program()), quote(h.programVersion()));
        line(out, "#FORMAT", "PC8");
        line(out, "#GEN", DATE.format(h.generatedOn()), quote(h.generatedBy()));
        line(out, "#SIETYP", "4");
        if (h.description() != null) {
            line(out, "#PROSA", quote(h.description()));
        }
        if (h.organisationNumber() != null) {
            line(out, "#ORGNR", h.organisationNumber());
        }
        line(out, "#FNAMN", quote(h.companyName()));
        line(out, "#VALUTA", "SEK");
        for (Account a : document.accounts()) {
            line(out, "#KONTO", requireAccount(a.number()), quote(a.name()));
        }
        for (Dimension d : document.dimensions()) {
            line(out, "#DIM", Integer.toString(d.number()), quote(d.name()));
        }
        for (DimensionObject o : document.objects()) {
            line(out, "#OBJEKT", Integer.toString(o.dimension()), quote(o.id()), quote(o.name()));
        }
        for (Voucher v : document.vouchers()) {
            requireBalanced(v);
            line(out, "#VER", quote(v.series()), quote(Integer.toString(v.number())), DATE.format(v.date()),
                    quote(v.text()));
            out.append('{').append(CRLF);
            for (Transaction t : v.transactions()) {
                line(out, "   #TRANS", requireAccount(t.account()), objectList(t.objects()), amount(t.amount()));
            }
            out.append('}').append(CRLF);
        }
        return out.toString();
    }

    /** An amount as SIE writes it: a point, two decimals, a leading minus for credits. */
    static String amount(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    /** A quoted field: backslash and quotation mark escaped, control characters (tab, line breaks) as spaces. */
    static String quote(String value) {
        String text = value == null ? "" : value;
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (Character.isISOControl(c)) {
                quoted.append(' ');
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static String objectList(Map<Integer, String> objects) {
        SortedMap<Integer, String> sorted = new TreeMap<>(objects);
        StringBuilder list = new StringBuilder("{");
        sorted.forEach((dimension, id) -> {
            if (list.length() > 1) {
                list.append(' ');
            }
            list.append(dimension).append(' ').append(quote(id));
        });
        return list.append('}').toString();
    }

    private static void requireBalanced(Voucher v) {
        BigDecimal sum = v.transactions().stream().map(Transaction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() != 0 || v.transactions().isEmpty()) {
            throw new IllegalArgumentException("voucher " + v.series() + " " + v.number() + " does not balance: " + sum);
        }
    }

    private static String requireAccount(String number) {
        if (number == null || !number.matches("\\d{4}")) {
            throw new IllegalArgumentException("not a four-digit account: " + number);
        }
        return number;
    }

    private static void line(StringBuilder out, String label, String... fields) {
        out.append(label);
        for (String field : fields) {
            out.append(' ').append(Objects.requireNonNull(field));
        }
        out.append(CRLF);
    }
}
