package org.newsgraph.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The end-to-end benchmark: for each N, a synthetic corpus of N articles ({@link SyntheticCorpus}) is
 * extracted by the jar, as a user runs it ({@code java -jar newsgraph.jar extract corpus.jsonl --format
 * nquads -o out.nq}), R times; then Jena alone parses the N-Quads written, on as many threads as the
 * extraction used ({@link ParseCeiling}), in two ways: warm (in one JVM, after rounds of warm-up, the median
 * of 3 rounds) and as a process of its own timed from start to exit, as the extraction is (median of R).
 * The extraction is also timed warm ({@link WarmExtract}: in one JVM, after the same warm-up, the slower of
 * two rounds), its output checked to be the jar's byte for byte. Warming up takes as many rounds as make
 * {@value #WARM_UP_ARTICLES} articles (at least one): the JIT compiler needs about that many. Prints a
 * Markdown table of medians: articles/s, MB/s of text, triples/s, peak RSS (from {@code /usr/bin/time}),
 * and the ratios of extraction time to the parse times, cold to cold and warm to warm, and of the cold
 * extraction to the warm parse (the strictest reading).
 *
 * <pre>java -cp target/newsgraph.jar:target/test-classes org.newsgraph.bench.CorpusBench [--runs R] [--corpus DIR] N...</pre>
 */
public final class CorpusBench {

    private CorpusBench() {
    }

    record Run(double seconds, long peakRssKb) {
    }

    /** Warm-up: rounds over the corpus until this many articles have been extracted (or their quads parsed). */
    static final long WARM_UP_ARTICLES = 20_000;

    public static void main(String[] args) throws Exception {
        int runs = 3;
        Path corpus = Path.of("src/test/resources/corpus");
        Path jar = Path.of("target/newsgraph.jar");
        Path work = Path.of("target/bench");
        List<Long> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                default -> sizes.add(Long.parseLong(args[i].replace("_", "").replace(",", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000L, 10_000L, 100_000L);
        }
        Files.createDirectories(work);
        int cores = Runtime.getRuntime().availableProcessors();
        List<SyntheticCorpus.Source> sources = SyntheticCorpus.read(corpus);
        System.err.printf("corpus: %d source articles from %s; %d cores; %d runs each%n", sources.size(), corpus, cores, runs);

        List<String> rows = new ArrayList<>();
        for (long n : sizes) {
            Path jsonl = work.resolve("corpus-" + n + ".jsonl");
            SyntheticCorpus.Stats stats = SyntheticCorpus.write(sources, n, jsonl);
            Path out = work.resolve("out-" + n + ".nq");
            double[] secs = new double[runs];
            long[] rss = new long[runs];
            for (int r = 0; r < runs; r++) {
                Run run = extract(jar, jsonl, out);
                secs[r] = run.seconds();
                rss[r] = run.peakRssKb();
                System.err.printf("N=%,d run %d: %.2f s, peak RSS %,d MB%n", n, r + 1, run.seconds(), run.peakRssKb() / 1024);
            }
            Path warmOut = work.resolve("out-" + n + "-warm.nq");
            int warmUp = (int) Math.max(1, (WARM_UP_ARTICLES + n - 1) / n);
            double warm = warmExtract(jsonl, warmOut, cores, warmUp);
            System.err.printf("N=%,d warm extraction: %.2f s%n", n, warm);
            if (Files.mismatch(out, warmOut) != -1) {
                throw new IllegalStateException("the warm extraction's output differs from the jar's: " + warmOut);
            }
            Files.deleteIfExists(warmOut);
            String[] parsed = parse(out, cores, warmUp);
            double parse = Double.parseDouble(parsed[0]);
            long quads = Long.parseLong(parsed[1]);
            double[] cold = new double[runs];
            for (int r = 0; r < runs; r++) {
                cold[r] = parseCold(out, cores);
            }
            double coldParse = median(cold);
            double s = median(secs);
            rows.add(String.format(Locale.ROOT, "| %,d | %,.0f | %.2f | %,.0f | %,d | %.1f | %.2f | %.1f× | %.1f | %.2f | %.1f× | %.1f× |", n, n / s,
                    stats.chars() / 1e6 / s, quads / s, median(rss) / 1024, s, coldParse, s / coldParse, warm, parse, warm / parse, s / parse));
            Files.deleteIfExists(out);
            Files.deleteIfExists(jsonl);
        }
        System.out.println("| articles | articles/s | MB/s of text | triples/s | peak RSS (MB) | extract (s) | Jena parse, own process (s) | extract / parse, both processes | extract, warm (s) | Jena parse, warm (s) | extract / parse, both warm | extract / warm parse |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    /** One extraction, as a user runs it, timed by /usr/bin/time. */
    private static Run extract(Path jar, Path jsonl, Path out) throws IOException, InterruptedException {
        Path times = Files.createTempFile("newsgraph-bench", ".time");
        try {
            List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M", "-o", times.toString(),
                    java(), "-jar", jar.toString(), "extract", jsonl.toString(), "--format", "nquads", "-o", out.toString(), "--quiet"));
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            if (!p.waitFor(2, TimeUnit.HOURS) || p.exitValue() != 0) {
                throw new IOException("extraction failed: " + String.join(" ", cmd));
            }
            String[] f = Files.readString(times, StandardCharsets.UTF_8).strip().split("\\s+");
            return new Run(Double.parseDouble(f[f.length - 2]), Long.parseLong(f[f.length - 1]));
        } finally {
            Files.deleteIfExists(times);
        }
    }

    /** The extraction without the JVM's start and warm-up ({@link WarmExtract}), in a JVM with the options of a corpus run. */
    private static double warmExtract(Path jsonl, Path out, int threads, int warmUp) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.addAll(org.newsgraph.cli.CorpusJvm.options());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), WarmExtract.class.getName(),
                jsonl.toString(), out.toString(), String.valueOf(threads), "2", String.valueOf(warmUp)));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String outText = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            throw new IOException("warm extraction failed: " + String.join(" ", cmd));
        }
        return Double.parseDouble(outText);
    }

    /** Jena's bare parse of the N-Quads, in a JVM of its own: after warm-up rounds, median seconds of 3 rounds, and the quads. */
    private static String[] parse(Path nq, int threads, int warmUp) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(ceiling(nq, threads, 3));
        cmd.add(String.valueOf(warmUp));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String outText = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            throw new IOException("parse failed: " + String.join(" ", cmd));
        }
        return outText.split("\\s+");
    }

    /**
     * Jena's parse timed as the extraction is: a process of its own from start to exit (the JVM's start,
     * class loading and the compiler's warm-up included), one round, wall seconds.
     */
    private static double parseCold(Path nq, int threads) throws IOException, InterruptedException {
        List<String> cmd = ceiling(nq, threads, 1);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IOException("parse failed: " + String.join(" ", cmd));
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The command that runs {@link ParseCeiling} on the file, in a JVM of its own. */
    private static List<String> ceiling(Path nq, int threads, int rounds) {
        return List.of(java(), "-cp", System.getProperty("java.class.path"), ParseCeiling.class.getName(),
                nq.toString(), String.valueOf(threads), String.valueOf(rounds));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static double median(double[] xs) {
        double[] c = xs.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }

    private static long median(long[] xs) {
        long[] c = xs.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    static String classPath() {
        return System.getProperty("java.class.path").replace(File.pathSeparatorChar, ':');
    }
}
