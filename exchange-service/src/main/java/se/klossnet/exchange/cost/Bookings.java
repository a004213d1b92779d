package se.klossnet.exchange.cost;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Where a cost is booked: what the entry says, else the programme's defaults, else the configured ones. This is
 * the rule "the defaults come from the programme".
 */
@ApplicationScoped
public class Bookings {

    /** An account (four digits, BAS or S-kontoplan), a cost centre and a project code. */
    public record Booking(String account, String costCentre, String projectCode) {
    }

    /** A programme's defaults as a client sets them. */
    public record Defaults(@NotNull @Pattern(regexp = ACCOUNT) String salaryAccount,
                           @NotNull @Pattern(regexp = ACCOUNT) String travelAccount,
                           @NotNull @Pattern(regexp = ACCOUNT) String hostCompensationAccount,
                           @NotNull @Pattern(regexp = ACCOUNT) String otherAccount,
                           @NotNull @Pattern(regexp = CODE) String costCentre,
                           @NotNull @Pattern(regexp = CODE) String projectCode,
                           Long version) {
    }

    public static final String ACCOUNT = "\\d{4}";
    public static final String CODE = "[A-Za-z0-9._-]{1,20}";

    private final BookingDefaultsRepository defaults;
    private final FinanceConfig config;

    public Bookings(BookingDefaultsRepository defaults, FinanceConfig config) {
        this.defaults = defaults;
        this.config = config;
    }

    public Booking resolve(String institution, String programmeId, CostType type, String account, String costCentre,
                           String projectCode) {
        BookingDefaults programme = defaults.findById(new BookingDefaults.Key(institution, programmeId));
        return new Booking(
                firstOf(account, programme == null ? null : programme.accountFor(type), configured(type)),
                firstOf(costCentre, programme == null ? null : programme.costCentre(), config.defaultCostCentre()),
                firstOf(projectCode, programme == null ? null : programme.projectCode(), config.defaultProject()));
    }

    public Defaults get(String institution, String programmeId) {
        BookingDefaults d = defaults.findById(new BookingDefaults.Key(institution, programmeId));
        if (d == null) {
            FinanceConfig.Accounts a = config.accounts();
            return new Defaults(a.salary(), a.travel(), a.hostCompensation(), a.other(), config.defaultCostCentre(),
                    config.defaultProject(), null);
        }
        return view(d);
    }

    /** Sets a programme's defaults; a change of existing ones needs the version read (409 when stale). */
    @Transactional
    public Defaults set(String institution, String programmeId, Defaults request) {
        BookingDefaults d = defaults.findById(new BookingDefaults.Key(institution, programmeId));
        if (d == null) {
            d = BookingDefaults.of(institution, programmeId);
            apply(d, request);
            defaults.persist(d);
        } else {
            if (request.version() == null || request.version() != d.version()) {
                throw new OptimisticLockException("booking defaults of " + programmeId + " are at version " + d.version());
            }
            apply(d, request);
        }
        defaults.flush();
        return view(d);
    }

    public String counterAccount() {
        return config.accounts().counter();
    }

    private static void apply(BookingDefaults d, Defaults r) {
        d.set(r.salaryAccount(), r.travelAccount(), r.hostCompensationAccount(), r.otherAccount(), r.costCentre(),
                r.projectCode());
    }

    private static Defaults view(BookingDefaults d) {
        return new Defaults(d.salaryAccount(), d.travelAccount(), d.hostCompensationAccount(), d.otherAccount(),
                d.costCentre(), d.projectCode(), d.version());
    }

    private String configured(CostType type) {
        FinanceConfig.Accounts a = config.accounts();
        return switch (type) {
            case SALARY -> a.salary();
            case TRAVEL -> a.travel();
            case HOST_COMPENSATION -> a.hostCompensation();
            case OTHER -> a.other();
        };
    }

    private static String firstOf(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.strip();
            }
        }
        throw new IllegalStateException("no booking value configured");
    }
}
