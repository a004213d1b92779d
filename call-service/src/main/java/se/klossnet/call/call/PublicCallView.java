package se.klossnet.call.call;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import se.klossnet.events.Direction;

/** An open call as anyone may see it, e.g. on the institution's website: what it offers and how to apply. */
public record PublicCallView(UUID id, String institution, String programmeName, Direction direction, CallTitle title,
                             CallDescription description, Instant opensAt, Instant closesAt, BigDecimal budgetSek,
                             BigDecimal maxGrantSek, int minExtentPercent, int maxExtentPercent, int minMonths,
                             int maxMonths, List<StaffCategory> eligibleStaffCategories, List<Criterion> criteria) {

    static PublicCallView of(Call c, String programmeName) {
        return new PublicCallView(c.id(), c.institution(), programmeName, c.direction(),
                new CallTitle(c.titleSv(), c.titleEn()), new CallDescription(c.descriptionSv(), c.descriptionEn()),
                c.opensAt(), c.closesAt(), c.budgetSek(), c.maxGrantSek(), c.minExtentPercent(), c.maxExtentPercent(),
                c.minMonths(), c.maxMonths(), c.eligibleStaffCategories(), c.criteria());
    }
}
