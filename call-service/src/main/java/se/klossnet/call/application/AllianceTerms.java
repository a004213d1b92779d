package se.klossnet.call.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * For ALLIANCE calls: the consortium and how long it runs. The applicant's own institution is a member by
 * definition and is not listed: it counts as one Swedish HEI.
 */
public record AllianceTerms(
        @Schema(examples = "24") @NotNull @Min(1) @Max(120) Integer durationMonths,
        @NotNull @Size(max = 50) List<@NotNull @Valid PartnerTerms> partners) {
}
