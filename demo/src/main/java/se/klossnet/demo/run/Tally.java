package se.klossnet.demo.run;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** What the demo has written for one institution so far; read by the progress line and the summary. */
public final class Tally {

    /** The things counted. */
    public enum Item {
        PROGRAMMES, CALLS, APPLICATIONS, ENDORSED, DECLINED, WITHDRAWN, CONFLICTS, GRANTED, REJECTED, EXCHANGES,
        SIGNED, STARTED, COMPLETED, CANCELLED, COSTS, SURVEY_RESPONSES, OUTCOMES, ACTIVITIES, FOCUS_GROUPS
    }

    private final String institution;
    private final int plannedUnits;
    private final Map<Item, AtomicInteger> counts = new EnumMap<>(Item.class);
    private final AtomicInteger units = new AtomicInteger();
    private volatile String step = "waiting";
    private volatile String skipped;

    /**
     * @param plannedUnits the work planned, in units: one per application, and two more per granted one (its
     *                     exchange and its follow-up), so that the percentage moves evenly
     */
    public Tally(String institution, int plannedUnits) {
        this.institution = institution;
        this.plannedUnits = plannedUnits;
        for (Item item : Item.values()) {
            counts.put(item, new AtomicInteger());
        }
    }

    public String institution() {
        return institution;
    }

    public void add(Item item) {
        counts.get(item).incrementAndGet();
    }

    public int get(Item item) {
        return counts.get(item).get();
    }

    public void unitDone() {
        units.incrementAndGet();
    }

    public double fraction() {
        return plannedUnits == 0 ? 1 : Math.min(1, units.get() / (double) plannedUnits);
    }

    public void step(String step) {
        this.step = step;
    }

    public String step() {
        return step;
    }

    /** Marks the institution as left out, and why. */
    public void skipped(String reason) {
        this.skipped = reason;
        this.step = "skipped";
    }

    public String skippedReason() {
        return skipped;
    }
}
