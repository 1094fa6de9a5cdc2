package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.NewsGraph;
import org.newsgraph.TestSupport;
import org.newsgraph.export.Format;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.Sample;
import org.newsgraph.rdf.NG;
import org.newsgraph.relation.Predicate;
import org.newsgraph.serve.InProcessCli;
import org.newsgraph.serve.ReadmeExamples;

/** The persistent store: one named graph per article, idempotent loads, transactions, unload, stats. */
class StoreTest {

    private static final NewsGraph NG_ = TestSupport.NG;
    private static final LocalDate DAY = LocalDate.of(2024, 6, 20);

    static final String NATO = """
            Dutch prime minister Mark Rutte is set to become the next Nato chief after his only rival dropped out of the leadership race.

            Mr Rutte will become the secretary-general of the alliance in October after Romanian president Klaus Iohannis withdrew from the contest.

            He will replace Norway's former prime minister Jens Stoltenberg, who has run the US-led military alliance since 2014.
            """;

    static final String BACKING = """
            Hungarian prime minister Viktor Orbán said he would back Mark Rutte for the top job at Nato.

            Romania will back Mark Rutte, Romanian president Klaus Iohannis said.
            """;

    static final String EU = """
            Estonian prime minister Kaja Kallas will replace Josep Borrell as the EU's foreign policy chief.

            Portuguese former prime minister António Costa was chosen as president of the European Council.
            """;

    @TempDir
    Path dir;

    static Article article(String text) {
        return Article.ofText(text).withPublished(DAY);
    }

