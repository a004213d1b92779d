package se.klossnet.exchange.cost;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Booking defaults for institutions and programmes that have not set their own, and the finance integration's
 * limits. Accounts follow the BAS chart; an institution on the state's chart (S-kontoplanen) sets its own numbers
 * per programme through {@code PUT /programmes/{id}/booking-defaults}.
 */
@ConfigMapping(prefix = "kloss.finance")
public interface FinanceConfig {

    Accounts accounts();

    /** The cost centre (dimension 1 in SIE) used when neither the entry nor the programme names one. */
    @WithDefault("0")
    String defaultCostCentre();

    /** The project (dimension 6 in SIE) used when neither the entry nor the programme names one. */
    @WithDefault("KLOSS")
    String defaultProject();

    /** The most rows one import may carry. */
    @WithDefault("10000")
    int importMaxRows();

    interface Accounts {
        /** Löner till tjänstemän. */
        @WithDefault("7210")
        String salary();

        /** Resekostnader. */
        @WithDefault("5800")
        String travel();

        /** Konsultarvoden: what the host is paid. */
        @WithDefault("6550")
        String hostCompensation();

        /** Övriga externa kostnader. */
        @WithDefault("6990")
        String other();

        /** The account every exported voucher balances against: övriga upplupna kostnader. */
        @WithDefault("2990")
        String counter();
    }
}
