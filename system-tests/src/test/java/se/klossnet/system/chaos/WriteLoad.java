package se.klossnet.system.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import se.klossnet.system.autonomy.ApplicationWrites;
import se.klossnet.system.autonomy.ApplicationWrites.Marker;
import se.klossnet.system.autonomy.ApplicationWrites.Result;
import se.klossnet.system.autonomy.ApplicationWrites.Write;

/**
 * A bounded load of writes across the nodes while processes are killed: one thread per marker (institution) submits
 * applications one after another, with a pause, until stopped or until {@code maxWrites} attempts in all. Every
 * outcome is recorded, with the application id when there is one.
 */
final class WriteLoad {

    private final ApplicationWrites writes;
    private final List<Marker> markers;
    private final int maxWrites;
    private final Duration pause;
    private final Queue<Write> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();

    WriteLoad(ApplicationWrites writes, List<Marker> markers, int maxWrites, Duration pause) {
        this.writes = writes;
        this.markers = markers;
        this.maxWrites = maxWrites;
        this.pause = pause;
    }

    void start() {
        running.set(true);
        for (Marker marker : markers) {
            threads.add(Thread.ofPlatform().name("load-" + marker.institution()).daemon().start(() -> run(marker)));
        }
    }

    private void run(Marker marker) {
        while (running.get() && attempts.incrementAndGet() <= maxWrites) {
            Write write = writes.submit(marker);
            outcomes.add(write);
            try {
                // Back off a little while a service is down, so the load does not spin on refused connections.
                Thread.sleep(write.result() == Result.ACCEPTED ? pause.toMillis() : Math.max(500, pause.toMillis()));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops the load and waits for the writes in flight (each is bounded by the client's time-outs). */
    List<Write> stop() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(90));
        }
        return List.copyOf(outcomes);
    }

    long accepted() {
        return outcomes.stream().filter(w -> w.result() == Result.ACCEPTED).count();
    }
}
