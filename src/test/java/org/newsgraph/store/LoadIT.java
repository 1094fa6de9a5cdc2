package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsgraphJar;
import org.newsgraph.NewsGraph;
import org.newsgraph.TestSupport;
import org.newsgraph.ingest.Article;
import org.newsgraph.NewsgraphJar.Result;
import org.newsgraph.NewsgraphJar.Running;

/**
 * {@code load}, {@code stats}, {@code unload} and {@code query --store} run from the shaded jar as child
 * processes, including loads killed with SIGKILL half-way.
 */
class LoadIT {

    private static final String DATE = "2024-06-20";
    private static final NewsGraph NG = TestSupport.NG;
    /** Articles in the large batch: several seconds of extraction. */
    private static final int LARGE = 400;

    @TempDir
    Path dir;

    // ------------------------------------------------------------------ the commands

    @Test
    void loadStatsQueryAndUnloadFromTheJar() throws Exception {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        Files.writeString(articles.resolve("nato.txt"), StoreTest.NATO);
        Files.writeString(articles.resolve("backing.txt"), StoreTest.BACKING);
        Files.writeString(articles.resolve("eu.txt"), StoreTest.EU);

        Result load = NewsgraphJar.run(dir, null, "load", "--store", "store", "articles", "--date", DATE);
        assertEquals(0, load.exit(), load::describe);
        assertEquals("", load.out(), "load printed on stdout");
        assertEquals(1, load.errLines().size(), load::describe);
        assertTrue(load.errLines().get(0).startsWith("newsgraph load: 3 articles (3 new, 0 replaced), "), load::describe);

        Result stats = NewsgraphJar.run(dir, null, "stats", "--store", "store");
        assertEquals(0, stats.exit(), stats::describe);
        assertEquals(3, count(stats.out(), "articles"), stats::describe);
        assertTrue(count(stats.out(), "ng:Person") > 0, stats::describe);
        assertTrue(count(stats.out(), "facts") > 0, stats::describe);
        assertEquals("", stats.err(), stats::describe);

        Result ask = NewsgraphJar.run(dir, null, "query", "--store", "store", "ASK { ?p ng:holdsOffice ?o }");
        assertEquals(0, ask.exit(), ask::describe);
        assertEquals("yes", ask.out().strip(), ask::describe);
        // the ontology is joined to the store for queries
        Result label = NewsgraphJar.run(dir, null, "query", "--store", "store", "ASK { ng:Current rdfs:label ?l }");
        assertEquals("yes", label.out().strip(), label::describe);

        Result both = NewsgraphJar.run(dir, null, "query", "--store", "store", "-d", "x.ttl", "ASK { ?s ?p ?o }");
        assertUserError(both, "not both");
        Result none = NewsgraphJar.run(dir, null, "query", "ASK { ?s ?p ?o }");
        assertUserError(none, "--store");

        String nato = NG.articleIri(Article.ofText(StoreTest.NATO));
        Result unload = NewsgraphJar.run(dir, null, "unload", "--store", "store", nato);
        assertEquals(0, unload.exit(), unload::describe);
        assertTrue(unload.err().startsWith("newsgraph unload: removed 1 article ("), unload::describe);
        Result after = NewsgraphJar.run(dir, null, "stats", "--store", "store");
        assertEquals(2, count(after.out(), "articles"), after::describe);

        assertUserError(NewsgraphJar.run(dir, null, "unload", "--store", "store", "no-such-article"), "no article no-such-article");
        assertUserError(NewsgraphJar.run(dir, null, "stats", "--store", "nowhere"), "no such store");
        assertUserError(NewsgraphJar.run(dir, null, "load", "--store", "store", "missing.txt"), "missing.txt");
        Files.writeString(dir.resolve("notes.txt"), "not a store");
        assertUserError(NewsgraphJar.run(dir, null, "load", "--store", ".", "articles"), "neither a newsgraph store nor an empty directory");
        assertUserError(NewsgraphJar.run(dir, null, "load", "--store", "store", "articles", "--batch", "0"), "--batch");
    }