    static List<ArticleSource> sources(String... texts) {
        List<ArticleSource> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(ArticleSource.of("article" + i, article(texts[i])));
        }
        return out;
    }

    /** Every quad of the store, as sorted N-Quads lines: equal dumps mean equal stores. */
    static List<String> dump(Store s) {
        DatasetGraph d = s.dataset();
        return Txn.calculateRead(d, () -> {
            List<String> lines = new ArrayList<>();
            d.find().forEachRemaining(q -> lines.add(NodeFmtLib.str(q)));
            lines.sort(null);
            return lines;
        });
    }

    static Graph graphOf(Store s, String iri) {
        DatasetGraph d = s.dataset();
        return Txn.calculateRead(d, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            d.getGraph(NodeFactory.createURI(iri)).find().forEachRemaining(g::add);
            return g;
        });
    }

    static Graph expected(Article a) {
        return NG_.graph(NG_.analyze(a));
    }

    // ------------------------------------------------------------------ load

    @Test
    void oneNamedGraphPerArticleNamedByItsIri() throws Exception {
        try (Store s = Store.openOrCreate(dir.resolve("store"))) {
            LoadReport r = s.load(sources(NATO, BACKING, EU), NG_, 100, null);
            assertEquals(3, r.added());
            assertEquals(0, r.replaced());
            assertEquals(1, r.batches());
            List<String> expectedIris = new ArrayList<>();
            for (String t : List.of(NATO, BACKING, EU)) {
                expectedIris.add(NG_.articleIri(article(t)));
            }
            expectedIris.sort(null);
            assertEquals(expectedIris, s.articles());
            for (String t : List.of(NATO, BACKING, EU)) {
                Article a = article(t);
                assertTrue(graphOf(s, NG_.articleIri(a)).isIsomorphicWith(expected(a)),
                        "the stored graph of an article is not its extraction");
            }
            // nothing in the default graph: the articles live in their named graphs
            assertTrue(Txn.calculateRead(s.dataset(), () -> s.dataset().getDefaultGraph().isEmpty()));
        }
    }

    @Test
    void entitiesAreSharedAcrossArticlesThroughTheirIris() throws Exception {
        Graph nato = expected(article(NATO));
        Graph backing = expected(article(BACKING));
        Set<Node> shared = typedEntities(nato);
        shared.retainAll(typedEntities(backing));
        assertFalse(shared.isEmpty(), "the two articles share no entity: the fixture no longer tests sharing");
        try (Store s = Store.openOrCreate(dir.resolve("store"))) {
            s.load(sources(NATO, BACKING), NG_, 1, null);
            DatasetGraph d = s.dataset();
            Txn.executeRead(d, () -> {
                for (Node e : shared) {
                    Set<Node> graphs = new HashSet<>();
                    d.find(Node.ANY, e, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> graphs.add(q.getGraph()));
                    assertEquals(2, graphs.size(), e + " is not the same node in both article graphs");
                }
            });
        }
    }

    @Test
    void loadingTwiceGivesTheSameStore() throws Exception {
        try (Store s = Store.openOrCreate(dir.resolve("store"))) {
            s.load(sources(NATO, BACKING, EU), NG_, 2, null);
            List<String> first = dump(s);
            assertFalse(first.isEmpty());
            LoadReport again = s.load(sources(NATO, BACKING, EU), NG_, 2, null);
            assertEquals(0, again.added());
            assertEquals(3, again.replaced());
            assertEquals(first, dump(s), "a second load of the same articles changed the store");
        }
    }

    @Test
    void loadingAnArticleAgainReplacesItsGraph() throws Exception {
        Article before = Article.ofText(NATO).withPublished(LocalDate.of(2019, 1, 1));
        Article after = Article.ofText(NATO).withPublished(DAY);
        String iri = NG_.articleIri(before);
        assertEquals(iri, NG_.articleIri(after), "the same text must keep its IRI");
        Graph expectedBefore = expected(before);
        Graph expectedAfter = expected(after);
        assertFalse(expectedBefore.isIsomorphicWith(expectedAfter), "the date should change the graph");
        try (Store s = Store.openOrCreate(dir.resolve("store"))) {
            s.load(List.of(ArticleSource.of("a", before)), NG_, 10, null);
            assertTrue(graphOf(s, iri).isIsomorphicWith(expectedBefore));
            LoadReport r = s.load(List.of(ArticleSource.of("a", after)), NG_, 10, null);
            assertEquals(1, r.replaced());
            assertTrue(graphOf(s, iri).isIsomorphicWith(expectedAfter), "the old graph was not replaced whole");
            assertEquals(List.of(iri), s.articles());
        }
    }

    @Test
    void aCorruptArticleIsReportedAndTheOthersLoad() throws Exception {
        Path good1 = Files.writeString(dir.resolve("good1.txt"), NATO);
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'M', 'r', ' ', (byte) 0xC3, 0x28, ' ', 'R', 'u', 't', 't', 'e'});
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path good2 = Files.writeString(dir.resolve("good2.txt"), EU);
        ArticleReader reader = new ArticleReader();
        List<ArticleSource> sources = new ArrayList<>();
        for (Path p : List.of(good1, bad, empty, good2)) {
            sources.add(new ArticleSource(p.toString(), () -> reader.read(p).withPublished(DAY)));
        }
        Map<String, String> skipped = new LinkedHashMap<>();
        try (Store s = Store.openOrCreate(dir.resolve("store"))) {
            LoadReport r = s.load(sources, NG_, 100, new LoadListener() {
                @Override
                public void skipped(String name, String reason) {
                    skipped.put(name, reason);
                }
            });
            assertEquals(2, r.added());
            assertEquals(2, r.skipped());
            assertEquals(List.of(bad.toString(), empty.toString()), List.copyOf(skipped.keySet()));
            assertTrue(skipped.get(bad.toString()).contains("UTF-8"), skipped.toString());
            assertEquals(2, s.articles().size());
            assertTrue(s.articles().contains(NG_.articleIri(article(NATO))));
            assertTrue(s.articles().contains(NG_.articleIri(article(EU))));
        }
    }

    @Test
    void aFailedLoadLeavesTheLastCommittedBatch() throws Exception {
        List<ArticleSource> sources = new ArrayList<>(sources(NATO, BACKING, EU));
        sources.add(2, new ArticleSource("boom", () -> {
            throw new IllegalStateException("the disk is on fire");
        }));
        try (Store s = Store.openOrCreate(dir.resolve("store"))) {
            // batches: [NATO, BACKING] commits; [boom, EU] fails
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.load(sources, NG_, 2, null));
            assertEquals("the disk is on fire", e.getMessage());
            List<String> expectedIris = new ArrayList<>(List.of(NG_.articleIri(article(NATO)), NG_.articleIri(article(BACKING))));
            expectedIris.sort(null);
            assertEquals(expectedIris, s.articles(), "the store is not as its last commit left it");
            // and it is still usable
            s.load(sources(EU), NG_, 2, null);
            assertEquals(3, s.articles().size());
        }
    }

    @Test
    void extractionFailureSkipsTheArticle() throws Exception {
        List<String> failed = new ArrayList<>();
        // an article whose reading throws a RuntimeException at extraction time cannot be made from outside;
        // a null article makes analyze() throw, which is what a bug in extraction looks like
        List<ArticleSource> sources = new ArrayList<>(sources(NATO));
        sources.add(new ArticleSource("null", () -> null));
        sources.addAll(sources(EU));
        try (Store s = Store.openOrCreate(dir.resolve("store"))) {
            LoadReport r = s.load(sources, NG_, 100, new LoadListener() {
                @Override
                public void failed(String name, RuntimeException error) {
                    failed.add(name);
                }
            });
            assertEquals(List.of("null"), failed);
            assertEquals(1, r.failed());
            assertEquals(2, r.added());
        }
    }

    // ------------------------------------------------------------------ unload

    @Test
    void unloadRemovesWhatNoOtherArticleStates() throws Exception {
        Article nato = article(NATO);
        Article backing = article(BACKING);
        Set<Node> onlyInNato = typedEntities(expected(nato));
        onlyInNato.removeAll(typedEntities(expected(backing)));
        Set<Node> shared = typedEntities(expected(nato));
        shared.retainAll(typedEntities(expected(backing)));
        assertFalse(onlyInNato.isEmpty(), "fixture: no entity only in the NATO article");
        assertFalse(shared.isEmpty(), "fixture: no entity in both articles");
        try (Store s = Store.openOrCreate(dir.resolve("store"))) {
            s.load(sources(NATO, BACKING), NG_, 100, null);
            String id = "sha256:" + org.newsgraph.rdf.Iris.hash(NATO);
            UnloadReport r = s.unload(List.of(id));
            assertEquals(List.of(NG_.articleIri(nato)), r.articles());
            assertEquals(expected(nato).size(), r.triples());
            assertEquals(List.of(NG_.articleIri(backing)), s.articles());
            Set<Node> left = Txn.calculateRead(s.dataset(), () -> typedEntities(s.dataset().getUnionGraph()));
            for (Node e : onlyInNato) {
                assertFalse(left.contains(e), e + " is still in the store though only the removed article named it");
            }
            for (Node e : shared) {
                assertTrue(left.contains(e), e + " went with the removed article though another article names it");
            }
        }
    }

    @Test
    void unloadByIriOrLastSegment() throws Exception {
        try (Store s = Store.openOrCreate(dir.resolve("store"))) {
            s.load(sources(NATO, BACKING, EU), NG_, 100, null);
            String nato = NG_.articleIri(article(NATO));
            String eu = NG_.articleIri(article(EU));
            String euSegment = eu.substring(eu.lastIndexOf('/') + 1);
            UnloadReport r = s.unload(List.of(nato, euSegment));
            assertEquals(List.of(nato, eu), r.articles());
            assertEquals(List.of(NG_.articleIri(article(BACKING))), s.articles());
        }
    }

    @Test
    void unloadOfAnUnknownArticleRemovesNothing() throws Exception {
        try (Store s = Store.openOrCreate(dir.resolve("store"))) {
            s.load(sources(NATO, EU), NG_, 100, null);
            List<String> before = dump(s);
            StoreException e = assertThrows(StoreException.class,
                    () -> s.unload(List.of(NG_.articleIri(article(NATO)), "no-such-article")));
            assertTrue(e.getMessage().contains("no-such-article"), e.getMessage());
            assertEquals(before, dump(s), "a failed unload changed the store");
        }
    }

    // ------------------------------------------------------------------ stats

    @Test
    void statsCountOverTheUnionOfTheArticleGraphs() throws Exception {
        List<Graph> graphs = List.of(expected(article(NATO)), expected(article(BACKING)), expected(article(EU)));
        Graph union = GraphFactory.createDefaultGraph();
        graphs.forEach(g -> g.find().forEachRemaining(union::add));
        Map<String, Long> byType = new LinkedHashMap<>();
        Set<Node> entities = new HashSet<>();
        for (String t : Store.ENTITY_TYPES) {
            Set<Node> typed = new HashSet<>();
            union.find(Node.ANY, RDF.type.asNode(), NG.type(t).asNode()).forEachRemaining(x -> typed.add(x.getSubject()));
            byType.put(t, (long) typed.size());
            entities.addAll(typed);
        }
        Map<String, Long> byPredicate = new LinkedHashMap<>();
        for (Predicate p : Predicate.values()) {
            byPredicate.put(p.localName(), (long) union.find(Node.ANY, NG.fact(p.localName()).asNode(), Node.ANY).toList().size());
        }
        try (Store s = Store.openOrCreate(dir.resolve("store"))) {
            s.load(sources(NATO, BACKING, EU), NG_, 100, null);
            StoreStats st = s.stats();
            assertEquals(3, st.articles());
            assertEquals(3, st.graphs());
            assertEquals(union.size(), st.triples());
            assertEquals(entities.size(), st.entities());
            assertEquals(byType, st.byType());
            assertEquals(byPredicate, st.byPredicate());
            assertEquals(byPredicate.values().stream().mapToLong(Long::longValue).sum(), st.facts());
            assertTrue(st.facts() > 0, "no facts at all: the fixture tests nothing");
            String table = st.table();
            for (String t : Store.ENTITY_TYPES) {
                assertTrue(table.contains("ng:" + t), table);
            }
            for (Predicate p : Predicate.values()) {
                assertTrue(table.contains("ng:" + p.localName()), table);
            }
            assertTrue(table.startsWith("articles"), table);
        }
    }

    @Test
    void statsOfAnEmptyStoreAreZero() throws Exception {
        try (Store s = Store.openOrCreate(dir.resolve("store"))) {
            StoreStats st = s.stats();
            assertEquals(0, st.articles());
            assertEquals(0, st.triples());
            assertEquals(12, st.byPredicate().size());
            assertTrue(st.byPredicate().values().stream().allMatch(n -> n == 0));
        }
    }

    // ------------------------------------------------------------------ the view queries like files

    @Test
    void readmeQueriesOverTheStoreGiveTheSameAnswersAsOverFiles() throws Exception {
        List<String> queries = ReadmeExamples.queries();
        assertTrue(queries.size() >= 4, "README examples not found: " + queries);
        Path file = dir.resolve("sample.nq");
        Files.write(file, TestSupport.write(TestSupport.sample(), Format.NQUADS));
        Path storeDir = dir.resolve("store");
        try (Store s = Store.openOrCreate(storeDir)) {
            s.load(List.of(ArticleSource.of("sample", Sample.article())), NG_, 10, null);
        }
        for (String q : queries) {
            InProcessCli.Run files = InProcessCli.run("query", "-d", file.toString(), "--results", "json", q);
            assertEquals(0, files.exit(), files::describe);
            InProcessCli.Run store = InProcessCli.run("query", "--store", storeDir.toString(), "--results", "json", q);
            assertEquals(0, store.exit(), store::describe);
            List<String> expectedRows = ReadmeExamples.comparable(q, ReadmeExamples.rows(files.out()));
            assertFalse(expectedRows.isEmpty(), "no answer to a README example: " + q);
            assertEquals(expectedRows, ReadmeExamples.comparable(q, ReadmeExamples.rows(store.out())), q);
        }
    }

    @Test
    void theViewJoinsTheOntologyAndKeepsTheDefaultGraphReadOnly() throws Exception {
        try (Store s = Store.openOrCreate(dir.resolve("store"))) {
            s.load(sources(NATO), NG_, 10, null);
            StoreView view = s.view();
            Node current = NG.Current.asNode();
            Txn.executeRead(view, () -> {
                // the ontology (labels of the tenure statuses) is in the default graph, not in the store
                assertTrue(view.getDefaultGraph().contains(current, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY));
                assertFalse(s.dataset().getUnionGraph().contains(current, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY));
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(view))
                        .query("ASK { GRAPH ?g { ?a a <http://schema.org/NewsArticle> } }").build()) {
                    assertTrue(qe.execAsk());
                }
                // each triple once, though several graphs hold it
                Iterator<Triple> it = view.getDefaultGraph().find();
                Set<Triple> seen = new HashSet<>();
                while (it.hasNext()) {
                    assertTrue(seen.add(it.next()), "a triple twice in the default graph");
                }
            });
            Quad q = Quad.create(Quad.defaultGraphIRI, NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"),
                    NodeFactory.createURI("urn:x:o"));
            assertThrows(AddDeniedException.class, () -> Txn.executeWrite(view, () -> view.add(q)));
            Node g = NodeFactory.createURI("urn:x:g");
            Txn.executeWrite(view, () -> view.add(g, q.getSubject(), q.getPredicate(), q.getObject()));
            assertTrue(Txn.calculateRead(s.dataset(), () -> s.dataset().contains(g, q.getSubject(), q.getPredicate(), q.getObject())),
                    "a write to a named graph did not reach the store");
        }
    }

    // ------------------------------------------------------------------ opening

    @Test
    void openingAMissingOrForeignDirectoryIsRefused() throws IOException {
        StoreException missing = assertThrows(StoreException.class, () -> Store.open(dir.resolve("nope")));
        assertTrue(missing.getMessage().contains("no such store"), missing.getMessage());
        Path foreign = Files.createDirectory(dir.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "not a store", StandardCharsets.UTF_8);
        StoreException notStore = assertThrows(StoreException.class, () -> Store.openOrCreate(foreign));
        assertTrue(notStore.getMessage().contains("neither a newsgraph store nor an empty directory"), notStore.getMessage());
        assertThrows(StoreException.class, () -> Store.open(foreign));
        assertFalse(Store.isStore(foreign));
    }

    @Test
    void aStoreReopensWithItsContents() throws Exception {
        Path storeDir = dir.resolve("store");
        List<String> before;
        try (Store s = Store.openOrCreate(storeDir)) {
            s.load(sources(NATO), NG_, 10, null);
            before = dump(s);
        }
        assertTrue(Store.isStore(storeDir));
        try (Store s = Store.open(storeDir)) {
            assertEquals(before, dump(s));
            Map<String, String> pm = new HashMap<>(Txn.calculateRead(s.dataset(), () -> {
                Map<String, String> m = new HashMap<>();
                s.dataset().prefixes().forEach(m::put);
                return m;
            }));
            assertEquals(NG.NS, pm.get("ng"), "the store did not keep newsgraph's prefixes");
        }
        assertNotEquals(0, before.size());
    }

    static Set<Node> typedEntities(Graph g) {
        Set<Node> out = new HashSet<>();
        for (String t : Store.ENTITY_TYPES) {
            g.find(Node.ANY, RDF.type.asNode(), NG.type(t).asNode()).forEachRemaining(x -> out.add(x.getSubject()));
        }
        return out;
    }
}
