package se.klossnet.gateway.audit;

import java.util.regex.Pattern;

/**
 * Makes a request path fit for the audit log. Our APIs carry pseudonymous UUIDs in paths, but a client may still put
 * a personal identity number or an e-mail address into one; such segments are replaced, and long paths cut.
 */
public final class AuditPaths {

    static final String REDACTED = ":redacted";
    static final int MAX_LENGTH = 512;

    /** Swedish personnummer / samordningsnummer with or without century and separator, e.g. 19811228-9874. */
    private static final Pattern IDENTITY_NUMBER = Pattern.compile("(19|20)?\\d{6}[-+]?\\d{4}");

    private AuditPaths() {
    }

    public static String redact(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        String[] segments = path.split("/", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                out.append('/');
            }
            out.append(personal(segments[i]) ? REDACTED : segments[i]);
        }
        return out.length() > MAX_LENGTH ? out.substring(0, MAX_LENGTH) : out.toString();
    }

    private static boolean personal(String segment) {
        String decoded = segment.replace("%40", "@").replace("%2B", "+").replace("%2b", "+");
        return decoded.contains("@") || IDENTITY_NUMBER.matcher(decoded).matches();
    }
}
