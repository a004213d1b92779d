package se.klossnet.call.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.klossnet.call.call.StaffCategory;

/**
 * What an applicant sends to draft or revise an application. Everything is required to save a draft; whether the
 * application fits the call is the eligibility check's business, on submission or as a dry run.
 *
 * @param staffCategory the applicant's category, checked against the call's eligible categories
 * @param alliance      for ALLIANCE calls: the consortium and its duration; ignored otherwise
 * @param version       on a revision: the version the client read; a stale one gets 409
 */
public record ApplicationTerms(
        @NotNull StaffCategory staffCategory,
        @NotNull @Valid HostTerms host,
        @Schema(examples = "2027-09-01") @NotNull LocalDate plannedStart,
        @Schema(examples = "2028-02-29") @NotNull LocalDate plannedEnd,
        @Schema(description = "percentage of full time", examples = "20") @NotNull @Min(1) @Max(100) Integer extentPercent,
        @NotNull @Valid BudgetTerms budget,
        @NotBlank @Size(max = 4000) String purpose,
        @NotBlank @Size(max = 4000) String mutualValue,
        @NotBlank @Size(max = 4000) String studentInvolvement,
        @NotNull @Valid DisseminationPlan disseminationPlan,
        @Valid AllianceTerms alliance,
        Long version) {

    /** The planned period in months; a started month counts, so 1 September to 29 February is 6. */
    public int months() {
        Period period = Period.between(plannedStart, plannedEnd.plusDays(1));
        return (int) period.toTotalMonths() + (period.getDays() > 0 ? 1 : 0);
    }

    public BigDecimal requestedSek() {
        return budget.totalSek();
    }
}
