package org.newsgraph;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.jar.JarFile;

/**
 * Runs the shaded jar (system property {@code newsgraph.jar}, set by failsafe) as a child process, the way a
 * user does. The jar is copied first, so that a rebuild of target/ during the run cannot break the tests.
 * Children get the environment of this JVM without {@code NEWSGRAPH_USER} and {@code NEWSGRAPH_PASSWORD},
 * plus what a test adds.
 */
public final class NewsgraphJar {

    public static final Duration TIMEOUT = Duration.ofSeconds(120);

    private static Path jar;

    private NewsgraphJar() {
    }

    /** What a finished command did. */
    public record Result(List<String> args, int exit, String out, String err) {

        /** The non-blank lines of stderr. */
        public List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }

        public String describe() {
            return "newsgraph " + String.join(" ", args) + "\n exit " + exit + "\n stdout: "
                    + (out.length() > 2000 ? out.substring(0, 2000) + "…" : out) + "\n stderr: " + err;
        }
    }

    /** A command still running: its stderr lines arrive as they are printed. */
    public static final class Running implements AutoCloseable {
        private final Process process;
        private final List<String> args;
        private final LinkedBlockingQueue<String> pending = new LinkedBlockingQueue<>();
        private final List<String> errLines = java.util.Collections.synchronizedList(new ArrayList<>());
        private final CompletableFuture<String> out;
        private final Thread errReader;

        Running(Process process, List<String> args) {
            this.process = process;
            this.args = args;
            this.out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            this.errReader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        errLines.add(line);
                        pending.add(line);
                    }
                } catch (IOException e) {
                    // the process was killed
                }
            }, "stderr of newsgraph " + args);
            errReader.setDaemon(true);
            errReader.start();
        }

        public Process process() {
            return process;
        }

        /** Waits for a line of stderr that matches; fails the test if none comes in time or the process ends. */
        public String awaitErrLine(Predicate<String> match, Duration within) throws InterruptedException {
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline) {
                String line = pending.poll(100, TimeUnit.MILLISECONDS);
                if (line != null && match.test(line)) {
                    return line;
                }
                if (line == null && !process.isAlive() && pending.isEmpty()) {
                    errReader.join(2000);
                    if (pending.isEmpty()) {
                        fail("newsgraph " + String.join(" ", args) + " ended (exit " + process.exitValue() + ") before the awaited line; stderr: "
                                + String.join("\n", errLines));
                    }
                }
            }
            fail("newsgraph " + String.join(" ", args) + ": no awaited line on stderr in " + within + "; stderr: " + String.join("\n", errLines));
            return null;
        }

        /** Ends the process (SIGTERM, then SIGKILL) and returns what it did. */
        public Result stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
            return result();
        }

        /** Kills the process with SIGKILL, as a crash or the OOM killer would. */
        public Result kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            return result();
        }

        public Result waitFor(Duration d) throws InterruptedException {
            if (!process.waitFor(d.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                fail("newsgraph " + String.join(" ", args) + " did not finish in " + d);
            }
            return result();
        }

        private Result result() throws InterruptedException {
            errReader.join(10_000);
            String o;
            try {
                o = out.get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                o = "";
            }
            return new Result(args, process.exitValue(), o, String.join("\n", errLines) + (errLines.isEmpty() ? "" : "\n"));
        }

        @Override
        public void close() {
            if (process.isAlive()) {
                process.destroyForcibly();
                try {
                    process.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Runs a command to its end. */
    public static Result run(Path cwd, Map<String, String> env, String... args) throws InterruptedException {
        try (Running r = start(cwd, env, args)) {
            return r.waitFor(TIMEOUT);
        }
    }

    /** Starts a command and returns while it runs. */
    public static Running start(Path cwd, Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>(List.of(javaExecutable(), "-jar", jar().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().remove("NEWSGRAPH_USER");
        pb.environment().remove("NEWSGRAPH_PASSWORD");
        if (env != null) {
            pb.environment().putAll(env);
        }
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        try {
            return new Running(pb.start(), List.of(args));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the jar under test (made once), so that a rebuild of target/ during the run cannot break the tests. */
    public static synchronized Path jar() {
        if (jar == null) {
            String p = System.getProperty("newsgraph.jar");
            jar = copyJar(Path.of(p != null ? p : "target/newsgraph.jar").toAbsolutePath());
        }
        return jar;
    }

    /** Copies the jar, retrying while it is being rewritten (by a concurrent build). */
    private static Path copyJar(Path source) {
        try {
            Path dir = Files.createTempDirectory("newsgraph-jar");
            dir.toFile().deleteOnExit();
            Path copy = dir.resolve("newsgraph.jar");
            copy.toFile().deleteOnExit();
            Exception last = null;
            for (int attempt = 0; attempt < 40; attempt++) {
                try {
                    FileTime stamp = Files.getLastModifiedTime(source);
                    Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                    try (JarFile j = new JarFile(copy.toFile())) {
                        if (j.getManifest() != null && j.getManifest().getMainAttributes().getValue("Main-Class") != null
                                && j.getEntry("org/newsgraph/cli/Main.class") != null
                                && stamp.equals(Files.getLastModifiedTime(source))) {
                            return copy;
                        }
                    }
                } catch (IOException e) {
                    last = e;
                }
                Thread.sleep(500);
            }
            throw new AssertionError("no usable jar at " + source + " (run mvn package first)", last);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
