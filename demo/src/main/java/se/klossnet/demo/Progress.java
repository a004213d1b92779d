package se.klossnet.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import se.klossnet.demo.run.Tally;
import se.klossnet.demo.run.Tally.Item;

/**
 * Prints, every few seconds, one line per institution: its step, its counts, its percentage and an estimate of the
 * time left (from the rate so far).
 */
final class Progress {

    private final Map<String, Tally> tallies;
    private final PrintStream out;
    private final Instant start;
    private final Duration every;
    private Thread thread;

    Progress(Map<String, Tally> tallies, PrintStream out, Instant start) {
        this.tallies = tallies;
        this.out = out;
        this.start = start;
        // A terminal gets frequent updates; a log (./kloss up) fewer lines.
        this.every = System.console() != null ? Duration.ofSeconds(5) : Duration.ofSeconds(15);
    }

    void start() {
        thread = Thread.ofPlatform().daemon().name("demo-progress").start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(every);
                    print();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    void stop() {
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        print();
    }

    private synchronized void print() {
        Duration elapsed = Duration.between(start, Instant.now());
        out.printf("[%s]%n", format(elapsed));
        for (Tally t : tallies.values()) {
            if (t.skippedReason() != null) {
                continue;
            }
            double f = t.fraction();
            String eta = f <= 0 ? "?" : f >= 1 ? "0s" : format(Duration.ofMillis((long) (elapsed.toMillis() * (1 - f) / f)));
            out.printf("  %-5s %3d%%  %-22s calls %3d  applications %4d  grants %3d  exchanges %3d  completed %3d  "
                            + "surveys %3d  outcomes %3d  ETA %s%n",
                    t.institution(), Math.round(f * 100), t.step(), t.get(Item.CALLS), t.get(Item.APPLICATIONS),
                    t.get(Item.GRANTED), t.get(Item.EXCHANGES), t.get(Item.COMPLETED), t.get(Item.SURVEY_RESPONSES),
                    t.get(Item.OUTCOMES), eta);
        }
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 60 ? (s / 60) + "m" + String.format("%02d", s % 60) + "s" : s + "s";
    }
}
