package se.klossnet.call.call;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import se.klossnet.events.Direction;

/** A call as members of its institution see it. */
public record CallView(UUID id, String institution, UUID programmeId, Direction direction, CallTitle title,
                       CallDescription description, Instant opensAt, Instant closesAt, BigDecimal budgetSek,
                       BigDecimal maxGrantSek, int minExtentPercent, int maxExtentPercent, int minMonths,
                       int maxMonths, List<StaffCategory> eligibleStaffCategories, List<Criterion> criteria,
                       int reviewersPerApplication, boolean endorsementRequired, CallStatus status,
                       Instant createdAt, Instant publishedAt, Instant closedAt, Boolean closedByDeadline,
                       Instant decidedAt, Instant archivedAt, long version) {

    static CallView of(Call c) {
        return new CallView(c.id(), c.institution(), c.programmeId(), c.direction(),
                new CallTitle(c.titleSv(), c.titleEn()), new CallDescription(c.descriptionSv(), c.descriptionEn()),
                c.opensAt(), c.closesAt(), c.budgetSek(), c.maxGrantSek(), c.minExtentPercent(), c.maxExtentPercent(),
                c.minMonths(), c.maxMonths(), c.eligibleStaffCategories(), c.criteria(), c.reviewersPerApplication(),
                c.endorsementRequired(), c.status(), c.createdAt(), c.publishedAt(), c.closedAt(),
                c.closedByDeadline(), c.decidedAt(), c.archivedAt(), c.version());
    }
}
