package se.klossnet.exchange.hr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import se.klossnet.platform.api.Page;
import se.klossnet.platform.scope.InstitutionScope;

/** HR's side of the queue: polling notices, retrying dead ones by hand, and confirming. */
@ApplicationScoped
public class HrNotices {

    private final HrNoticeRepository notices;
    private final ObjectMapper json;
    private final Clock clock;

    public HrNotices(HrNoticeRepository notices, ObjectMapper json, Clock clock) {
        this.notices = notices;
        this.json = json;
        this.clock = clock;
    }

    public Page<HrNoticeView> search(String institution, HrNotice.Status status, String kind, UUID exchangeId,
                                     int page, int size) {
        var query = notices.search(institution, status, kind, exchangeId).page(page, size);
        return new Page<>(query.list().stream().map(this::view).toList(), page, size, query.count());
    }

    public HrNoticeView get(String institution, UUID id) {
        return view(find(institution, id));
    }

    @Transactional
    public HrNoticeView retry(String institution, UUID id) {
        HrNotice notice = find(institution, id);
        notice.retryByHand(clock.instant());
        notices.flush();
        return view(notice);
    }

    @Transactional
    public HrNoticeView confirm(String institution, UUID id, String by) {
        HrNotice notice = find(institution, id);
        notice.confirm(by, clock.instant());
        notices.flush();
        return view(notice);
    }

    private HrNotice find(String institution, UUID id) {
        return InstitutionScope.requireOwn(notices.findById(id), institution, "HR notice", id);
    }

    private HrNoticeView view(HrNotice n) {
        try {
            return new HrNoticeView(n.id(), n.exchangeId(), n.kind(), n.status(), n.attempts(), n.nextAttemptAt(),
                    n.lastError(), n.createdAt(), n.deliveredAt(), n.confirmedAt(), n.confirmedBy(),
                    json.readTree(n.payload()), n.version());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored HR notice " + n.id() + " is not JSON", e);
        }
    }
}
