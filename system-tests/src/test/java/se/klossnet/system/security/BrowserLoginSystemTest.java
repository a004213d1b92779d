package se.klossnet.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A person logs in through a gateway in a real browser (Debian's Chromium driven by Playwright): the gateway sends
 * the browser to Keycloak with an authorization code request using PKCE (S256), the user logs in, the gateway keeps
 * the session in a cookie, and the page's own requests to the APIs go through with the session's token.
 */
class BrowserLoginSystemTest {

    private static final String NODE = SecurityNetwork.demoInstitutionsByNode().keySet().iterator().next();
    private static final String INSTITUTION = SecurityNetwork.demoInstitutionsByNode().get(NODE).get(0);

    @Test
    void aCoordinatorLogsInThroughTheCodeFlowAndThePageCallsTheApiWithTheSession() throws Exception {
        String gateway = SecurityNetwork.url(NODE, "gateway");
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             BrowserContext browser = chromium(playwright)) {
            List<String> authorizationRequests = watchAuthorizationRequests(browser);
            Page page = browser.newPage();
            page.navigate(gateway + "/me");
            login(page, INSTITUTION + "-coordinator");
            page.waitForURL(url -> url.startsWith(gateway + "/me") && !url.contains("code="));
            page.waitForSelector("#username");

            assertThat(page.textContent("#username")).isEqualTo(INSTITUTION + "-coordinator");
            assertThat(page.textContent("#institution")).isEqualTo(INSTITUTION);
            assertThat(page.textContent("#roles")).contains("coordinator");
            assertThat(authorizationRequests).isNotEmpty();
            assertThat(authorizationRequests.get(0)).contains("client_id=kloss-gateway")
                    .contains("code_challenge=").contains("code_challenge_method=S256");

            Object status = page.evaluate("async () => (await fetch('/call/programmes', {credentials: 'same-origin'})).status");
            assertThat(status).isEqualTo(200);
            Object whoami = page.evaluate("async () => (await (await fetch('/call/whoami')).json()).username");
            assertThat(whoami).isEqualTo(INSTITUTION + "-coordinator");
        }
    }

    @Test
    void theAnalystOpensTheNationalDashboardThroughTheHubGateway() throws Exception {
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             BrowserContext browser = chromium(playwright)) {
            Page page = browser.newPage();
            var response = page.navigate(SecurityNetwork.HUB_GATEWAY + "/dashboard");
            login(page, "analyst");
            page.waitForURL(url -> url.startsWith(SecurityNetwork.HUB_GATEWAY + "/dashboard") && !url.contains("code="));
            page.waitForSelector("h1");
            assertThat(page.title()).contains("KLOSS-Net");
            Object status = page.evaluate("async () => (await fetch('/national/figures', {credentials: 'same-origin'})).status");
            assertThat(status).isEqualTo(200);
            assertThat(response).isNotNull();
        }
    }

    private static BrowserContext chromium(Playwright playwright) throws Exception {
        Path profile = Files.createDirectories(Path.of("target", "chromium-profile-" + System.nanoTime()));
        return playwright.chromium().launchPersistentContext(profile, new BrowserType.LaunchPersistentContextOptions()
                .setExecutablePath(Path.of(System.getProperty("kloss.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync",
                        // Chromium refuses some ports (10080 among them), which a shifted local network may use
                        "--explicitly-allowed-ports=" + port(SecurityNetwork.HUB_GATEWAY) + ","
                                + port(SecurityNetwork.url(NODE, "gateway")) + "," + port(SecurityNetwork.KEYCLOAK))));
    }

    private static int port(String url) {
        return java.net.URI.create(url).getPort();
    }

    private static List<String> watchAuthorizationRequests(BrowserContext browser) {
        List<String> urls = new CopyOnWriteArrayList<>();
        browser.onRequest(request -> {
            if (request.url().contains("/protocol/openid-connect/auth")) {
                urls.add(request.url());
            }
        });
        return urls;
    }

    /** Keycloak's login form. */
    private static void login(Page page, String username) {
        page.waitForSelector("#username");
        assertThat(page.url()).contains("/realms/kloss/protocol/openid-connect/auth");
        page.fill("#username", username);
        page.fill("#password", "demo");
        page.click("#kc-login");
    }
}
