package se.klossnet.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 *
 * @param type     identifies the kind of problem, e.g. {@code urn:kloss:problem:validation}
 * @param title    a short summary of the kind, the same for every occurrence
 * @param status   the HTTP status
 * @param detail   what went wrong this time, in words a client developer can act on
 * @param instance the request path
 * @param errors   for validation problems: one entry per offending field
 * @param reference for server errors: the id under which the error was logged
 * @param rule     for refusals that a retention rule requires: the rule's name (an RFC 9457 extension member)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors,
                      String reference, String rule) {

    public Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors,
                   String reference) {
        this(type, title, status, detail, instance, errors, reference, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path as the client sent it, e.g. {@code host.organisationNumber}. */
    public record FieldError(String field, String message) {
    }

    public static URI typeOf(String slug) {
        return URI.create("urn:kloss:problem:" + slug);
    }
}
