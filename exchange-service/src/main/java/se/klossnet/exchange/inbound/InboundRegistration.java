package se.klossnet.exchange.inbound;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import se.klossnet.exchange.agreement.Confidentiality;
import se.klossnet.exchange.agreement.Insurance;
import se.klossnet.exchange.agreement.IntellectualProperty;
import se.klossnet.exchange.host.HostDescription;

/**
 * Everything the fast track needs to register an incoming person in one request: the person, their employer, the
 * host department and its manager, the period and extent, the purpose and the mutual value, and the agreement's
 * terms (with sensible defaults).
 */
public record InboundRegistration(
        @NotBlank @Size(max = 100) String programmeId,
        @Valid @NotNull Person person,
        @Valid @NotNull Employer employer,
        @NotBlank @Size(max = 200) String hostDepartment,
        @NotBlank @Size(max = 100) String hostManager,
        @NotNull LocalDate plannedStart,
        @NotNull LocalDate plannedEnd,
        @NotNull @Min(1) @Max(100) Integer extentPercent,
        @NotBlank @Size(max = 2000) String purpose,
        @NotBlank @Size(max = 2000) String mutualValue,
        @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal budgetSek,
        Confidentiality confidentiality,
        IntellectualProperty intellectualProperty,
        Insurance insurance) {

    /** The incoming person. Their name and e-mail stay in this service; the network sees a random pseudonym. */
    public record Person(@NotBlank @Size(max = 200) String name,
                         @NotBlank @Email @Size(max = 254) String email,
                         @Size(max = 100) String account) {
    }

    /** The person's employer: an organisation in the host register, and the contact who signs for it. */
    public record Employer(@Valid @NotNull HostDescription organisation,
                           @NotBlank @Size(max = 200) String contactName,
                           @NotBlank @Email @Size(max = 254) String contactEmail) {
    }
}
