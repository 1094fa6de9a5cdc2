package org.newsgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * The ceiling the benchmark compares extraction with: how long Jena alone takes to parse an N-Quads
 * file, on T threads (the file cut into T pieces at line ends), counting the quads and keeping
 * nothing. After W rounds of warm-up (default none), prints the median of R rounds in seconds, and the quads.
 * It runs with the JVM's default options (heap, collector, compilers), Jena's own best.
 *
 * <pre>java -cp target/newsgraph.jar:target/test-classes org.newsgraph.bench.ParseCeiling FILE.nq THREADS ROUNDS [W]</pre>
 */
public final class ParseCeiling {

    private ParseCeiling() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        double[] secs = new double[rounds];
        long quads = 0;
        for (int r = -warmUp; r < rounds; r++) {
            long t0 = System.nanoTime();
            quads = parse(file, threads);
            if (r >= 0) {
                secs[r] = (System.nanoTime() - t0) / 1e9;
            }
        }
        Arrays.sort(secs);
        System.out.printf("%.3f %d%n", secs[rounds / 2], quads);
    }

    /** Parses the file on {@code threads} threads; returns the number of quads. */
    static long parse(Path file, int threads) throws Exception {
        long[] cuts = cuts(file, threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> parts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                long from = cuts[i];
                long to = cuts[i + 1];
                parts.add(pool.submit(() -> parseRange(file, from, to)));
            }
            long n = 0;
            for (Future<Long> f : parts) {
                n += f.get();
            }
            return n;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long parseRange(Path file, long from, long to) throws IOException {
        AtomicLong n = new AtomicLong();
        try (FileChannel ch = FileChannel.open(file)) {
            ch.position(from);
            InputStream in = new java.io.BufferedInputStream(limited(Channels.newInputStream(ch), to - from), 1 << 16);
            RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    n.incrementAndGet();
                }

                @Override
                public void quad(Quad q) {
                    n.incrementAndGet();
                }
            });
        }
        return n.get();
    }

    /** Byte offsets that cut the file into pieces of about equal size, each at a line start. */
    private static long[] cuts(Path file, int pieces) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long size = f.length();
            long[] cuts = new long[pieces + 1];
            cuts[pieces] = size;
            for (int i = 1; i < pieces; i++) {
                long at = Math.max(cuts[i - 1], size * i / pieces);
                f.seek(at);
                while (at < size && f.read() != '\n') {
                    at++;
                }
                cuts[i] = Math.min(size, at + 1);
            }
            return cuts;
        }
    }

    private static InputStream limited(InputStream in, long limit) {
        return new java.io.FilterInputStream(in) {
            private long left = limit;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = super.read();
                if (b >= 0) {
                    left--;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int r = super.read(b, off, (int) Math.min(len, left));
                if (r > 0) {
                    left -= r;
                }
                return r;
            }
        };
    }
}
