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
}
