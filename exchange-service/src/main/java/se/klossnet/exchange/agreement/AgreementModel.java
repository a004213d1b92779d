package se.klossnet.exchange.agreement;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What an agreement template may use. Adding a field is fine; a template uses only what its version knew. */
@TemplateData
public record AgreementModel(int number, String templateVersion, String institutionName, String direction,
                             boolean inbound, String participant, String participantReference, String hostName,
                             String hostOrganisationNumber, String hostCountry, String hostContact,
                             String hostDepartment, String purpose, String mutualValue, List<String> partners,
                             LocalDate plannedStart, LocalDate plannedEnd, int extentPercent, BigDecimal months,
                             BigDecimal budgetSek, String confidentiality, String intellectualProperty,
                             String insurance, String costSharing) {
}
