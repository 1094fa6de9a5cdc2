package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.export.PushFixtures.assertIsomorphic;
import static org.newsgraph.export.PushFixtures.assertSameNamedGraphs;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.newsgraph.export.PushFixtures.Received;
import org.newsgraph.export.PushFixtures.ScriptedServer;
import org.newsgraph.serve.Http;
import org.newsgraph.serve.SparqlServer;

/** Pushing over real HTTP: Fuseki servers and scripted servers on free loopback ports, started and stopped here. */
class GraphStorePushTest {

    private static final Duration FAST = Duration.ofMillis(10);
    private static final Node OTHER = NodeFactory.createURI("https://example.org/graph/already-there");
    private static final Triple KEPT = Triple.create(NodeFactory.createURI("https://example.org/kept"),
            NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("already in the store"));

    /** A store that already holds a triple in its default graph and a graph of its own. */
    private static DatasetGraph storeWithData() {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(d, () -> {
            d.getDefaultGraph().add(KEPT);
            d.add(OTHER, KEPT.getSubject(), KEPT.getPredicate(), KEPT.getObject());
        });
        return d;
    }

    // ------------------------------------------------------------------ into Fuseki

    @Test
    void graphPerArticleLandsEachGraphAndPushingAgainChangesNothing() throws Exception {
        DatasetGraph data = PushFixtures.data();
        DatasetGraph store = storeWithData();
        FusekiServer fuseki = PushFixtures.fuseki(store);
        try {
            GraphStorePush push = GraphStorePush.to(PushFixtures.gspUrl(fuseki));
            PushReport r = push.replace(data);
            assertEquals(PushReport.Mode.REPLACE, r.mode());
            assertEquals(3, r.graphs());
            assertEquals(3, r.graphsTotal());
            assertEquals(3, r.requests());
            assertEquals(0, r.retries());
            long quads = quads(data);
            assertTrue(quads > PushFixtures.union(data).size(), "the articles share no triple: a poor test");
            assertEquals(quads, r.triples(), "each graph's triples");
            assertTrue(r.complete(), r::progress);
            assertSameNamedGraphs(data, store, OTHER.getURI());
            assertIsomorphic(graphOf(KEPT), PushFixtures.graph(store, null), "the default graph, untouched");

            push.replace(data);
            assertSameNamedGraphs(data, store, OTHER.getURI());

            // a changed article replaces its graph: nothing of the old graph stays
            DatasetGraph changed = PushFixtures.copy(data);
            Node article = NodeFactory.createURI(PushFixtures.graphNames(data).last());
            assertTrue(article.getURI().contains("/article/"), article::getURI);
            Txn.executeWrite(changed, () -> {
                Graph g = changed.getGraph(article);
                List<Triple> some = g.find().toList().subList(0, 10);
                some.forEach(g::delete);
            });
            PushReport again = push.replace(changed);
            assertEquals(quads - 10, again.triples(), "the triples of the graphs sent");
            assertSameNamedGraphs(changed, store, OTHER.getURI());
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void graphPerArticleAddsToAnExtractorsGraphInsteadOfReplacingIt() throws Exception {
        Node extractor = NodeFactory.createURI("https://w3id.org/newsgraph/resource/extractor/newsgraph-1-rules-abc");
        Node type = org.apache.jena.vocabulary.RDF.type.asNode();
        Node label = org.apache.jena.vocabulary.RDFS.label.asNode();
        Node ruleA = NodeFactory.createURI("https://w3id.org/newsgraph/resource/rule/said/a");
        Node ruleB = NodeFactory.createURI("https://w3id.org/newsgraph/resource/rule/said/b");
        DatasetGraph first = DatasetGraphFactory.createGeneral();
        first.add(extractor, extractor, type, org.newsgraph.rdf.NG.Extractor.asNode());
        first.add(extractor, ruleA, label, NodeFactory.createLiteralString("said/a"));
        DatasetGraph second = DatasetGraphFactory.createGeneral();
        second.add(extractor, extractor, type, org.newsgraph.rdf.NG.Extractor.asNode());
        second.add(extractor, ruleB, label, NodeFactory.createLiteralString("said/b"));
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = PushFixtures.fuseki(store);
        try {
            GraphStorePush push = GraphStorePush.to(PushFixtures.gspUrl(fuseki));
            push.replace(first);
            push.replace(second);
            Graph held = PushFixtures.graph(store, extractor);
            assertEquals(3, held.size(), "the rules of both pushes stay described");
            assertTrue(held.contains(ruleA, label, Node.ANY) && held.contains(ruleB, label, Node.ANY));
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void addingLandsEveryTripleAndKeepsWhatTheGraphHeld() throws Exception {
        DatasetGraph data = PushFixtures.data();
        Graph union = PushFixtures.union(data);
        DatasetGraph store = storeWithData();
        FusekiServer fuseki = PushFixtures.fuseki(store);
        try {
            List<PushReport> progress = Collections.synchronizedList(new ArrayList<>());
            GraphStorePush push = GraphStorePush.to(PushFixtures.gspUrl(fuseki)).withChunkSize(100)
                    .withListener(new GraphStorePush.Listener() {
                        @Override
                        public void sent(PushReport soFar) {
                            progress.add(soFar);
                        }
                    });
            PushReport r = push.add(union, null);
            long blank = union.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank()).toList().size();
            assertTrue(blank > 0);
            assertEquals((union.size() - blank + 99) / 100 + 1, r.requests(), "chunks of 100, then the blank-node triples together");
            assertEquals(r.requests(), progress.size());
            assertEquals(union.size(), r.triples());
            assertTrue(r.complete(), r::progress);
            assertEquals("sent " + union.size() + " of " + union.size() + " triples to the default graph", r.progress());

            Graph expected = GraphFactory.createDefaultGraph();
            union.find().forEachRemaining(expected::add);
            expected.add(KEPT);
            assertIsomorphic(expected, PushFixtures.graph(store, null), "the store's default graph");
            assertIsomorphic(graphOf(KEPT), PushFixtures.graph(store, OTHER), "a graph push did not name");

            // to a named graph
            String target = "https://example.org/graph/everything";
            PushReport named = GraphStorePush.to(PushFixtures.gspUrl(fuseki)).add(union, target);
            assertEquals(2, named.requests(), "50000 triples per request by default: one request, then one for the blank nodes");
            assertEquals(target, named.target());
            assertIsomorphic(union, PushFixtures.graph(store, NodeFactory.createURI(target)), "the graph --graph names");
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void fusekiWithBasicAuthRefusesAWrongPasswordAndTakesTheRightOne() throws Exception {
        DatasetGraph data = PushFixtures.data();
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        try (SparqlServer server = SparqlServer.start(store,
                SparqlServer.Settings.defaults().withPort(0).withUpdates(Map.of("editor", "correct horse")))) {
            String url = server.datasetUrl() + "/data";
            GraphStorePush push = GraphStorePush.to(url).withFirstDelay(FAST);

            PushException anonymous = assertThrows(PushException.class, () -> push.replace(data));
            assertEquals(401, anonymous.status());
            PushException wrong = assertThrows(PushException.class, () -> push.withCredentials("editor", "wrong").replace(data));
            assertEquals(401, wrong.status());
            assertEquals(0, wrong.report().retries(), "401 is not retried");
            assertEquals(0, wrong.report().graphs());
            assertTrue(wrong.getMessage().startsWith(url + " answered 401 Unauthorized for graph <"), wrong.getMessage());
            assertTrue(wrong.getMessage().contains("(the user name or password is wrong, or missing); sent 0 of 3 graphs (0 triples); not sent: 3 graphs ("),
                    wrong.getMessage());
            assertTrue(PushFixtures.graphNames(store).isEmpty(), "a refused push wrote");

            PushReport ok = push.withCredentials("editor", "correct horse").replace(data);
            assertEquals(3, ok.graphs());
            assertSameNamedGraphs(data, store);
        }
    }

    // ------------------------------------------------------------------ retries, against scripted servers

    @Test
    void unavailableTwiceThenAcceptedIsRetriedAndReported() throws Exception {
        DatasetGraph data = PushFixtures.data();
        Graph union = PushFixtures.union(data);
        try (ScriptedServer server = new ScriptedServer((n, r, h) -> {
            if (n <= 2) {
                h.set("Retry-After", "0");
                return 503;
            }
            return 204;
        })) {
            List<String> retries = Collections.synchronizedList(new ArrayList<>());
            PushReport r = GraphStorePush.to(server.url()).withFirstDelay(FAST).withListener(new GraphStorePush.Listener() {
                @Override
                public void retrying(String failure, int retry, int most, Duration delay) {
                    retries.add(failure + " " + retry + "/" + most);
                }
            }).add(union, null);
            assertEquals(2, r.retries());
            assertEquals(List.of("503 Service Unavailable (the default graph) 1/3", "503 Service Unavailable (the default graph) 2/3"), retries);
            assertEquals(2, r.requests(), "the triples without blank nodes, then those with");
            assertEquals(4, server.received().size());
            for (Received q : server.received()) {
                assertEquals("POST", q.method());
                assertEquals("default", q.query());
                assertEquals("application/n-triples", q.contentType());
                assertNull(q.authorization(), "credentials sent unasked");
            }
            assertIsomorphic(union, server.acceptedTriples(), "what the server accepted");
        }
    }

    @Test
    void retryAfterIsHonoured() throws Exception {
        try (ScriptedServer server = new ScriptedServer((n, r, h) -> {
            if (n == 1) {
                h.set("Retry-After", "1");
                return 429;
            }
            return 201;
        })) {
            long t0 = System.nanoTime();
            PushReport r = GraphStorePush.to(server.url()).withFirstDelay(FAST).replace(PushFixtures.data());
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(1, r.retries());
            assertTrue(millis >= 950, "Retry-After: 1 was not waited for (" + millis + " ms)");
        }
        assertEquals(Duration.ofSeconds(7), GraphStorePush.retryAfter(" 7 "));
        assertNull(GraphStorePush.retryAfter("soon"));
        assertNull(GraphStorePush.retryAfter("-1"));
        Duration d = GraphStorePush.retryAfter(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(20)));
        assertNotNull(d);
        assertTrue(d.compareTo(Duration.ofSeconds(15)) > 0 && d.compareTo(Duration.ofSeconds(21)) < 0, d::toString);
    }

    @Test
    void alwaysUnavailableSaysWhatWasAndWasNotSent() {
        DatasetGraph data = PushFixtures.data();
        List<String> names = new ArrayList<>(PushFixtures.graphNames(data));
        long first = PushFixtures.graph(data, NodeFactory.createURI(names.get(0))).size();
        long total = quads(data);
        try (ScriptedServer server = new ScriptedServer((n, r, h) -> n == 1 ? 201 : 503)) {
            PushException e = assertThrows(PushException.class,
                    () -> GraphStorePush.to(server.url()).withRetries(2).withFirstDelay(FAST).replace(data));
            assertEquals(503, e.status());
            assertEquals(server.url() + " answered 503 Service Unavailable for graph <" + names.get(1) + ">, after 2 retries", e.problem());
            assertEquals("sent 1 of 3 graphs (" + first + " triples); not sent: 2 graphs (" + (total - first) + " triples)", e.report().progress());
            assertTrue(e.getMessage().startsWith(e.problem() + " (") && e.getMessage().endsWith("; " + e.report().progress()), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
            assertEquals(2, e.report().retries());
            assertEquals(1 + 3, server.received().size(), "one graph, then one more sent three times");
            assertEquals("PUT", server.received().get(0).method());
            assertEquals("graph=" + names.get(0), server.received().get(0).query());
        }
    }

    @Test
    void clientErrorsAreNotRetried() {
        Graph union = PushFixtures.union(PushFixtures.data());
        for (int status : new int[] {400, 401, 403, 404, 405, 413, 415}) {
            try (ScriptedServer server = new ScriptedServer((n, r, h) -> status)) {
                PushException e = assertThrows(PushException.class, () -> GraphStorePush.to(server.url()).withFirstDelay(FAST)
                        .withCredentials("editor", "pw").add(union, null));
                assertEquals(status, e.status());
                assertEquals(1, server.received().size(), status + " was retried");
                assertEquals(Http.basic("editor", "pw"), server.received().get(0).authorization(), "credentials from the first request on");
                assertTrue(e.problem().startsWith(server.url() + " answered " + status + " "), e.problem());
                assertTrue(e.getMessage().endsWith("; sent 0 of " + union.size() + " triples to the default graph; not sent: " + union.size() + " triples"),
                        e.getMessage());
            }
        }
        try (ScriptedServer server = new ScriptedServer((n, r, h) -> {
            h.set("Location", "https://elsewhere.example/ds/data");
            return 308;
        })) {
            PushException e = assertThrows(PushException.class, () -> GraphStorePush.to(server.url()).add(union, null));
            assertEquals(1, server.received().size());
            assertTrue(e.hint().contains("https://elsewhere.example/ds/data"), e.getMessage());
        }
    }

    @Test
    void unreachableAndSilentStoresAreRetriedThenReported() {
        DatasetGraph data = PushFixtures.data();
        String nowhere = "http://127.0.0.1:" + PushFixtures.closedPort() + "/ds/data";
        PushException refused = assertThrows(PushException.class,
                () -> GraphStorePush.to(nowhere).withRetries(1).withFirstDelay(FAST).replace(data));
        assertEquals(-1, refused.status());
        assertEquals(1, refused.report().retries());
        assertTrue(refused.problem().startsWith("cannot send graph <") && refused.problem().endsWith("> to " + nowhere
                + ": connection refused, after 1 retry"), refused.problem());

        try (ScriptedServer server = new ScriptedServer((n, r, h) -> {
            Thread.sleep(5_000);
            return 204;
        })) {
            long t0 = System.nanoTime();
            PushException silent = assertThrows(PushException.class, () -> GraphStorePush.to(server.url()).withRetries(1).withFirstDelay(FAST)
                    .withTimeout(Duration.ofMillis(300)).add(PushFixtures.union(data), null));
            assertTrue(System.nanoTime() - t0 < 4_000_000_000L, "the timeout was not applied");
            assertTrue(silent.problem().endsWith(": no answer within 0.3 s, after 1 retry"), silent.problem());
            assertEquals(2, server.received().size());
        }
    }

    // ------------------------------------------------------------------ arguments

    @Test
    void endpointsAndGraphNamesAreChecked() {
        for (String bad : new String[] {"ftp://host/ds", "localhost:3030/ds/data", "http:///ds", "http://u:p@host/ds/data", "http://host/ds#x",
            "http://host/ds/data?default", "http://host/ds/data?graph=urn:x", "http://host/ds data"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GraphStorePush.to(bad), bad);
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
        assertEquals("https://host:8443/repositories/news/rdf-graphs/service", GraphStorePush.to(" https://host:8443/repositories/news/rdf-graphs/service ").endpoint());
        assertThrows(IllegalArgumentException.class, () -> GraphStorePush.checkGraphIri("graph/relative"));
        assertThrows(IllegalArgumentException.class, () -> GraphStorePush.checkGraphIri("http://x/a b"));
        assertEquals("urn:x:g", GraphStorePush.checkGraphIri("urn:x:g"));
        assertThrows(IllegalArgumentException.class, () -> GraphStorePush.to("http://h/ds").withCredentials("a:b", "pw"));
        assertThrows(IllegalArgumentException.class, () -> GraphStorePush.to("http://h/ds").withCredentials("a", ""));
        assertThrows(IllegalArgumentException.class, () -> GraphStorePush.to("http://h/ds").withRetries(-1));
        assertThrows(IllegalArgumentException.class, () -> GraphStorePush.to("http://h/ds").withChunkSize(0));
        assertFalse(GraphStorePush.to("http://127.0.0.1:3030/ds").withCredentials("a", "b").sendsPasswordInClear());
        assertFalse(GraphStorePush.to("https://192.0.2.1/ds").withCredentials("a", "b").sendsPasswordInClear());
        assertTrue(GraphStorePush.to("http://192.0.2.1/ds").withCredentials("a", "b").sendsPasswordInClear());
        assertEquals("0.5 s", GraphStorePush.seconds(Duration.ofMillis(500)));
        assertEquals("60 s", GraphStorePush.seconds(Duration.ofSeconds(60)));
    }

    /** The triples of all the graphs of a dataset, counted in each graph. */
    private static long quads(DatasetGraph d) {
        return Txn.calculateRead(d, () -> {
            long n = 0;
            for (var it = d.find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    private static Graph graphOf(Triple t) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(t);
        return g;
    }
}
