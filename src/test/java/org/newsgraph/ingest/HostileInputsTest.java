package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Fixtures.Outcome;

/**
 * Hostile inputs: each is reported cleanly, in one line naming where, and the batch goes on with the next
 * article; nothing crashes, hangs or gives part of an article.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputsTest {

    private static final String AFTER = "Estonian prime minister Kaja Kallas said she backs Mark Rutte.";

    @TempDir
    Path dir;

    /** A good article after the hostile ones (z sorts last). */
    private Path after() {
        return Fixtures.write(dir.resolve("zz-after.txt"), AFTER);
    }

    private static void assertGoodLast(List<Outcome> out) {
        Outcome last = out.get(out.size() - 1);
        assertTrue(last.ok() && last.article().text().equals(AFTER), () -> "the article after the hostile ones: " + out);
    }

    private static void assertError(Outcome o, String name, String fragment) {
        assertFalse(o.ok(), () -> "read: " + o);
        assertEquals(name, o.name());
        assertTrue(o.error().startsWith(name + ": "), () -> "the error does not start with its place: " + o.error());
        assertTrue(o.error().contains(fragment), () -> "expected '" + fragment + "' in: " + o.error());
        assertFalse(o.error().contains("\n"), () -> "not one line: " + o.error());
    }

    private List<Outcome> readDir(ArticleReader reader) throws InputException {
        return Fixtures.readAll(List.of(dir.toString()), null, Fixtures.NO_STDIN, reader);
    }

    // ------------------------------------------------------------------ gzip

    @Test
    void truncatedGzipJsonLinesKeepsTheWholeRecordsBeforeTheCut() throws InputException {
        Random random = new Random(5);
        List<String> texts = new ArrayList<>();
        StringBuilder feed = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            String text = "Record " + i + " says " + Long.toHexString(random.nextLong()) + " and " + Long.toHexString(random.nextLong()) + ".";
            texts.add(text);
            feed.append("{\"id\": \"r").append(i).append("\", \"text\": \"").append(text).append("\"}\n");
        }
        byte[] gz = Fixtures.gzip(Fixtures.utf8(feed.toString()));
        Path file = Fixtures.write(dir.resolve("feed.jsonl.gz"), Arrays.copyOf(gz, gz.length / 2));
        after();
        List<Outcome> out = readDir(new ArticleReader());
        int good = out.size() - 2;
        assertTrue(good > 100 && good < 3000, out.size() + " sources");
        for (int i = 0; i < good; i++) {
            assertEquals(file + ":" + (i + 1), out.get(i).name());
            assertEquals(texts.get(i), out.get(i).article().text(), "a record before the cut is whole");
        }
        assertError(out.get(good), file + ":" + (good + 1), "truncated gzip stream; the rest of the file is skipped");
        assertGoodLast(out);
    }

    @Test
    void truncatedCorruptAndFakeGzipFiles() throws InputException {
        byte[] gz = Fixtures.gzip(Fixtures.utf8(Fixtures.TEXT.repeat(50)));
        Path truncated = Fixtures.write(dir.resolve("a-truncated.txt.gz"), Arrays.copyOf(gz, gz.length - 12));
        byte[] corrupt = gz.clone();
        corrupt[gz.length - 6] ^= 0x55;   // the CRC and length trailer
        Path bad = Fixtures.write(dir.resolve("b-corrupt.html.gz"), corrupt);
        Path fake = Fixtures.write(dir.resolve("c-fake.jsonl.gz"), "{\"text\": \"not gzipped\"}\n");
        Path empty = Fixtures.write(dir.resolve("d-empty.txt.gz"), new byte[0]);
        after();
        List<Outcome> out = readDir(new ArticleReader());
        assertEquals(5, out.size(), out::toString);
        assertError(out.get(0), truncated.toString(), "truncated gzip stream");
        assertError(out.get(1), bad.toString(), "corrupt gzip data");
        assertError(out.get(2), fake.toString(), "not gzip data");
        assertError(out.get(3), empty.toString(), "truncated gzip stream");
        assertGoodLast(out);
    }

    @Test
    void aGzipBombStopsAtTheArticleLimit() throws InputException {
        byte[] huge = new byte[40 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        Path bomb = Fixtures.write(dir.resolve("bomb.txt.gz"), Fixtures.gzip(huge));
        after();
        List<Outcome> out = readDir(new ArticleReader());
        assertError(out.get(0), bomb.toString(), "too large for one article (more than 8.0 MB uncompressed, the limit)");
        assertGoodLast(out);
    }

    // ------------------------------------------------------------------ encodings

    @Test
    void invalidUtf8InEveryFormat() throws InputException {
        byte[] bad = {'M', 'r', ' ', (byte) 0xC3, 0x28, ' ', 'R', 'u', 't', 't', 'e', '.'};
        Path txt = Fixtures.write(dir.resolve("a.txt"), bad);
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        html.writeBytes(Fixtures.utf8("<p>"));
        html.writeBytes(bad);
        Path page = Fixtures.write(dir.resolve("b.html"), html.toByteArray());
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        jsonl.writeBytes(Fixtures.utf8("{\"text\": \"Good.\"}\n{\"text\": \""));
        jsonl.writeBytes(bad);
        jsonl.writeBytes(Fixtures.utf8("\"}\n{\"text\": \"Also good.\"}\n"));
        Path feed = Fixtures.write(dir.resolve("c.jsonl"), jsonl.toByteArray());
        Path gz = Fixtures.write(dir.resolve("d.txt.gz"), Fixtures.gzip(bad));
        Path nul = Fixtures.write(dir.resolve("e.html"), new byte[] {'<', 'p', '>', 'x', 0, 'y'});
        after();
        List<Outcome> out = readDir(new ArticleReader());
        assertEquals(8, out.size(), out::toString);
        assertError(out.get(0), txt.toString(), "not valid UTF-8");
        assertError(out.get(1), page.toString(), "not valid UTF-8");
        assertTrue(out.get(2).ok());
        assertError(out.get(3), feed + ":2", "not valid UTF-8");
        assertEquals("Also good.", out.get(4).article().text());
        assertError(out.get(5), gz.toString(), "not valid UTF-8");
        assertError(out.get(6), nul.toString(), "binary data");
        assertGoodLast(out);
    }

    // ------------------------------------------------------------------ long lines

    @Test
    void aOneMegabyteLineIsReadWhenUnderTheLimit() throws InputException {
        String mb = "Mark Rutte said so. ".repeat(1024 * 1024 / 20);
        Fixtures.write(dir.resolve("a.jsonl"), "{\"text\": \"" + mb + "\"}\n{\"text\": \"Second.\"}\n");
        Fixtures.write(dir.resolve("b.txt"), mb);
        Fixtures.write(dir.resolve("c.html"), "<p>" + mb + "</p>");
        after();
        List<Outcome> out = readDir(new ArticleReader());
        assertEquals(5, out.size(), out::toString);
        assertEquals(mb, out.get(0).article().text());
        assertEquals("Second.", out.get(1).article().text());
        assertEquals(mb, out.get(2).article().text());
        assertEquals(mb.strip(), out.get(3).article().text());
        assertGoodLast(out);
    }

    @Test
    void aLineOverTheLimitIsSkippedAndTheNextLineRead() throws InputException {
        ArticleReader halfMegabyte = new ArticleReader(512 * 1024);
        String mb = "x".repeat(1024 * 1024);
        Path feed = Fixtures.write(dir.resolve("a.jsonl"), "{\"text\": \"" + mb + "\"}\n{\"text\": \"Second.\"}\n{\"text\": \"" + mb + "\"}");
        Path gz = Fixtures.write(dir.resolve("b.jsonl.gz"), Fixtures.gzip(Fixtures.utf8("{\"text\": \"" + mb + "\"}\r\n{\"text\": \"Fourth.\"}\r\n")));
        Path txt = Fixtures.write(dir.resolve("c.txt"), mb);
        after();
        List<Outcome> out = readDir(halfMegabyte);
        assertEquals(7, out.size(), out::toString);
        assertError(out.get(0), feed + ":1", "the line is too long for one record (1.0 MB, the limit is 0.5 MB); skipped");
        assertEquals("Second.", out.get(1).article().text());
        assertError(out.get(2), feed + ":3", "too long");
        assertError(out.get(3), gz + ":1", "too long");
        assertEquals("Fourth.", out.get(4).article().text());
        assertError(out.get(5), txt.toString(), "too large for one article");
        assertGoodLast(out);
    }

    /** 256 MB on one line of stdin, with a 1 MB limit: streamed past, never held. */
    @Test
    void aHugeLineIsStreamedPast() throws InputException {
        long size = 256L * 1024 * 1024;
        InputStream huge = new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? (left == size - 1 ? '{' : 'x') : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) 'x');
                if (left == size) {
                    b[off] = '{';
                }
                left -= n;
                return n;
            }
        };
        InputStream stdin = new SequenceInputStream(huge, new ByteArrayInputStream(Fixtures.utf8("\n{\"text\": \"After.\"}\n")));
        long before = usedMemory();
        List<Outcome> out = Fixtures.readAll(List.of("-"), null, stdin, new ArticleReader(1024 * 1024));
        assertEquals(2, out.size(), out::toString);
        assertError(out.get(0), "<stdin>:1", "the line is too long for one record (256.0 MB, the limit is 1.0 MB); skipped");
        assertEquals("After.", out.get(1).article().text());
        assertTrue(usedMemory() - before < 128L * 1024 * 1024, "the line was held in memory");
    }

    private static long usedMemory() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    // ------------------------------------------------------------------ JSON Lines of the wrong types

    @Test
    void recordsOfTheWrongTypesAreReportedOneByOne() throws InputException {
        Path feed = Fixtures.write(dir.resolve("a.jsonl"), """
                {"text": 42}
                {"text": "Good one."}
                ["an", "array"]
                {"text": "T.", "published": "yesterday"}
                {"text": "T.", "title": ["x"]}
                not json at all
                {"text": "Good two."}
                """);
        after();
        List<Outcome> out = readDir(new ArticleReader());
        assertEquals(8, out.size(), out::toString);
        assertError(out.get(0), feed + ":1", "\"text\" must be a string, not a number");
        assertEquals("Good one.", out.get(1).article().text());
        assertError(out.get(2), feed + ":3", "the record is an array");
        assertError(out.get(3), feed + ":4", "\"published\" is not a date: \"yesterday\"");
        assertError(out.get(4), feed + ":5", "\"title\" must be a string, not an array");
        assertError(out.get(5), feed + ":6", "not valid JSON");
        assertEquals("Good two.", out.get(6).article().text());
        assertGoodLast(out);
    }

    // ------------------------------------------------------------------ deep HTML

    @Test
    void htmlNestedTenThousandDeep() throws InputException {
        String deep = "<div><span><b>".repeat(10_000) + "Deep in the page." + "</b></span></div>".repeat(10_000);
        Fixtures.write(dir.resolve("a.html"), "<html><body><article>" + deep + "</article></body></html>");
        Fixtures.write(dir.resolve("b.jsonl"), "{\"html\": \"" + "<section>".repeat(10_000) + "<p>Deep record.</p>\"}\n");
        Fixtures.write(dir.resolve("c.html"), "<ul><li>".repeat(10_000) + "Deep list.");
        after();
        List<Outcome> out = readDir(new ArticleReader());
        assertEquals(4, out.size(), out::toString);
        assertTrue(out.get(0).article().text().contains("Deep in the page."), out.get(0)::toString);
        assertTrue(out.get(1).article().text().contains("Deep record."));
        assertTrue(out.get(2).article().text().contains("Deep list."));
        assertGoodLast(out);
    }

    /** Pages of 4 MB built to be slow (a million nested articles, formatting to reconstruct) stay linear. */
    @Test
    void largeHostilePagesEndInBoundedTime() throws InputException {
        Fixtures.write(dir.resolve("a.html"), "<article>x".repeat(4 * 1024 * 1024 / 10));
        Fixtures.write(dir.resolve("b.html"), "<p><b><i>x".repeat(4 * 1024 * 1024 / 10));
        after();
        List<Outcome> out = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> readDir(new ArticleReader()));
        assertEquals(3, out.size(), out::toString);
        assertTrue(out.get(0).ok() && out.get(1).ok(), out::toString);
        assertGoodLast(out);
    }

    // ------------------------------------------------------------------ files that vanish

    @Test
    void filesThatVanishMidRun() throws IOException, InputException {
        Path a = Fixtures.write(dir.resolve("a.txt"), "First.");
        Path b = Fixtures.write(dir.resolve("b.txt"), "Vanishes.");
        Path c = Fixtures.write(dir.resolve("c.jsonl"), "{\"text\": \"Vanishes too.\"}\n");
        Path d = Fixtures.write(dir.resolve("d.html.gz"), Fixtures.gzip(Fixtures.utf8("<p>Vanishes as well.</p>")));
        Path sub = Fixtures.write(dir.resolve("e-sub/x.txt"), "In a directory that vanishes.").getParent();
        Path named = Fixtures.write(dir.resolve("named.md"), "Named, then gone.");   // not walked: named only
        after();

        Iterator<ArticleSource> it = Inputs.of(List.of(dir.toString(), named.toString()), null, Fixtures.NO_STDIN).iterator();
        ArticleSource first = it.next();
        assertEquals(a.toString(), first.name());
        Files.delete(b);
        Files.delete(c);
        Files.delete(d);
        Files.delete(sub.resolve("x.txt"));
        Files.delete(sub);
        Files.delete(named);
        List<Outcome> out = new ArrayList<>();
        out.add(new Outcome(first.name(), first.read(), null));
        it.forEachRemaining(s -> out.addAll(Fixtures.readAll(List.of(s))));
        assertEquals(7, out.size(), out::toString);
        assertTrue(out.get(0).ok());
        assertError(out.get(1), b.toString(), "no such file");
        assertError(out.get(2), c.toString(), "no such file");
        assertError(out.get(3), d.toString(), "no such file");
        assertError(out.get(4), sub.toString(), "cannot list the directory (no such directory); its articles are skipped");
        assertTrue(out.get(5).ok() && out.get(5).article().text().equals(AFTER), out::toString);
        assertError(out.get(6), named.toString(), "no such file");
    }

    @Test
    void anUnreadableDirectoryIsReportedAndSkipped() throws IOException, InputException {
        Path locked = Fixtures.write(dir.resolve("a-locked/x.txt"), "Locked away.").getParent();
        after();
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked), "running as root: permissions are not enforced");
            List<Outcome> out = readDir(new ArticleReader());
            assertEquals(2, out.size(), out::toString);
            assertError(out.get(0), locked.toString(), "cannot list the directory (permission denied)");
            assertGoodLast(out);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void messagesAreOneLineEvenForOddNames() throws InputException {
        Path odd = Fixtures.write(dir.resolve("odd name ünïcödé.jsonl"), "{\"text\": \"T.\", \"published\": \"line\\nbreak\"}\n");
        List<Outcome> out = Fixtures.readAll(odd);
        assertError(out.get(0), odd + ":1", "\"published\" is not a date: \"line break\"");
    }
}
