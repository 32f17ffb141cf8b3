package org.haian.strata.demo;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One terminal line redrawn with {@code \r}: the stage, a bar, steps done of all planned, the rate and the time left.
 * A step is one planned command; a record found already loaded counts its steps as done without sending them.
 */
final class Progress implements AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final long total;
    private final long started = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final ScheduledExecutorService redraw = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "progress");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String stage = "";

    Progress(PrintStream out, long total) {
        this.out = out;
        this.total = total;
        redraw.scheduleAtFixedRate(this::draw, 0, 250, TimeUnit.MILLISECONDS);
    }

    void stage(String name) {
        stage = name;
    }

    void sent() {
        done.incrementAndGet();
    }

    /** Steps that were not sent because what they make exists already. */
    void skipped(long steps) {
        done.addAndGet(steps);
        skipped.addAndGet(steps);
    }

    long skipped() {
        return skipped.get();
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private synchronized void draw() {
        long now = done.get();
        double seconds = seconds();
        double rate = (now - skipped.get()) / Math.max(seconds, 0.001);
        int filled = (int) (WIDTH * Math.min(1.0, (double) now / Math.max(total, 1)));
        long left = rate > 0 ? (long) ((total - now) / rate) : -1;
        out.printf("\r%-22s [%s%s] %,d/%,d %5.1f/s %s left   ", stage, "#".repeat(filled), ".".repeat(WIDTH - filled),
                now, total, rate, left < 0 ? "--:--" : String.format("%d:%02d", left / 60, left % 60));
        out.flush();
    }

    @Override
    public void close() {
        redraw.shutdownNow();
        draw();
        out.println();
    }
}
