package org.newsgraph.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps corpus runs within a fixed memory budget. The JVM's default heap is a quarter of the
 * machine's memory, and its collector grows the heap towards that under the allocation rate of a long
 * run, although newsgraph's live data stays small: on a 16 GB machine a run of 100,000 articles would
 * take over 1 GB of memory for nothing. So when {@code extract} is started without a
 * heap setting of the user's ({@code -Xmx}, {@code -XX:MaxRAM…}), newsgraph runs itself again as a
 * child JVM with {@value #HEAP} of heap, the parallel collector ({@value #GC}), less inlining by the
 * JIT compiler ({@link #JIT}) and, for a short run, no optimising compiler at all ({@link #SHORT_RUN}), and
 * passes on its exit code. A heap setting given on the
 * {@code java} command line (or in {@code JDK_JAVA_OPTIONS}) always wins.
 */
final class BoundedHeap {

    static final String HEAP = "-Xmx512m";
    /**
     * For a corpus (a directory, JSON Lines, stdin or many files), the whole heap is taken and touched at
     * start-up, so the process's resident memory is the same whatever the number of articles (about 630 MB)
     * instead of growing with the run as the collector spreads over the heap. One article or a few files
     * start small (about 140 MB) and never reach it.
     */
    static final List<String> CORPUS_HEAP = List.of("-Xms512m", "-XX:+AlwaysPreTouch");
    /** A throughput collector: a corpus run is a batch job; about 10% faster than G1 here (the README's benchmark). */
    static final String GC = "-XX:+UseParallelGC";
    /**
     * Less inlining by the JIT compiler. newsgraph's hot code is many mid-sized methods; with the
     * defaults, C2 spends a third of a 30,000-article run's CPU compiling them (23 s, -XX:+CITime),
     * on a 2-core machine the time the workers need. With these limits it compiles for 7 s and the
     * run is about 20% faster (the README's benchmark), the compiled code barely slower.
     */
    static final List<String> JIT = List.of("-XX:InlineSmallCode=500", "-XX:MaxInlineSize=20", "-XX:FreqInlineSize=50");
    /**
     * Fewer articles than this, and the run is over before the optimising compiler (C2) pays for its work: the
     * child compiles with C1 only ({@value #C1_ONLY}). C2 takes about 9 s of CPU to compile newsgraph's hot
     * code whatever the corpus size, on 2 cores the workers' time, and its code is faster only once it is
     * there. Measured here (2 cores, wall time of the child JVM, C1 only against both compilers): one article 0.77 against
     * 1.00 s, 1,000 articles 2.9 against 4.7 s, 2,000 4.3 against 6.5 s, 5,000 8.5 against 10.2 s, 7,500 11.0
     * against 12.0 s, 10,000 even (about 14 s); at 100,000 C2's faster code wins.
     */
    static final int SHORT_RUN = 8_000;
    static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    private static final String CHILD = "newsgraph.boundedHeap";
    private static final Set<String> CORPUS_COMMANDS = Set.of("extract");

    private BoundedHeap() {
    }

    /** Runs the command in a child JVM with a bounded heap if it should; null if it runs here. */
    static Integer runBounded(String[] args) {
        if (!needed(args)) {
            return null;
        }
        String jar = System.getProperty("java.class.path", "");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add(HEAP);
        if (corpus(args)) {
            cmd.addAll(CORPUS_HEAP);
        }
        cmd.add(GC);
        cmd.addAll(JIT);
        if (shortRun(args)) {
            cmd.add(C1_ONLY);
        }
        cmd.add("-D" + CHILD + "=true");
        cmd.add("-cp");
        cmd.add(jar);
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        try {
            Process child = new ProcessBuilder(cmd).inheritIO().start();
            Thread reaper = new Thread(child::destroy, "newsgraph-child-reaper");
            Runtime.getRuntime().addShutdownHook(reaper);
            int code = child.waitFor();
            try {
                Runtime.getRuntime().removeShutdownHook(reaper);
            } catch (IllegalStateException e) {
                // shutting down already
            }
            return code;
        } catch (java.io.IOException e) {
            return null; // cannot start a child: run here, with the default heap
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.INTERNAL_ERROR;
        }
    }

    /**
     * In the child: if the parent goes away without passing on a signal (killed with SIGKILL), the
     * child stops too, at once and without finishing its output, as the parent would have.
     */
    static void followParent() {
        if (Boolean.getBoolean(CHILD)) {
            ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(137)));
        }
    }

    /** The options of {@code extract} that take a value (BoundedHeapTest checks this against the command's own). */
    static final Set<String> OPTIONS_WITH_VALUES = Set.of("-o", "--output", "--format", "--threads", "--date", "--base", "--rules", "--gazetteer");

    /**
     * The inputs among {@code extract}'s arguments: the arguments that are neither options nor their values (the
     * output file, perhaps left by an earlier run, is a value). Null if it cannot tell: an {@code @FILE} of
     * arguments, which picocli expands.
     */
    static List<String> inputs(String[] args) {
        List<String> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (OPTIONS_WITH_VALUES.contains(a)) {
                i++;
            } else if (a.startsWith("@")) {
                return null;
            } else if (a.equals("-") || !a.startsWith("-")) {
                inputs.add(a);
            }
        }
        return inputs;
    }

    /** A corpus run: a directory, JSON Lines, standard input, or ten files or more among the inputs (or inputs it cannot tell). */
    static boolean corpus(String[] args) {
        List<String> inputs = inputs(args);
        if (inputs == null) {
            return true;
        }
        int files = 0;
        for (String a : inputs) {
            String lower = a.toLowerCase(Locale.ROOT);
            if (a.equals("-") || lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz")) {
                return true;
            }
            try {
                Path p = Path.of(a);
                if (Files.isDirectory(p)) {
                    return true;
                }
                if (Files.isRegularFile(p) && ++files >= 10) {
                    return true;
                }
            } catch (java.nio.file.InvalidPathException e) {
                // no file: extract will say so
            }
        }
        return false;
    }

    /**
     * A run of fewer than {@link #SHORT_RUN} articles: its inputs listed as {@code extract} lists them (files
     * and directories by their names, JSON Lines records by their lines, which are not parsed), up to that
     * number; the sample article when there is no input. Standard input, whose length is unknown before it is
     * read, inputs it cannot tell or list, and a missing input (extract will say so) count as a long run.
     */
    static boolean shortRun(String[] args) {
        List<String> inputs = inputs(args);
        if (inputs == null || inputs.contains("-")) {
            return false;
        }
        if (inputs.isEmpty()) {
            return true;
        }
        try {
            long n = 0;
            for (org.newsgraph.ingest.ArticleSource ignored : org.newsgraph.ingest.Inputs.of(inputs, null, java.io.InputStream.nullInputStream())) {
                if (++n >= SHORT_RUN) {
                    return false;
                }
            }
            return true;
        } catch (org.newsgraph.ingest.InputException | RuntimeException e) {
            return false;
        }
    }

    static boolean needed(String[] args) {
        if (Boolean.getBoolean(CHILD) || args.length == 0 || !CORPUS_COMMANDS.contains(args[0])) {
            return false;
        }
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                return false;
            }
        }
        if (Runtime.getRuntime().maxMemory() <= 1L << 30) {
            return false; // the default heap is small already (a small machine or container)
        }
        String jar = System.getProperty("java.class.path", "");
        if (!jar.endsWith(".jar") || jar.contains(java.io.File.pathSeparator) || !Files.isRegularFile(Path.of(jar))) {
            return false; // not run as `java -jar newsgraph.jar` (tests, embedding): leave the JVM alone
        }
        for (String opt : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            String o = opt.toLowerCase(Locale.ROOT);
            if (o.startsWith("-xmx") || o.startsWith("-xx:maxheapsize") || o.startsWith("-xx:maxram")) {
                return false;
            }
        }
        return true;
    }
}
