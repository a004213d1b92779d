package se.klossnet.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become HTTP errors. Every error is RFC 9457 problem+json; none carries a stack
 * trace or a Java class name. Server errors are logged with a reference that the response repeats.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(new ValidationFailed(errors).toProblem(path(uri)));
    }

    // Quarkus ships its own mapper for MismatchedInputException; ours must win so that the answer is problem+json.
    @ServerExceptionMapper(value = {JsonProcessingException.class, MismatchedInputException.class,
            InvalidFormatException.class}, priority = Priorities.USER - 100)
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String detail;
        List<Problem.FieldError> errors = List.of();
        if (e instanceof JsonParseException) {
            detail = "the request body is not valid JSON: " + e.getOriginalMessage();
        } else if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = jsonPath(m);
            String message = m instanceof InvalidFormatException f
                    ? "cannot be read as " + simpleType(f.getTargetType()) + ": " + f.getValue()
                    : m instanceof UnrecognizedPropertyException ? "is not a known field" : "has the wrong type or shape";
            errors = List.of(new Problem.FieldError(field, message));
            detail = field + " " + message;
        } else {
            detail = "the request body cannot be read: " + e.getOriginalMessage();
        }
        return respond(new ProblemException(400, "malformed-body", "Malformed request body", detail, errors)
                .toProblem(path(uri)));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleUpdate(RuntimeException e, UriInfo uri) {
        return respond(new ProblemException(409, "stale-update", "Conflicting update",
                "the object was changed by someone else since you read it; read it again and retry").toProblem(path(uri)));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Problem problem = new ProblemException(401, "unauthenticated", "Unauthenticated",
                "a valid bearer token is required").toProblem(path(uri));
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer").entity(problem).build();
    }

    @ServerExceptionMapper({ForbiddenException.class, jakarta.ws.rs.ForbiddenException.class})
    public Response forbidden(RuntimeException e, UriInfo uri) {
        return respond(new AccessDenied("your roles do not allow this operation").toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri); // the JSON reader wraps syntax errors
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "HTTP " + status;
        String detail = switch (status) {
            case 404 -> "no resource at " + path(uri);
            case 405 -> "method not allowed on " + path(uri);
            case 406 -> "cannot produce the requested media type";
            case 415 -> "unsupported media type; send application/json";
            default -> title;
        };
        return respond(new ProblemException(status, slugOf(title), title, detail).toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String dataProblem = dataExceptionState(e);
        if (dataProblem != null) {
            // The database refused a value the client sent (a NUL character, a number out of range, ...): the client's
            // mistake, not ours. Validation should catch these earlier; this keeps any that slip through from a 500.
            return respond(new ProblemException(400, "invalid-value", "Invalid value",
                    "the request contains a value that cannot be stored (SQL state " + dataProblem + ")")
                    .toProblem(path(uri)));
        }
        String unavailable = databaseUnavailableState(e);
        if (unavailable != null) {
            // The database is down or restarting (found by ./kloss chaos, which kills it): the request may succeed in a
            // moment, so say so with a 503 and Retry-After rather than an "internal error" for the operators.
            LOG.warnf("database unavailable (SQL state %s) on %s: %s", unavailable, path(uri), e.getMessage());
            Problem problem = new ProblemException(503, "unavailable", "Service unavailable",
                    "the database is unavailable (SQL state " + unavailable + "); retry in a few seconds").toProblem(path(uri));
            return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "5").entity(problem).build();
        }
        if (clientClosedConnection(e)) {
            // The client went away while its body was being read (a load tool stopping, a browser tab closed): nothing
            // failed here and no one reads the answer, so no error for the operators.
            LOG.debugf("client closed the connection before its request body was read, on %s", path(uri));
            return respond(new ProblemException(400, "incomplete-body", "Incomplete request body",
                    "the connection was closed before the whole request body arrived").toProblem(path(uri)));
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error, reference %s, on %s", reference, path(uri));
        Problem problem = new Problem(Problem.typeOf("internal"), "Internal error", 500,
                "an unexpected error occurred; quote reference " + reference + " to the operators", path(uri), List.of(),
                reference);
        return respond(problem);
    }

    /**
     * The SQL state when {@code e} was caused by the database being unreachable or restarting — connection exceptions
     * (class 08), and admin shutdown, crash shutdown, "the database system is starting up" (57P01–57P03) — else null.
     */
    static String databaseUnavailableState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || List.of("57P01", "57P02", "57P03").contains(sql.getSQLState()))) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** True when {@code e} was caused by the client closing its connection while the server read the body. */
    static boolean clientClosedConnection(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.vertx.core.http.HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    /** The SQL state when {@code e} was caused by a PostgreSQL data exception (class 22), else null. */
    private static String dataExceptionState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The field as the client knows it: the JSON path inside the body, or the query/path parameter's name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE
                    || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        if (field.length() > 0) {
            return field.toString();
        }
        return parameter != null ? parameter : "request";
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "the expected type";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "a timestamp (ISO-8601)";
            case "BigDecimal", "Double", "double", "Float", "float" -> "a number";
            case "Integer", "int", "Long", "long", "Short", "short" -> "an integer";
            case "Boolean", "boolean" -> "true or false";
            case "UUID" -> "a UUID";
            default -> "the expected type";
        };
    }

    private static String slugOf(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
