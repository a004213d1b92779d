package se.klossnet.reporting.register;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The register is public: which institutions are members, and the regions, are no secret. */
@Path("/national")
@PermitAll
public class RegisterResource {

    private final InstitutionRegister register;

    public RegisterResource(InstitutionRegister register) {
        this.register = register;
    }

    @GET
    @Path("institutions")
    @Operation(summary = "The KLOSS-Net member institutions (about 35), with Swedish and English names and region")
    public List<Institution> institutions() {
        return register.members();
    }

    @GET
    @Path("regions")
    @Operation(summary = "The Swedish regions (län) by code")
    public List<Region> regions() {
        return register.regions();
    }
}