    @Test
    void loadingTwiceGivesTheSameStore() throws Exception {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(articles.resolve("a" + i + ".txt"), generated(i));
        }
        Result first = NewsgraphJar.run(dir, null, "load", "--store", "store", "articles", "--date", DATE, "--batch", "5");
        assertEquals(0, first.exit(), first::describe);
        List<String> once = dump(dir.resolve("store"));
        Result second = NewsgraphJar.run(dir, null, "load", "--store", "store", "articles", "--date", DATE, "--batch", "5");
        assertEquals(0, second.exit(), second::describe);
        assertTrue(second.err().contains("12 articles (0 new, 12 replaced)"), second::describe);
        assertEquals(once, dump(dir.resolve("store")), "a second load of the same articles changed the store");
    }

    @Test
    void aCorruptArticleInABatchIsReportedAndTheOthersLoad() throws Exception {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), StoreTest.NATO);
        Files.write(articles.resolve("b.txt"), new byte[] {'M', 'r', ' ', (byte) 0xC3, 0x28, ' ', 'R', 'u', 't', 't', 'e'});
        Files.write(articles.resolve("c.txt"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0x00, 0x01});
        Files.writeString(articles.resolve("d.txt"), StoreTest.EU);
        Result r = NewsgraphJar.run(dir, null, "load", "--store", "store", "articles", "--date", DATE, "--batch", "2");
        assertEquals(1, r.exit(), r::describe);
        assertFalse(r.err().contains("\tat "), "a stack trace: " + r.describe());
        List<String> lines = r.errLines().stream().filter(l -> !l.endsWith("articles committed")).toList();
        assertEquals(3, lines.size(), r::describe);
        assertTrue(lines.get(0).contains("b.txt") && lines.get(0).contains("UTF-8") && lines.get(0).endsWith("(skipped)"), r::describe);
        assertTrue(lines.get(1).contains("c.txt") && lines.get(1).contains("binary") && lines.get(1).endsWith("(skipped)"), r::describe);
        assertTrue(lines.get(2).startsWith("newsgraph load: 2 articles (2 new, 0 replaced), 2 skipped"), r::describe);
        try (Store s = Store.open(dir.resolve("store"))) {
            Set<String> expected = Set.of(NG.articleIri(Article.ofText(StoreTest.NATO)), NG.articleIri(Article.ofText(StoreTest.EU)));
            assertEquals(expected, Set.copyOf(s.articles()));
        }
    }

    // ------------------------------------------------------------------ killed loads

    @Test
    void aLoadKilledInItsTransactionLeavesThePreviousContents() throws Exception {
        Path store = dir.resolve("store");
        List<String> before = previousContents(store);
        Path big = largeBatch();
        Path objects = store.resolve("Data-0001").resolve("nodes-data.obj");
        long size0 = Files.size(objects);

        try (Running r = NewsgraphJar.start(dir, null, "load", "--store", "store", big.toString(), "--date", DATE, "--batch", "100000")) {
            // the transaction is writing once the node file grows (its new length is committed only at the end)
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (Files.size(objects) <= size0) {
                if (!r.process().isAlive()) {
                    fail("the load ended before it could be killed: " + r.waitFor(Duration.ofSeconds(1)).describe());
                }
                if (System.nanoTime() > deadline) {
                    fail("the load wrote nothing in 90 s");
                }
                Thread.sleep(10);
            }
            assertTrue(r.process().isAlive(), "the load ended before it could be killed");
            Result killed = r.kill();
            assertEquals(137, killed.exit(), "not killed by SIGKILL: " + killed.describe());
            assertFalse(killed.err().contains("newsgraph load: " + LARGE + " articles"), "the load had finished: " + killed.describe());
        }
        assertEquals(before, dump(store), "a killed load changed the store");
        Result stats = NewsgraphJar.run(dir, null, "stats", "--store", "store");
        assertEquals(0, stats.exit(), stats::describe);
        assertEquals(2, count(stats.out(), "articles"), stats::describe);
    }

    @Test
    void aBatchedLoadKilledHalfWayKeepsItsCommittedBatchesWhole() throws Exception {
        Path store = dir.resolve("store");
        List<String> before = previousContents(store);
        Set<String> previous;
        try (Store s = Store.open(store)) {
            previous = new HashSet<>(s.articles());
        }
        Path big = largeBatch();
        int batch = 25;
        try (Running r = NewsgraphJar.start(dir, null, "load", "--store", "store", big.toString(), "--date", DATE, "--batch", "" + batch)) {
            String line = r.awaitErrLine(l -> l.contains("articles committed"), Duration.ofSeconds(90));
            assertTrue(line.startsWith("newsgraph load: " + batch + " articles committed"), line);
            assertTrue(r.process().isAlive(), "the load ended before it could be killed");
            Result killed = r.kill();
            assertEquals(137, killed.exit(), killed::describe);
        }

        Map<String, String> textByIri = new HashMap<>();
        for (int i = 0; i < LARGE; i++) {
            textByIri.put(NG.articleIri(Article.ofText(generated(i))), generated(i));
        }
        List<String> added = new ArrayList<>();
        try (Store s = Store.open(store)) {
            for (String iri : s.articles()) {
                if (!previous.contains(iri)) {
                    added.add(iri);
                }
            }
            assertTrue(added.size() >= batch && added.size() < LARGE, added.size() + " articles after the kill");
            assertEquals(0, added.size() % batch, "a batch was committed in part: " + added.size() + " new articles");
            for (String iri : added) {
                String text = textByIri.get(iri);
                assertTrue(text != null, "an unknown graph " + iri);
                Graph expected = NG.graph(NG.analyze(Article.ofText(text).withPublished(LocalDate.parse(DATE))));
                assertTrue(StoreTest.graphOf(s, iri).isIsomorphicWith(expected), "the graph of " + iri + " is not whole");
            }
            List<String> previousQuads = new ArrayList<>();
            for (String q : StoreTest.dump(s)) {
                if (previous.stream().anyMatch(g -> q.startsWith("<" + g + "> "))) {   // the graph comes first
                    previousQuads.add(q);
                }
            }
            assertEquals(before, previousQuads, "the earlier articles changed");
        }

        // loading the batch again finishes the job
        Result again = NewsgraphJar.run(dir, null, "load", "--store", "store", big.toString(), "--date", DATE, "--batch", "100");
        assertEquals(0, again.exit(), again::describe);
        assertTrue(again.err().contains(LARGE + " articles (" + (LARGE - added.size()) + " new, " + added.size() + " replaced)"),
                again::describe);
        try (Store s = Store.open(store)) {
            assertEquals(LARGE + previous.size(), s.articles().size());
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Loads two articles with the jar; returns the store's dump. */
    private List<String> previousContents(Path store) throws Exception {
        Path prev = Files.createDirectory(dir.resolve("previous"));
        Files.writeString(prev.resolve("nato.txt"), StoreTest.NATO);
        Files.writeString(prev.resolve("eu.txt"), StoreTest.EU);
        Result r = NewsgraphJar.run(dir, null, "load", "--store", store.toString(), "previous", "--date", DATE);
        assertEquals(0, r.exit(), r::describe);
        List<String> d = dump(store);
        assertFalse(d.isEmpty());
        return d;
    }

    private Path largeBatch() throws IOException {
        Path big = Files.createDirectory(dir.resolve("big"));
        for (int i = 0; i < LARGE; i++) {
            Files.writeString(big.resolve(String.format("a%04d.txt", i)), generated(i), StandardCharsets.UTF_8);
        }
        return big;
    }

    private static final String[] FIRST = {"Anna", "Peter", "Maria", "John", "Lena", "Paul", "Sofia", "David", "Emma", "Lucas",
        "Clara", "Jonas", "Nina", "Oscar", "Ida", "Hugo", "Eva", "Max", "Alma", "Leo"};
    private static final String[] LAST = {"Jansen", "Visser", "Smit", "Bakker", "Mulder", "Bos", "Vos", "Dekker", "Kok", "Peters",
        "Hendriks", "Dijkstra", "Brouwer", "Meijer", "Prins", "Blom", "Kuiper", "Veenstra", "Kramer", "Schouten"};

    /** A distinct article in the style of the sample, with its own names. */
    static String generated(int i) {
        String last = LAST[(i / FIRST.length) % LAST.length];
        String leader = FIRST[i % FIRST.length] + " " + last;
        String rival = FIRST[(i + 7) % FIRST.length] + " " + LAST[(i / 3 + 11) % LAST.length];
        return "Dutch prime minister " + leader + " is set to become the next Nato chief after his only rival dropped out of the leadership race.\n\n"
                + "Mr " + last + " will become the secretary-general of the alliance in October after Romanian president " + rival
                + " withdrew from the contest.\n\n"
                + "He will replace Norway's former prime minister Jens Stoltenberg, who has run the US-led military alliance since 2014.\n\n"
                + "Hungarian prime minister Viktor Orbán said he would back " + leader + ". Report " + i + ".\n";
    }

    private static List<String> dump(Path store) throws StoreException {
        try (Store s = Store.open(store)) {
            return StoreTest.dump(s);
        }
    }

    /** The number after a label at the start of a line of the stats table. */
    private static long count(String table, String label) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(label) + "\\s+(\\d+)\\s*$").matcher(table);
        assertTrue(m.find(), "no '" + label + "' line in:\n" + table);
        return Long.parseLong(m.group(1));
    }

    private static void assertUserError(Result r, String fragment) {
        assertEquals(1, r.exit(), r::describe);
        assertEquals(1, r.errLines().size(), r::describe);
        assertTrue(r.errLines().get(0).contains(fragment), r::describe);
        assertFalse(r.err().contains("\tat "), r::describe);
    }
}
