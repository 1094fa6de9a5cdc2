package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which runs take the whole bounded heap at start-up (a corpus) and which start small (an article or a few). */
class BoundedHeapTest {

    @TempDir
    Path dir;

    @Test
    void aDirectoryJsonLinesStdinOrManyFilesAreACorpus() throws Exception {
        assertTrue(BoundedHeap.corpus(new String[] {"extract", dir.toString()}));
        assertTrue(BoundedHeap.corpus(new String[] {"extract", "crawl.jsonl", "-o", "out.nq"}));
        assertTrue(BoundedHeap.corpus(new String[] {"extract", "crawl.JSONL.gz"}));
        assertTrue(BoundedHeap.corpus(new String[] {"extract", "-", "--format", "nquads"}));
        List<String> args = new ArrayList<>(List.of("extract"));
        for (int i = 0; i < 10; i++) {
            args.add(Files.writeString(dir.resolve("a" + i + ".txt"), "text").toString());
        }
        assertTrue(BoundedHeap.corpus(args.toArray(String[]::new)));
    }

    @Test
    void oneArticleOrAFewAreNoCorpus() throws Exception {
        Path one = Files.writeString(dir.resolve("one.txt"), "text");
        assertFalse(BoundedHeap.corpus(new String[] {"extract", one.toString(), "-o", dir.resolve("out.ttl").toString()}));
        assertFalse(BoundedHeap.corpus(new String[] {"extract"}));
        assertFalse(BoundedHeap.corpus(new String[] {"extract", "missing.txt", "--format", "trig"}));
    }

    /** Short runs compile with C1 only: fewer than SHORT_RUN articles, counted as extract lists them. */
    @Test
    void aShortRunIsOneOfFewerArticlesThanTheLimit() throws Exception {
        Path few = dir.resolve("few.jsonl");
        Files.writeString(few, "{\"text\": \"one\"}\n".repeat(BoundedHeap.SHORT_RUN - 1));
        Path many = dir.resolve("many.jsonl");
        Files.writeString(many, "{\"text\": \"one\"}\n".repeat(BoundedHeap.SHORT_RUN));
        Path out = Files.writeString(dir.resolve("out.jsonl"), "{\"text\": \"one\"}\n".repeat(BoundedHeap.SHORT_RUN));
        assertTrue(BoundedHeap.shortRun(new String[] {"extract", few.toString(), "--format", "nquads"}));
        assertFalse(BoundedHeap.shortRun(new String[] {"extract", many.toString()}));
        assertFalse(BoundedHeap.shortRun(new String[] {"extract", few.toString(), few.toString()}), "two inputs, counted together");
        assertTrue(BoundedHeap.shortRun(new String[] {"extract", few.toString(), "-o", out.toString()}), "the output file is no input");
        assertTrue(BoundedHeap.shortRun(new String[] {"extract"}), "the sample article");
        assertFalse(BoundedHeap.shortRun(new String[] {"extract", "-"}), "stdin: its length is unknown");
        Path sub = Files.createDirectories(dir.resolve("articles"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(sub.resolve("a" + i + ".txt"), "text");
        }
        assertTrue(BoundedHeap.shortRun(new String[] {"extract", sub.toString()}));
    }
}
