package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 random byte strings (a fixed seed) as .txt, .htm, .html, .jsonl files and gzipped ones, and some
 * on stdin, through {@link Inputs} and {@link ArticleSource#read()}: each gives an article or an
 * {@link InputException}, never another exception, and the whole run ends in bounded time.
 */
class InputsFuzzTest {

    private static final long SEED = 20_241_128L;
    private static final int STRINGS = 10_000;
    private static final int PER_DIRECTORY = 500;
    private static final String[] EXTENSIONS = {".txt", ".html", ".jsonl", ".htm", ".txt.gz", ".html.gz", ".jsonl.gz", ".htm.gz"};

    /** Pieces of HTML, JSON and text that random strings are built of. */
    private static final String[] TOKENS = {"<div>", "</div>", "<p>", "</p>", "<article>", "<b>", "<table><tr><td>", "<svg><g>",
        "<math>", "<template>", "<![CDATA[", "<!--", "-->", "<script type=\"application/ld+json\">", "</script>", "<style>",
        "<meta property=\"og:title\" content=\"", "<meta property=\"article:published_time\" content=\"2024-06-20T", "<time datetime=\"",
        "<link rel=canonical href=\"", "\">", ">", "<", "&amp;", "&#x0;", "&#xFFFF;", "&nbsp;", "{", "}", "[", "]", ",", ":", "\"",
        "{\"text\": \"", "{\"html\": \"", "\"published\": \"", "\"@graph\": [", "\"@type\": \"NewsArticle\"", "\\u0000", "\\ud800",
        "\\\"", "\\n", "\n", "\r\n", " ", "\t", "null", "true", "42", "-1e999", "Mark Rutte", "prime minister", "é", "\u2028", "\uFEFF",
        "😀", "\u0000"};

    @TempDir
    Path dir;

    @Test
    void randomBytesGiveArticlesOrInputErrorsOnly() {
        assertTimeoutPreemptively(Duration.ofMinutes(10), () -> {
            Random random = new Random(SEED);
            List<byte[]> seeds = List.of(Fixtures.bytes(Fixtures.NEWS_PAGE), Fixtures.bytes(Fixtures.BARE_PAGE),
                    Fixtures.bytes(Fixtures.FEED), Fixtures.utf8(Fixtures.TEXT));
            int articles = 0;
            int errors = 0;
            for (int from = 0; from < STRINGS; from += PER_DIRECTORY) {
                Path batch = dir.resolve("batch-" + from);
                Set<String> files = new HashSet<>();
                for (int i = from; i < from + PER_DIRECTORY; i++) {
                    byte[] bytes = randomBytes(random, seeds);
                    String ext = EXTENSIONS[i % EXTENSIONS.length];
                    if (ext.endsWith(".gz") && random.nextInt(4) > 0) {
                        bytes = Fixtures.gzip(bytes);   // mostly valid gzip of random content, else random bytes named .gz
                    }
                    Path f = Fixtures.write(batch.resolve(String.format("s%05d%s", i, ext)), bytes);
                    files.add(f.toString());
                    if (i % 25 == 0) {
                        int[] counts = readAll(List.of("-"), new ByteArrayInputStream(bytes), "string " + i + " on stdin");
                        articles += counts[0];
                        errors += counts[1];
                    }
                }
                Set<String> seen = new HashSet<>();
                int[] counts = readAll(List.of(batch.toString()), Fixtures.NO_STDIN, null, seen);
                articles += counts[0];
                errors += counts[1];
                assertEquals(files, seen, "not every file of " + batch + " was read");
            }
            System.out.printf("fuzz: %d random strings gave %d articles and %d input errors%n", STRINGS, articles, errors);
            assertTrue(articles > 500 && errors > 500, articles + " articles, " + errors + " errors: the strings are not varied enough");
        });
    }

    private static int[] readAll(List<String> args, java.io.InputStream stdin, String what) {
        return readAll(args, stdin, what, new HashSet<>());
    }

    /** Reads every source; counts articles and input errors; fails on anything else. */
    private static int[] readAll(List<String> args, java.io.InputStream stdin, String what, Set<String> files) {
        int[] counts = new int[2];
        Inputs inputs;
        try {
            inputs = Inputs.of(args, LocalDate.of(2024, 6, 20), stdin, new ArticleReader(256 * 1024));
        } catch (InputException e) {
            fail("the inputs " + args + " were refused: " + e.getMessage());
            return counts;
        }
        for (ArticleSource s : inputs) {
            int colon = s.name().lastIndexOf(':');
            files.add(colon > 0 && s.name().substring(colon + 1).matches("\\d+") ? s.name().substring(0, colon) : s.name());
            try {
                Article a = s.read();
                assertTrue(a != null && !a.text().isBlank(), s.name());
                counts[0]++;
            } catch (InputException e) {
                String m = e.getMessage();
                assertTrue(m.startsWith(s.name() + ": ") && !m.contains("\n"), () -> "a bad message for " + s.name() + ": " + m);
                counts[1]++;
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError((what == null ? s.name() : what) + ": " + e, e);
            }
        }
        return counts;
    }

    /** Pure random bytes, random pieces of HTML and JSON, or a valid input with random damage. */
    private static byte[] randomBytes(Random r, List<byte[]> seeds) {
        int kind = r.nextInt(10);
        if (kind < 3) {
            byte[] b = new byte[r.nextInt(2048)];
            r.nextBytes(b);
            return b;
        }
        if (kind < 6) {
            StringBuilder s = new StringBuilder();
            int n = r.nextInt(300);
            for (int i = 0; i < n; i++) {
                s.append(TOKENS[r.nextInt(TOKENS.length)]);
            }
            return Fixtures.utf8(s.toString());
        }
        byte[] b = seeds.get(r.nextInt(seeds.size()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(b);
        int mutations = 1 + r.nextInt(10);
        for (int m = 0; m < mutations; m++) {
            byte[] cur = out.toByteArray();
            out.reset();
            if (cur.length == 0) {
                break;
            }
            int at = r.nextInt(cur.length);
            switch (r.nextInt(5)) {
                case 0 -> {   // flip a byte
                    cur[at] = (byte) r.nextInt(256);
                    out.writeBytes(cur);
                }
                case 1 -> {   // insert random bytes
                    byte[] ins = new byte[1 + r.nextInt(16)];
                    r.nextBytes(ins);
                    out.write(cur, 0, at);
                    out.writeBytes(ins);
                    out.write(cur, at, cur.length - at);
                }
                case 2 -> {   // delete a range
                    int len = Math.min(cur.length - at, 1 + r.nextInt(200));
                    out.write(cur, 0, at);
                    out.write(cur, at + len, cur.length - at - len);
                }
                case 3 -> out.write(cur, 0, at);   // truncate
                default -> {   // duplicate a range
                    int len = Math.min(cur.length - at, 1 + r.nextInt(500));
                    out.write(cur, 0, at + len);
                    out.write(cur, at, cur.length - at);
                }
            }
        }
        return out.toByteArray();
    }
}
