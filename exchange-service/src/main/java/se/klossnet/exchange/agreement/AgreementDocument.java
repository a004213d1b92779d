package se.klossnet.exchange.agreement;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders an agreement from a versioned Qute template ({@code templates/agreement/<version>.txt}) and fingerprints
 * the text with SHA-256, the value every signature refers to. A template is never edited once used: a new wording
 * is a new file, and the version used is kept with every agreement.
 */
@ApplicationScoped
public class AgreementDocument {

    /** The rendered text, its SHA-256 (lower-case hex) and the template it came from. */
    public record Rendered(String text, String sha256, String template) {
    }

    private final Engine engine;
    private final String currentTemplate;

    public AgreementDocument(Engine engine,
                             @ConfigProperty(name = "kloss.agreement.template", defaultValue = "v1") String currentTemplate) {
        this.engine = engine;
        this.currentTemplate = currentTemplate;
    }

    public String currentTemplate() {
        return currentTemplate;
    }

    public Rendered render(AgreementModel model) {
        Template template = engine.getTemplate("agreement/" + model.templateVersion() + ".txt");
        if (template == null) {
            throw new IllegalStateException("no agreement template " + model.templateVersion());
        }
        String text = template.data("a", model).render();
        return new Rendered(text, sha256(text), model.templateVersion());
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
