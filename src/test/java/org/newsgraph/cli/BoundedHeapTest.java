package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        // regression: the "-" of "-o -" (stdout) was taken for stdin, and one article took the corpus heap
        assertFalse(BoundedHeap.corpus(new String[] {"extract", one.toString(), "-o", "-"}));
        assertFalse(BoundedHeap.corpus(new String[] {"extract", one.toString(), "--output", dir.resolve("out.jsonl").toString()}));
        assertTrue(BoundedHeap.corpus(new String[] {"extract", "@args.txt"}), "an @FILE of arguments may name anything");
    }

    /** The scanner skips the values of exactly the options that take one. */
    @Test
    void optionsWithValuesAreTheCommandsOwn() {
        java.util.Set<String> withValues = new java.util.TreeSet<>();
        for (picocli.CommandLine.Model.OptionSpec o : new picocli.CommandLine(new ExtractCommand()).getCommandSpec().options()) {
            if (o.arity().max() > 0) {
                withValues.addAll(List.of(o.names()));
            }
        }
        assertEquals(withValues, new java.util.TreeSet<>(BoundedHeap.OPTIONS_WITH_VALUES));
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
        assertFalse(BoundedHeap.shortRun(new String[] {"extract", "@args.txt"}), "an @FILE of arguments");
        assertTrue(BoundedHeap.shortRun(new String[] {"extract", few.toString(), "-o", "-"}), "stdout is no input");
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("holdsOffice.rules"), "# no article here\n");
        assertTrue(BoundedHeap.shortRun(new String[] {"extract", few.toString(), "--rules", rules.toString()}), "--rules names no input");
        Path sub = Files.createDirectories(dir.resolve("articles"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(sub.resolve("a" + i + ".txt"), "text");
        }
        assertTrue(BoundedHeap.shortRun(new String[] {"extract", sub.toString()}));
    }
}
