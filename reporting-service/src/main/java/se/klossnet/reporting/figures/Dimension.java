package se.klossnet.reporting.figures;

import java.util.Arrays;
import java.util.Optional;

/** What figures can be broken down by (group-by) and, for most, filtered on. */
public enum Dimension {
    INSTITUTION("institution", "Lärosäte", "Institution"),
    /** The region (län) of the institution's seat, from the register. */
    REGION("region", "Län", "Region"),
    YEAR("year", "År", "Year"),
    QUARTER("quarter", "Kvartal", "Quarter"),
    DIRECTION("direction", "Riktning", "Direction"),
    HOST_SECTOR("hostSector", "Mottagarsektor", "Host sector"),
    /** The host organisation's region (län code, or a foreign region). */
    HOST_REGION("hostRegion", "Mottagarens region", "Host region"),
    PROGRAMME("programme", "Program", "Programme"),
    FUNDING_SOURCE("fundingSource", "Finansiering", "Funding source"),
    THEME("theme", "Tema", "Theme"),
    OUTCOME_TYPE("outcomeType", "Resultattyp", "Outcome type"),
    OUTCOME_SIDE("outcomeSide", "Sida", "Side"),
    QUESTION("question", "Fråga", "Question"),
    RESPONDENT_ROLE("respondentRole", "Svarande", "Respondent");

    private final String key;
    private final String sv;
    private final String en;

    Dimension(String key, String sv, String en) {
        this.key = key;
        this.sv = sv;
        this.en = en;
    }

    public String key() {
        return key;
    }

    public String sv() {
        return sv;
    }

    public String en() {
        return en;
    }

    public static Optional<Dimension> byKey(String key) {
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
    }
}
