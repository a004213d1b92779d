package se.klossnet.reporting.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.klossnet.reporting.testing.EventFeed;
import se.klossnet.reporting.testing.ExpectedFigures;
import se.klossnet.reporting.testing.Hub;
import se.klossnet.reporting.testing.MobilityStreamGenerator;
import se.klossnet.testing.RealInfrastructure;

/**
 * An analyst uses the dashboard in Debian's Chromium, driven by Playwright: the page loads and its charts render
 * the API's figures, a filter changes every figure to what the API gives for it, the CSV download is the API's
 * CSV, and the health panel shows an institution whose events stopped as stale. The token is added to every
 * request by the browser context, as the gateway will add it in the network.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class DashboardBrowserTest {

    private static final List<String> CHARTS = List.of("chart-byYear", "chart-hostSectors", "chart-outcomes",
            "chart-institutions", "chart-surveys");
    private static final List<String> HEADLINE = List.of("exchangesPlanned", "exchangesStarted", "exchangesCompleted",
            "personMonths", "applications", "grantRate", "fundsGrantedSek", "fundsSpentSek", "outcomes",
            "avgSurveyScore", "avgDaysCallCloseToStart");

    @TestHTTPResource("/dashboard")
    URL dashboard;

    @Test
    void anAnalystFiltersTheDashboardDownloadsItsCsvAndSeesAStaleInstitution() throws Exception {
        MobilityStreamGenerator generator = MobilityStreamGenerator.builder().seed(31).institutions("gu", "su")
                .years(2024, 2025).programmesPerYear(2).applicationsPerProgramme(6).build();
        EventFeed.produce(RealInfrastructure.kafka().bootstrapServers(), generator.records());
        MobilityStreamGenerator stopped = MobilityStreamGenerator.builder().seed(32).institutions("oru").years(2025)
                .programmesPerYear(1).applicationsPerProgramme(3).withAnomalies(false)
                .allEventsAt(Instant.now().minus(Duration.ofDays(10))).build();
        EventFeed.produce(RealInfrastructure.kafka().bootstrapServers(), stopped.records());
        ExpectedFigures expected = generator.expected();
        Hub.awaitIngested(expected, "gu", "su");
        Hub.awaitIngested(stopped.expected(), "oru");

        Path profile = Files.createDirectories(Path.of("target", "chromium-profile-" + System.nanoTime()));
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             BrowserContext browser = playwright.chromium().launchPersistentContext(profile,
                     new BrowserType.LaunchPersistentContextOptions()
                             .setExecutablePath(Path.of(System.getProperty("kloss.chromium", "/usr/bin/chromium")))
                             .setHeadless(true)
                             .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                                     "--disable-background-networking", "--disable-component-update", "--disable-sync"))
                             .setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + Hub.ANALYST))
                             .setAcceptDownloads(true)
                             .setViewportSize(1400, 1000))) {
            Page page = browser.pages().isEmpty() ? browser.newPage() : browser.pages().get(0);
            page.setDefaultTimeout(30_000);
            page.navigate(dashboard.toString());
            page.waitForSelector("body[data-state=ready]");
            // The keyboard reaches the skip link first, then the language switch and the filters.
            page.keyboard().press("Tab");
            assertThat(page.evaluate("() => document.activeElement.className")).isEqualTo("skip");
            page.keyboard().press("Tab");
            assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("language");

            // The page loads, and every chart renders with data; the headline is the API's.
            assertHeadlineIs(page, Hub.totals(Map.of()));
            List<?> chartTotals = (List<?>) page.evaluate("ids => ids.map(id => { const c = Chart.getChart(id);"
                    + " return c ? c.data.datasets.reduce((s, d) => s + d.data.reduce((a, v) => a + (Number(v) || 0), 0), 0) : -1; })",
                    CHARTS);
            assertThat(chartTotals).as("sum of each chart's data").allSatisfy(v -> assertThat(((Number) v).doubleValue()).isPositive());
            assertThat(((Number) page.evaluate("() => document.getElementById('chart-byYear').width")).intValue()).isPositive();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "dashboard.png")).setFullPage(true));

            // A filter changes every figure to what the API gives for it, which is the generated stream's total.
            page.selectOption("#f-institution", "gu");
            page.waitForSelector("body[data-state=ready][data-query='institution=gu']");
            Map<String, Object> gu = Hub.totals(Map.of("institution", "gu"));
            Hub.assertFigures(gu, expected.keyFigures(d -> d.institution().equals("gu")), "gu");
            assertHeadlineIs(page, gu);
            assertYearChartIs(page, Map.of("institution", "gu"));

            page.selectOption("#f-year", "2025");
            page.waitForSelector("body[data-state=ready][data-query='year=2025&institution=gu']");
            assertHeadlineIs(page, Hub.totals(Map.of("institution", "gu", "year", 2025)));
            assertThat(page.evaluate("() => Chart.getChart('chart-byYear').data.labels")).isEqualTo(List.of("2025"));
            assertYearChartIs(page, Map.of("institution", "gu", "year", 2025));
            long drillRows = page.locator("#drilldown-table tbody tr").count();
            assertThat(drillRows).isEqualTo(Math.min(20, (Long) expected.keyFigures(d -> d.institution().equals("gu")
                    && d.year() == 2025).get("exchangesPlanned")));

            // The CSV download is exactly the API's CSV for the same filter.
            Download download = page.waitForDownload(() -> page.click("#download-drilldown"));
            String downloaded = Files.readString(download.path(), StandardCharsets.UTF_8);
            String api = given().auth().oauth2(Hub.ANALYST).queryParam("year", 2025).queryParam("institution", "gu")
                    .queryParam("format", "csv").get("/national/exchanges").then().statusCode(200).extract().asString();
            assertThat(download.suggestedFilename()).isEqualTo("exchanges.csv");
            assertThat(downloaded).isEqualTo(api);
            assertThat(downloaded.lines().count() - 1).isEqualTo(
                    expected.keyFigures(d -> d.institution().equals("gu") && d.year() == 2025).get("exchangesPlanned"));

            // The health panel shows oru, whose events stopped ten days ago, as stale.
            assertThat(page.getAttribute("#health-table tr[data-institution=oru]", "data-status")).isEqualTo("STALE");
            assertThat(page.textContent("#health-table tr[data-institution=oru] .badge")).isEqualTo("Inaktuell");
            assertThat(page.getAttribute("#health-table tr[data-institution=gu]", "data-status")).isEqualTo("STALE");

            // Both languages.
            page.click("#language");
            assertThat(page.textContent("h1")).isEqualTo("KLOSS-Net – staff mobility in figures");
            assertThat(page.textContent("#health-table tr[data-institution=oru] .badge")).isEqualTo("Stale");
            assertThat(page.getAttribute("html", "lang")).isEqualTo("en");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "dashboard-en.png")).setFullPage(true));
        }
    }

    @Test
    void thePageShellIsPublicAndItsDataIsNot() {
        given().get("/dashboard").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/html"))
                .body(org.hamcrest.Matchers.containsString("Högskolan i Kvarnby"));
        given().get("/webjars/chart.js/dist/chart.umd.min.js").then().statusCode(200);
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location",
                org.hamcrest.Matchers.endsWith("/dashboard"));
        given().get("/national/figures").then().statusCode(401);
    }

    private static void assertHeadlineIs(Page page, Map<String, Object> api) {
        for (String key : HEADLINE) {
            String shown = page.getAttribute("#h-" + key, "data-value");
            Object value = api.get(key);
            if (value == null) {
                assertThat(shown).as(key).isEmpty();
            } else {
                assertThat(new BigDecimal(shown)).as(key).isEqualByComparingTo(Hub.decimal(value));
            }
        }
    }

    private static void assertYearChartIs(Page page, Map<String, Object> filter) {
        Map<String, Object> query = new java.util.HashMap<>(filter);
        query.put("groupBy", "year,direction");
        double apiTotal = Hub.rows("/national/figures", query).stream()
                .mapToDouble(r -> ((Number) r.get("exchangesPlanned")).doubleValue()).sum();
        double chartTotal = ((Number) page.evaluate("() => Chart.getChart('chart-byYear').data.datasets"
                + ".reduce((s, d) => s + d.data.reduce((a, v) => a + (Number(v) || 0), 0), 0)")).doubleValue();
        assertThat(chartTotal).isEqualTo(apiTotal);
    }
}
