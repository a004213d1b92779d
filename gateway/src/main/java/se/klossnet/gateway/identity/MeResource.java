package se.klossnet.gateway.identity;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A page for a logged-in browser: shows how the gateway sees the session (login through the code flow with PKCE,
 * see {@link BrowserTenantResolver}) and links on. It shows the login name to its owner, and nothing else personal.
 */
@Path("/me")
@Authenticated
public class MeResource {

    private final SecurityIdentity identity;

    public MeResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The logged-in browser user's session (log in through Keycloak if there is none)")
    public String page() {
        Caller caller = Caller.of(identity);
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>KLOSS-Net: your session</title></head>
                <body>
                <h1>KLOSS-Net</h1>
                <dl>
                <dt>Logged in as</dt><dd id="username">%s</dd>
                <dt>Institution</dt><dd id="institution">%s</dd>
                <dt>Roles</dt><dd id="roles">%s</dd>
                </dl>
                <p><a href="/logout" id="logout">Log out</a></p>
                </body>
                </html>
                """.formatted(html(identity.getPrincipal().getName()), html(caller.institution()),
                html(String.join(", ", new TreeSet<>(caller.roles()))));
    }

    private static String html(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
