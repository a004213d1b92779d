package se.klossnet.exchange.finance;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.klossnet.exchange.access.InstitutionProfiles;
import se.klossnet.exchange.cost.Bookings;
import se.klossnet.exchange.cost.CostEntry;
import se.klossnet.exchange.cost.CostEntryRepository;
import se.klossnet.exchange.exchange.ExchangeClock;
import se.klossnet.platform.problem.ValidationFailed;

/**
 * The institution's exchange costs of a period as an SIE 4I file: one voucher per cost entry, debiting the cost's
 * account on its cost centre and project, and crediting the counter account. Vouchers carry no names or salaries,
 * only the exchange id and the type of cost.
 */
@ApplicationScoped
public class SieExport {

    /** The file and the name to save it under. */
    public record File(byte[] bytes, String fileName, int vouchers) {
    }

    private static final Map<String, String> BAS_NAMES = Map.of(
            "7210", "Löner till tjänstemän",
            "5800", "Resekostnader",
            "6550", "Konsultarvoden",
            "6990", "Övriga externa kostnader",
            "2990", "Övriga upplupna kostnader och förutbetalda intäkter");

    private final CostEntryRepository costs;
    private final Bookings bookings;
    private final InstitutionProfiles profiles;
    private final ExchangeClock clock;
    private final String programVersion;
    private final SieVoucherWriter writer = new SieVoucherWriter();

    public SieExport(CostEntryRepository costs, Bookings bookings, InstitutionProfiles profiles, ExchangeClock clock,
                     @ConfigProperty(name = "quarkus.application.version", defaultValue = "0") String programVersion) {
        this.costs = costs;
        this.bookings = bookings;
        this.profiles = profiles;
        this.clock = clock;
        this.programVersion = programVersion;
    }

    public File export(String institution, LocalDate from, LocalDate to, String generatedBy) {
        if (to.isBefore(from)) {
            throw new ValidationFailed("to", "must not be before from");
        }
        List<CostEntry> entries = costs.inPeriod(institution, from, to);
        String counter = bookings.counterAccount();
        TreeSet<String> accounts = new TreeSet<>();
        TreeSet<String> costCentres = new TreeSet<>();
        TreeSet<String> projects = new TreeSet<>();
        List<SieVoucherWriter.Voucher> vouchers = new ArrayList<>();
        int number = 1;
        for (CostEntry e : entries) {
            accounts.add(e.account());
            accounts.add(counter);
            costCentres.add(e.costCentre());
            projects.add(e.projectCode());
            Map<Integer, String> objects = new TreeMap<>(Map.of(SieVoucherWriter.COST_CENTRE, e.costCentre(),
                    SieVoucherWriter.PROJECT, e.projectCode()));
            vouchers.add(new SieVoucherWriter.Voucher("K", number++, e.bookedOn(), voucherText(e), List.of(
                    new SieVoucherWriter.Transaction(e.account(), objects, e.amountSek()),
                    new SieVoucherWriter.Transaction(counter, Map.of(), e.amountSek().negate()))));
        }
        List<SieVoucherWriter.DimensionObject> objects = new ArrayList<>();
        costCentres.forEach(c -> objects.add(new SieVoucherWriter.DimensionObject(SieVoucherWriter.COST_CENTRE, c, c)));
        projects.forEach(p -> objects.add(new SieVoucherWriter.DimensionObject(SieVoucherWriter.PROJECT, p, p)));
        SieVoucherWriter.Document document = new SieVoucherWriter.Document(
                new SieVoucherWriter.Header("KLOSS-Net exchange-service", programVersion, clock.today(), generatedBy,
                        profiles.nameOf(institution), profiles.organisationNumberOf(institution).orElse(null),
                        "Exchange costs booked " + from + " to " + to),
                List.of(new SieVoucherWriter.Dimension(SieVoucherWriter.COST_CENTRE, "Kostnadsställe"),
                        new SieVoucherWriter.Dimension(SieVoucherWriter.PROJECT, "Projekt")),
                objects,
                accounts.stream().map(a -> new SieVoucherWriter.Account(a, BAS_NAMES.getOrDefault(a, "Konto " + a)))
                        .toList(),
                vouchers);
        String fileName = "kloss-" + institution + "-" + from.toString().replace("-", "") + "-"
                + to.toString().replace("-", "") + ".se";
        return new File(writer.write(document), fileName, vouchers.size());
    }

    private static String voucherText(CostEntry e) {
        return "KLOSS " + e.type() + " exchange " + e.exchangeId()
                + (e.externalRef() == null ? "" : " ref " + e.externalRef());
    }
}
