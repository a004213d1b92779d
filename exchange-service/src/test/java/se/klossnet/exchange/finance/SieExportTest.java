package se.klossnet.exchange.finance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.klossnet.events.Direction;
import se.klossnet.exchange.support.Api;
import se.klossnet.exchange.support.ExchangeTestInfrastructure;
import se.klossnet.testing.RealInfrastructure;

/**
 * The SIE export of a period with several exchanges, read back by an independent reader: header records present,
 * every voucher balanced, the totals equal to the booked costs. The period (2034) is used by no other test.
 */
@QuarkusTest
@QuarkusTestResource(ExchangeTestInfrastructure.class)
class SieExportTest {

    private static String exchange(String institution) {
        return Api.plannedExchange(institution, Api.grant(Direction.OUTBOUND, LocalDate.of(2034, 1, 1),
                LocalDate.of(2034, 6, 30), 20, "500000", Api.ERICSSON, List.of()));
    }

    private static void cost(String institution, String id, Map<String, Object> cost) {
        given().auth().oauth2(Api.finance(institution)).contentType(ContentType.JSON).body(cost)
                .post("/exchanges/" + id + "/costs").then().statusCode(201);
    }

    @Test
    void aPeriodOfSeveralExchangesExportsAsBalancedVouchersWhoseTotalsMatchTheCosts() {
        String first = exchange("kth");
        String second = exchange("kth");
        String mau = exchange("mau");
        cost("kth", first, Map.of("type", "SALARY", "amountSek", "21000.00", "bookedOn", "2034-01-31",
                "costCentre", "EECS", "projectCode", "PAUS34"));
        cost("kth", first, Map.of("type", "TRAVEL", "amountSek", "1890.40", "bookedOn", "2034-02-10",
                "costCentre", "EECS", "projectCode", "PAUS34"));
        cost("kth", second, Map.of("type", "HOST_COMPENSATION", "amountSek", "15000", "bookedOn", "2034-03-01",
                "costCentre", "ABE", "projectCode", "AKUT34"));
        cost("kth", second, Map.of("type", "TRAVEL", "amountSek", "-190.40", "bookedOn", "2034-03-15",
                "costCentre", "ABE", "projectCode", "AKUT34"));
        cost("kth", second, Map.of("type", "OTHER", "amountSek", "777.77", "bookedOn", "2034-07-01")); // outside
        cost("mau", mau, Map.of("type", "TRAVEL", "amountSek", "555.55", "bookedOn", "2034-02-02")); // other institution

        Response response = given().auth().oauth2(Api.finance("kth"))
                .queryParam("from", "2034-01-01").queryParam("to", "2034-06-30").get("/finance/sie");
        response.then().statusCode(200).contentType(containsString("text/plain"))
                .header("Content-Type", containsString("IBM437"))
                .header("Content-Disposition", containsString("kloss-kth-20340101-20340630.se"));
        byte[] bytes = response.asByteArray();
        String text = new String(bytes, SieVoucherWriter.PC8);
        SieReader sie = SieReader.read(text);

        assertThat(sie.header().get(0).label()).isEqualTo("#FLAGGA");
        assertThat(sie.header()).extracting(SieReader.Record::label)
                .contains("#PROGRAM", "#FORMAT", "#GEN", "#SIETYP", "#FNAMN", "#KONTO", "#DIM", "#OBJEKT");
        assertThat(sie.all("#FORMAT").get(0).fields()).containsExactly("PC8");
        assertThat(sie.all("#SIETYP").get(0).fields()).containsExactly("4");
        assertThat(sie.all("#FNAMN").get(0).fields()).containsExactly("Kungliga Tekniska högskolan");
        // "högskolan" is in PC8: ö is byte 0x94.
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("h\u0094gskolan");
        assertThat(sie.all("#DIM")).extracting(r -> r.fields().get(0)).containsExactly("1", "6");
        assertThat(sie.all("#OBJEKT")).extracting(r -> r.fields().get(0) + ":" + r.fields().get(1))
                .contains("1:EECS", "1:ABE", "6:PAUS34", "6:AKUT34");
        assertThat(sie.all("#KONTO")).extracting(r -> r.fields().get(0)).contains("7210", "5800", "6550", "2990");

        assertThat(sie.vouchers()).hasSize(4);
        Map<String, BigDecimal> byAccount = new HashMap<>();
        for (SieReader.Ver ver : sie.vouchers()) {
            BigDecimal sum = ver.transactions().stream().map(SieReader.Trans::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as("voucher %s balances", ver.number()).isZero();
            assertThat(ver.date()).startsWith("2034");
            assertThat(ver.text()).contains("exchange " ).doesNotContain("Pia");
            ver.transactions().forEach(t -> byAccount.merge(t.account(), t.amount(), BigDecimal::add));
        }
        assertThat(byAccount.get("7210")).isEqualByComparingTo("21000.00");
        assertThat(byAccount.get("5800")).isEqualByComparingTo("1700.00");
        assertThat(byAccount.get("6550")).isEqualByComparingTo("15000.00");
        assertThat(byAccount.get("2990")).isEqualByComparingTo("-37700.00");
        assertThat(byAccount).doesNotContainKey("6990");
        SieReader.Trans salary = sie.vouchers().get(0).transactions().get(0);
        assertThat(salary.objects()).containsEntry("1", "EECS").containsEntry("6", "PAUS34");
    }

    @Test
    void onlyFinanceExportsAndThePeriodMustMakeSense() {
        given().auth().oauth2(Api.coordinator("kth")).queryParam("from", "2034-01-01").queryParam("to", "2034-06-30")
                .get("/finance/sie").then().statusCode(403);
        given().auth().oauth2(Api.finance("kth")).queryParam("from", "2034-06-30").queryParam("to", "2034-01-01")
                .get("/finance/sie").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("to"));
        given().auth().oauth2(Api.finance("kth")).queryParam("from", "last year").get("/finance/sie").then()
                .statusCode(400).body("errors.field", hasItem("from"));
        given().get("/finance/sie").then().statusCode(401);
    }
}
