package se.klossnet.reporting.export;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code ?format=csv} asks for CSV, for links and downloads that cannot set an Accept header. Any table endpoint
 * then answers as with {@code Accept: text/csv}.
 */
@Provider
@PreMatching
public class CsvFormatParameter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if ("csv".equalsIgnoreCase(request.getUriInfo().getQueryParameters().getFirst("format"))) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, TableCsvWriter.TEXT_CSV);
        }
    }
}
