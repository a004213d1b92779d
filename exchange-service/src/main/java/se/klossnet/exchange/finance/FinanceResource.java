package se.klossnet.exchange.finance;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.klossnet.exchange.access.Caller;
import se.klossnet.exchange.access.QueryValues;
import se.klossnet.platform.scope.Roles;

@Path("/finance")
public class FinanceResource {

    /** The media type of an SIE 4 file: plain text in code page 437. */
    public static final String SIE_MEDIA_TYPE = "text/plain; charset=IBM437";

    private final SieExport sie;
    private final CostImport imports;
    private final Caller caller;

    public FinanceResource(SieExport sie, CostImport imports, Caller caller) {
        this.sie = sie;
        this.imports = imports;
        this.caller = caller;
    }

    @GET
    @Path("sie")
    @RolesAllowed(Roles.FINANCE)
    @Produces(SIE_MEDIA_TYPE)
    @Operation(summary = "The institution's exchange costs booked in [from, to] as an SIE 4I file (PC8 encoded), "
            + "one voucher per cost with cost centre (dimension 1) and project (dimension 6)")
    public Response sie(@QueryParam("from") String from, @QueryParam("to") String to) {
        SieExport.File file = sie.export(caller.institution(), QueryValues.requiredDate(from, "from"),
                QueryValues.requiredDate(to, "to"), caller.username());
        return Response.ok(file.bytes(), SIE_MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("X-Kloss-Vouchers", file.vouchers())
                .build();
    }

    @POST
    @Path("cost-imports")
    @RolesAllowed(Roles.FINANCE)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post actual costs as CSV (header: exchangeId,type,amountSek,bookedOn,account,costCentre,"
            + "projectCode,externalRef); mode ALL_OR_NOTHING (default) or PER_ROW")
    @APIResponse(responseCode = "200", description = "the report, row by row")
    @APIResponse(responseCode = "422", description = "ALL_OR_NOTHING and some rows are invalid: each row's errors, nothing booked")
    public CostImport.Report importCsv(String body, @QueryParam("mode") @DefaultValue("ALL_OR_NOTHING") String mode) {
        return imports.importRows(caller.institution(), CostImportFormats.csv(body), modeOf(mode), caller.username());
    }

    @POST
    @Path("cost-imports")
    @RolesAllowed(Roles.FINANCE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post actual costs as a JSON array of rows with the same fields as the CSV columns")
    public CostImport.Report importJson(JsonNode body, @QueryParam("mode") @DefaultValue("ALL_OR_NOTHING") String mode) {
        return imports.importRows(caller.institution(), CostImportFormats.json(body), modeOf(mode), caller.username());
    }

    private static CostImport.ImportMode modeOf(String mode) {
        return QueryValues.enumOf(CostImport.ImportMode.class, mode, "mode");
    }
}
