package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A progress line on stderr for long runs (articles done, failures, articles/s, ETA when the total is
 * known), redrawn twice a second, only when stderr is a terminal: pipes and CI logs get the final
 * summary line alone.
 */
final class Progress implements AutoCloseable {

    private final PrintStream err;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final long started = System.nanoTime();
    private final LongSupplier total;
    private final Thread ticker;
    private volatile boolean drawn;

    private Progress(PrintStream err, LongSupplier total, boolean show) {
        this.err = err;
        this.total = total;
        if (show) {
            ticker = new Thread(this::tick, "newsgraph-progress");
            ticker.setDaemon(true);
            ticker.start();
        } else {
            ticker = null;
        }
    }

    /**
     * Progress on stderr, shown only if it is a terminal and not {@code quiet}.
     *
     * @param total the number of articles if known (else a negative number), asked at every redraw
     */
    static Progress start(boolean quiet, LongSupplier total) {
        return new Progress(System.err, total, !quiet && stderrIsTerminal());
    }

    void article(boolean ok) {
        done.incrementAndGet();
        if (!ok) {
            failed.incrementAndGet();
        }
    }

    /** Erases the progress line before other output goes to stderr. */
    synchronized void clear() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }

    /** Prints a line on stderr without tearing the progress line. */
    synchronized void println(String line) {
        clear();
        err.println(line);
    }

    private void tick() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(500);
                draw();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void draw() {
        double secs = (System.nanoTime() - started) / 1e9;
        long n = done.get();
        double rate = secs > 0 ? n / secs : 0;
        StringBuilder b = new StringBuilder("\r\033[Knewsgraph: ").append(String.format("%,d", n));
        long all = total.getAsLong();
        if (all > 0) {
            b.append(String.format(" of %,d", all));
        }
        b.append(" articles");
        if (failed.get() > 0) {
            b.append(String.format(" (%,d failed)", failed.get()));
        }
        b.append(String.format(", %,.0f articles/s", rate));
        if (all > n && rate > 0) {
            b.append(", ETA ").append(duration((all - n) / rate));
        }
        err.print(b);
        err.flush();
        drawn = true;
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format("%d min %02d s", s / 60, s % 60);
        }
        return String.format("%d h %02d min", s / 3600, (s % 3600) / 60);
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.interrupt();
            try {
                ticker.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        clear();
    }

    /** Is stderr a terminal? On Linux, where file descriptor 2 points; elsewhere, whether there is a console. */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // fall through
        }
        return System.console() != null;
    }
}
