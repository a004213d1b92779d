package se.klossnet.call.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import se.klossnet.call.call.Call;
import se.klossnet.call.call.StaffCategory;
import se.klossnet.events.Direction;

/** What the eligibility rules need to know about a call at the moment of checking. */
record CallLimits(boolean open, Direction direction, Set<StaffCategory> eligibleStaffCategories,
                  int minExtentPercent, int maxExtentPercent, int minMonths, int maxMonths, BigDecimal maxGrantSek) {

    static CallLimits of(Call call, Instant now) {
        return new CallLimits(call.acceptsApplicationsAt(now), call.direction(), Set.copyOf(call.eligibleStaffCategories()),
                call.minExtentPercent(), call.maxExtentPercent(), call.minMonths(), call.maxMonths(), call.maxGrantSek());
    }
}
