package se.klossnet.call.call;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a coordinator sends to draft or revise a call. A draft may still be unfinished in one respect: its budget may
 * be 0 and its weights need not yet sum to 100; publishing checks both.
 *
 * @param eligibleStaffCategories who may apply; omitted means every category
 * @param criteria                evaluation criteria; omitted means the four defaults ({@link Criterion#DEFAULTS})
 * @param reviewersPerApplication how many reviewers score each application; omitted means 2
 * @param endorsementRequired     whether the applicant's manager must endorse before review; omitted means yes
 * @param version                 on a revision: the version the client read; a stale one gets 409
 */
public record CallTerms(
        @NotNull UUID programmeId,
        @NotNull @Valid CallTitle title,
        @NotNull @Valid CallDescription description,
        @Schema(examples = "2027-01-15T08:00:00Z") @NotNull Instant opensAt,
        @Schema(examples = "2027-03-15T23:00:00Z") @NotNull Instant closesAt,
        @Schema(examples = "1200000") @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal budgetSek,
        @Schema(examples = "150000") @NotNull @Positive @Digits(integer = 12, fraction = 2) BigDecimal maxGrantSek,
        @Schema(examples = "10") @NotNull @Min(1) @Max(100) Integer minExtentPercent,
        @Schema(examples = "50") @NotNull @Min(1) @Max(100) Integer maxExtentPercent,
        @Schema(examples = "3") @NotNull @Min(1) @Max(60) Integer minMonths,
        @Schema(examples = "12") @NotNull @Min(1) @Max(60) Integer maxMonths,
        @Size(min = 1, max = 10) List<@NotNull StaffCategory> eligibleStaffCategories,
        @Size(min = 1, max = 12) List<@NotNull @Valid Criterion> criteria,
        @Min(1) @Max(5) Integer reviewersPerApplication,
        Boolean endorsementRequired,
        Long version) {

    List<StaffCategory> staffCategoriesOrDefault() {
        return eligibleStaffCategories == null ? List.of(StaffCategory.values())
                : eligibleStaffCategories.stream().distinct().toList();
    }

    List<Criterion> criteriaOrDefault() {
        return criteria == null ? Criterion.DEFAULTS : List.copyOf(criteria);
    }

    int reviewersOrDefault() {
        return reviewersPerApplication == null ? 2 : reviewersPerApplication;
    }

    boolean endorsementRequiredOrDefault() {
        return endorsementRequired == null || endorsementRequired;
    }
}
