package org.newsgraph.ingest;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Works on article sources on several threads and hands the results back in input order. At most
 * {@code window} sources are in flight, so memory does not grow with the number of sources; the
 * calling thread only takes sources from their iterator and results from the head of the window.
 * A work function's own exception comes out of {@link #next()} as it was thrown.
 *
 * @param <T> what the work makes of one source
 */
public final class InOrder<T> implements Iterator<T>, AutoCloseable {

    /** What is done with one source, on a worker. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(long index, ArticleSource source);
    }

    /** What stands for the rest of the sources when their iterator itself fails (or rethrows). */
    @FunctionalInterface
    public interface Broken<T> {
        T apply(long index, RuntimeException e);
    }

    private final Iterator<ArticleSource> sources;
    private final Work<T> work;
    private final Broken<T> broken;
    private final int window;
    private final ExecutorService pool;
    private final ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();
    private boolean more = true;
    private long index;

    public InOrder(Iterator<ArticleSource> sources, int threads, int window, Work<T> work, Broken<T> broken) {
        if (threads < 1 || window < 1) {
            throw new IllegalArgumentException("threads and window must be at least 1, not " + threads + " and " + window);
        }
        this.sources = sources;
        this.work = work;
        this.broken = broken;
        this.window = window;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public boolean hasNext() {
        while (more && inFlight.size() < window) {
            ArticleSource source;
            try {
                more = sources.hasNext();
                if (!more) {
                    break;
                }
                source = sources.next();
            } catch (RuntimeException e) {
                more = false;
                inFlight.add(CompletableFuture.completedFuture(broken.apply(index++, e)));
                break;
            }
            long i = index++;
            inFlight.add(pool.submit(() -> work.apply(i, source)));
        }
        return !inFlight.isEmpty();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        try {
            return inFlight.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Cancels what is still in flight and stops the workers. */
    @Override
    public void close() {
        for (Future<T> f : inFlight) {
            f.cancel(true);
        }
        inFlight.clear();
        pool.shutdownNow();
    }
}
