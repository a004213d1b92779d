package se.klossnet.exchange.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The writer alone: the PC8 encoding, quoting, balance and the order of records. */
class SieVoucherWriterTest {

    private final SieVoucherWriter writer = new SieVoucherWriter();

    private static SieVoucherWriter.Document document(String company, List<SieVoucherWriter.Voucher> vouchers) {
        return new SieVoucherWriter.Document(
                new SieVoucherWriter.Header("KLOSS-Net exchange-service", "1.0", LocalDate.of(2027, 1, 15), "kth-finance",
                        company, "202100-3054", null),
                List.of(new SieVoucherWriter.Dimension(1, "Kostnadsställe"), new SieVoucherWriter.Dimension(6, "Projekt")),
                List.of(new SieVoucherWriter.DimensionObject(1, "EECS", "EECS")),
                List.of(new SieVoucherWriter.Account("5800", "Resekostnader"),
                        new SieVoucherWriter.Account("2990", "Övriga upplupna kostnader")),
                vouchers);
    }

    private static SieVoucherWriter.Voucher voucher(String text, String amount) {
        BigDecimal a = new BigDecimal(amount);
        return new SieVoucherWriter.Voucher("K", 1, LocalDate.of(2027, 1, 10), text, List.of(
                new SieVoucherWriter.Transaction("5800", Map.of(6, "PAUS", 1, "EECS"), a),
                new SieVoucherWriter.Transaction("2990", Map.of(), a.negate())));
    }

    @Test
    void encodesSwedishLettersInCodePage437() {
        byte[] bytes = writer.write(document("Malmö universitet åäö ÅÄÖ", List.of()));
        String expected = "#FNAMN \"Malmö universitet åäö ÅÄÖ\"\r\n";
        byte[] line = expected.getBytes(SieVoucherWriter.PC8);
        assertThat(indexOf(bytes, line)).isGreaterThanOrEqualTo(0);
        // CP437: å 0x86, ä 0x84, ö 0x94, Å 0x8F, Ä 0x8E, Ö 0x99
        assertThat(indexOf(bytes, new byte[] {(byte) 0x86, (byte) 0x84, (byte) 0x94, ' ', (byte) 0x8F, (byte) 0x8E,
                (byte) 0x99})).isGreaterThan(0);
        assertThat(indexOf(bytes, "ö".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
        // A character outside code page 437 becomes '?', never a multi-byte sequence.
        assertThat(new String(writer.write(document("Łódź €", List.of())), SieVoucherWriter.PC8))
                .contains("#FNAMN \"?ód? ?\"");
    }

    @Test
    void writesTheHeaderFirstAndEveryVoucherInBraces() {
        String text = writer.render(document("KTH", List.of(voucher("Resa \"Kiruna\" \\ tåg", "1234.5"))));
        assertThat(text.lines().toList()).startsWith("#FLAGGA 0", "#PROGRAM \"KLOSS-Net exchange-service\" \"1.0\"",
                "#FORMAT PC8", "#GEN 20270115 \"kth-finance\"", "#SIETYP 4", "#ORGNR 202100-3054", "#FNAMN \"KTH\"");
        assertThat(text).contains("#VER \"K\" \"1\" 20270110 \"Resa \\\"Kiruna\\\" \\\\ tåg\"\r\n{\r\n"
                + "   #TRANS 5800 {1 \"EECS\" 6 \"PAUS\"} 1234.50\r\n   #TRANS 2990 {} -1234.50\r\n}\r\n");
        assertThat(text).doesNotContain("\n\n").endsWith("}\r\n");
        SieReader read = SieReader.read(text);
        assertThat(read.vouchers()).hasSize(1);
        assertThat(read.vouchers().get(0).text()).isEqualTo("Resa \"Kiruna\" \\ tåg");
        assertThat(read.vouchers().get(0).transactions().get(0).objects()).containsEntry("1", "EECS")
                .containsEntry("6", "PAUS");
    }

    @Test
    void refusesAVoucherThatDoesNotBalanceOrABadAccount() {
        SieVoucherWriter.Voucher unbalanced = new SieVoucherWriter.Voucher("K", 1, LocalDate.of(2027, 1, 10), "x",
                List.of(new SieVoucherWriter.Transaction("5800", Map.of(), new BigDecimal("10.00")),
                        new SieVoucherWriter.Transaction("2990", Map.of(), new BigDecimal("-9.99"))));
        assertThatThrownBy(() -> writer.write(document("KTH", List.of(unbalanced))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not balance");
        SieVoucherWriter.Voucher badAccount = new SieVoucherWriter.Voucher("K", 1, LocalDate.of(2027, 1, 10), "x",
                List.of(new SieVoucherWriter.Transaction("58", Map.of(), BigDecimal.ONE),
                        new SieVoucherWriter.Transaction("2990", Map.of(), BigDecimal.ONE.negate())));
        assertThatThrownBy(() -> writer.write(document("KTH", List.of(badAccount))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("four-digit");
    }

    @Test
    void controlCharactersNeverBreakALine() {
        String text = writer.render(document("Line\nbreak\tand\rreturn", List.of()));
        assertThat(text).contains("#FNAMN \"Line break and return\"\r\n");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
