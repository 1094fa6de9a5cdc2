package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestSupport;
import org.newsgraph.export.Format;
import org.newsgraph.ingest.Sample;
import org.newsgraph.query.DataLoader;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.store.Store;

/**
 * The SPARQL endpoint over real HTTP: real Fuseki servers on free loopback ports, started and stopped here.
 */
class SparqlServerTest {

    private static final String JSON = "application/sparql-results+json";
    private static final String ASK_ANY = "ASK { ?s ?p ?o }";
    /** Every triple with every triple, four times over: far more rows than any timeout allows. */
    private static final String CARTESIAN_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @TempDir
    static Path shared;

    private static Path sampleFile;
    private static SparqlServer server;
    private static String sparql;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        sampleFile = shared.resolve("sample.nq");
        Files.write(sampleFile, TestSupport.write(TestSupport.sample(), Format.NQUADS));
        server = SparqlServer.start(DataLoader.load(List.of(sampleFile), true).asDatasetGraph(),
                SparqlServer.Settings.defaults().withPort(0));
        sparql = server.sparqlUrl();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    private static SparqlServer start(DatasetGraph data, SparqlServer.Settings s) throws ServeException {
        return SparqlServer.start(data, s.withPort(0));
    }

    private static DatasetGraph sampleData() throws Exception {
        return DataLoader.load(List.of(sampleFile), true).asDatasetGraph();
    }

    // ------------------------------------------------------------------ answers

    @Test
    void listensOnLoopbackAtTheNewsgraphPath() {
        assertTrue(sparql.startsWith("http://127.0.0.1:"), sparql);
        assertTrue(sparql.endsWith("/newsgraph/sparql"), sparql);
        assertTrue(server.port() > 0);
        assertEquals(List.of("127.0.0.1"), server.boundHosts(), "not bound to the loopback address only");
        HttpResponse<byte[]> r = Http.queryGet(sparql, ASK_ANY, JSON);
        assertEquals(200, r.statusCode(), Http.describe(r));
        assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON));
    }

    @Test
    void theQueryPageIsServedAtTheRootWithTheReadmeExamples() {
        HttpResponse<byte[]> page = Http.get(server.baseUrl() + "/", "text/html");
        assertEquals(200, page.statusCode(), Http.describe(page));
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), Http.describe(page));
        String html = Http.text(page);
        assertTrue(html.contains("id=\"run\"") && html.contains("id=\"examples\"") && html.contains("newsgraph/sparql"), html);
        assertFalse(html.contains("http://") || html.contains("https://"), "the page must work offline: no external assets");
        assertFalse(html.contains("innerHTML"), "results are rendered with textContent only");

        HttpResponse<byte[]> ex = Http.get(server.baseUrl() + "/examples.json", "application/json");
        assertEquals(200, ex.statusCode(), Http.describe(ex));
        org.apache.jena.atlas.json.JsonArray list = org.apache.jena.atlas.json.JSON.parseAny(Http.text(ex)).getAsArray();
        List<String> readme = new ArrayList<>();
        for (String q : ReadmeExamples.queries()) {
            readme.add(q.replaceAll("\\s+", " ").strip());
        }
        List<String> served = new ArrayList<>();
        for (var e : list) {
            assertFalse(e.getAsObject().get("title").getAsString().value().isBlank());
            served.add(e.getAsObject().get("query").getAsString().value().replaceAll("\\s+", " ").strip());
        }
        assertEquals(readme, served, "the page's example buttons must be the README's example queries");
        // the page is read-only
        HttpResponse<byte[]> post = Http.send(HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertEquals(405, post.statusCode(), Http.describe(post));
    }

    @Test
    void readmeQueriesOverHttpGiveTheSameAnswersAsQuery() {
        List<String> queries = ReadmeExamples.queries();
        assertTrue(queries.size() >= 4, "README examples not found: " + queries);
        for (String q : queries) {
            InProcessCli.Run cli = InProcessCli.run("query", "-d", sampleFile.toString(), "--results", "json", q);
            assertEquals(0, cli.exit(), cli::describe);
            List<String> expected = ReadmeExamples.comparable(q, ReadmeExamples.rows(cli.out()));
            assertFalse(expected.isEmpty(), "no answer to a README example: " + q);
            for (HttpResponse<byte[]> r : List.of(Http.query(sparql, q, JSON), Http.queryGet(sparql, q, JSON),
                    Http.query(server.datasetUrl() + "/query", q, JSON), Http.queryGet(server.datasetUrl(), q, JSON))) {
                assertEquals(200, r.statusCode(), Http.describe(r));
                assertEquals(expected, ReadmeExamples.comparable(q, ReadmeExamples.rows(r.body())), q);
            }
            // the SPARQL Protocol's own way: the query as the body
            HttpResponse<byte[]> direct = Http.send(HttpRequest.newBuilder(java.net.URI.create(sparql))
                    .header("Content-Type", "application/sparql-query").header("Accept", JSON)
                    .POST(HttpRequest.BodyPublishers.ofString(q)).build());
            assertEquals(200, direct.statusCode(), Http.describe(direct));
            assertEquals(expected, ReadmeExamples.comparable(q, ReadmeExamples.rows(direct.body())), q);
        }
    }

    @Test
    void aStoreServedOverHttpAnswersLikeQueryOnTheStore() throws Exception {
        Path storeDir = dir.resolve("store");
        try (Store s = Store.openOrCreate(storeDir)) {
            s.load(List.of(ArticleSource.of("sample", Sample.article())), TestSupport.NG, 10, null);
        }
        List<String> queries = ReadmeExamples.queries();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (String q : queries) {
            InProcessCli.Run cli = InProcessCli.run("query", "--store", storeDir.toString(), "--results", "json", q);
            assertEquals(0, cli.exit(), cli::describe);
            expected.put(q, ReadmeExamples.comparable(q, ReadmeExamples.rows(cli.out())));
        }
        try (Store s = Store.open(storeDir); SparqlServer srv = start(s.view(), SparqlServer.Settings.defaults())) {
            for (String q : queries) {
                HttpResponse<byte[]> r = Http.query(srv.sparqlUrl(), q, JSON);
                assertEquals(200, r.statusCode(), Http.describe(r));
                assertFalse(expected.get(q).isEmpty(), q);
                assertEquals(expected.get(q), ReadmeExamples.comparable(q, ReadmeExamples.rows(r.body())), q);
            }
            // a named graph per article, readable by the Graph Store Protocol
            String article = TestSupport.NG.articleIri(Sample.article());
            HttpResponse<byte[]> g = Http.get(srv.datasetUrl() + "/get?graph=" + Http.encode(article), "application/n-triples");
            assertEquals(200, g.statusCode(), Http.describe(g));
            Graph parsed = parse(g.body(), Lang.NTRIPLES);
            assertTrue(parsed.isIsomorphicWith(TestSupport.NG.graph(TestSupport.NG.analyze(Sample.article()))),
                    "the article graph served is not the article's extraction");
        }
    }

    @Test
    void everyContentTypeParses() {
        String select = "SELECT ?s ?label WHERE { ?s a ng:Person ; rdfs:label ?label } ORDER BY ?s";
        HttpResponse<byte[]> json = Http.query(sparql, select, JSON);
        assertEquals(200, json.statusCode(), Http.describe(json));
        List<String> rows = ReadmeExamples.rows(json.body());
        assertTrue(rows.size() > 2, "too few persons to test with: " + rows);

        Map<String, Lang> selectTypes = new LinkedHashMap<>();
        selectTypes.put("application/sparql-results+xml", ResultSetLang.RS_XML);
        selectTypes.put("text/csv", ResultSetLang.RS_CSV);
        selectTypes.put("text/tab-separated-values", ResultSetLang.RS_TSV);
        for (Map.Entry<String, Lang> e : selectTypes.entrySet()) {
            HttpResponse<byte[]> r = Http.query(sparql, select, e.getKey());
            assertEquals(200, r.statusCode(), Http.describe(r));
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(e.getKey()), Http.describe(r));
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), e.getValue());
            List<String> got = ReadmeExamples.rows(rs);
            if (e.getValue() == ResultSetLang.RS_CSV) {
                // CSV keeps no term types: compare the number of rows
                assertEquals(rows.size(), got.size(), e.getKey());
            } else {
                assertEquals(rows, got, e.getKey());
            }
        }
        for (String type : List.of(JSON, "application/sparql-results+xml")) {
            HttpResponse<byte[]> ask = Http.query(sparql, "ASK { ?p ng:holdsOffice ?o }", type);
            assertEquals(200, ask.statusCode(), Http.describe(ask));
            Lang lang = type.equals(JSON) ? ResultSetLang.RS_JSON : ResultSetLang.RS_XML;
            assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(ask.body()), lang), type);
        }

        String construct = "CONSTRUCT { ?s ng:holdsOffice ?o . ?s rdfs:label ?l } WHERE { ?s ng:holdsOffice ?o ; rdfs:label ?l }";
        Graph expected;
        try (QueryExecution qe = QueryExecution.dataset(sampleDataset()).query(ReadmeExamples.parse(construct)).build()) {
            expected = qe.execConstruct().getGraph();
        }
        assertFalse(expected.isEmpty());
        Map<String, Lang> graphTypes = new LinkedHashMap<>();
        graphTypes.put("text/turtle", Lang.TURTLE);
        graphTypes.put("application/n-triples", Lang.NTRIPLES);
        graphTypes.put("application/ld+json", Lang.JSONLD);
        graphTypes.put("application/rdf+xml", Lang.RDFXML);
        for (Map.Entry<String, Lang> e : graphTypes.entrySet()) {
            HttpResponse<byte[]> r = Http.query(sparql, construct, e.getKey());
            assertEquals(200, r.statusCode(), Http.describe(r));
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(e.getKey()), Http.describe(r));
            assertTrue(parse(r.body(), e.getValue()).isIsomorphicWith(expected), "CONSTRUCT as " + e.getKey());

            HttpResponse<byte[]> gsp = Http.get(server.datasetUrl() + "/get?default", e.getKey());
            assertEquals(200, gsp.statusCode(), Http.describe(gsp));
            Graph whole = parse(gsp.body(), e.getValue());
            assertTrue(whole.size() > expected.size(), "the default graph as " + e.getKey() + " is too small");
            expected.find().forEachRemaining(t -> assertTrue(whole.contains(t), "GSP " + e.getKey() + " lacks " + t));
        }
        // the whole dataset, named graphs included
        for (Map.Entry<String, Lang> e : Map.of("application/n-quads", Lang.NQUADS, "application/trig", Lang.TRIG).entrySet()) {
            HttpResponse<byte[]> r = Http.get(server.datasetUrl(), e.getKey());
            assertEquals(200, r.statusCode(), Http.describe(r));
            DatasetGraph ds = DatasetGraphFactory.createTxnMem();
            RDFParser.source(new ByteArrayInputStream(r.body())).lang(e.getValue()).parse(ds);
            assertTrue(ds.containsGraph(NodeFactory.createURI(TestSupport.NG.articleIri(Sample.article()))),
                    e.getKey() + ": the article's named graph is missing");
        }
    }

    // ------------------------------------------------------------------ load

    @Test
    void sixteenParallelClientsGetIdenticalAnswers() throws Exception {
        hammer(sparql, 16, 200);
    }

    @Test
    void sixteenParallelClientsGetIdenticalAnswersFromAStore() throws Exception {
        Path storeDir = dir.resolve("store");
        try (Store s = Store.openOrCreate(storeDir)) {
            s.load(List.of(ArticleSource.of("sample", Sample.article())), TestSupport.NG, 10, null);
            try (SparqlServer srv = start(s.view(), SparqlServer.Settings.defaults())) {
                hammer(srv.sparqlUrl(), 16, 50);
            }
        }
    }

    /** {@code clients} threads send {@code each} README queries each; every answer must be the first one. */
    private static void hammer(String sparql, int clients, int each) throws Exception {
        List<String> queries = ReadmeExamples.queries();
        Map<String, List<String>> expected = new HashMap<>();
        for (String q : queries) {
            expected.put(q, ReadmeExamples.comparable(q, ReadmeExamples.rows(Http.query(sparql, q, JSON).body())));
            assertFalse(expected.get(q).isEmpty(), q);
        }
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                Callable<List<String>> work = () -> {
                    List<String> problems = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        String q = queries.get((client + i) % queries.size());
                        HttpResponse<byte[]> r = (i % 2 == 0) ? Http.query(sparql, q, JSON) : Http.queryGet(sparql, q, JSON);
                        if (r.statusCode() != 200) {
                            problems.add(Http.describe(r));
                        } else if (!expected.get(q).equals(ReadmeExamples.comparable(q, ReadmeExamples.rows(r.body())))) {
                            problems.add("different answer to " + q + ": " + Http.text(r));
                        }
                        done.incrementAndGet();
                    }
                    return problems;
                };
                futures.add(pool.submit(work));
            }
            List<String> problems = new ArrayList<>();
            for (Future<List<String>> f : futures) {
                problems.addAll(f.get(120, TimeUnit.SECONDS));
            }
            assertEquals(List.of(), problems.subList(0, Math.min(5, problems.size())), problems.size() + " bad answers");
            assertEquals(clients * each, done.get());
        } finally {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ limits

    @Test
    void aCartesianProductHitsTheTimeoutAndTheServerKeepsAnswering() throws Exception {
        try (SparqlServer srv = start(sampleData(), SparqlServer.Settings.defaults().withTimeout(Duration.ofMillis(1000)))) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = Http.query(srv.sparqlUrl(), CARTESIAN_COUNT, JSON);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, r.statusCode(), Http.describe(r));
            assertTrue(Http.text(r).contains("timed out"), Http.describe(r));
            assertTrue(millis < 15_000, "the timeout took " + millis + " ms");
            // a client cannot ask for more time than the server allows
            HttpResponse<byte[]> longer = Http.query(srv.sparqlUrl() + "?timeout=3600", CARTESIAN_COUNT, JSON);
            assertEquals(503, longer.statusCode(), Http.describe(longer));
            // and the server goes on answering
            for (int i = 0; i < 5; i++) {
                HttpResponse<byte[]> ok = Http.query(srv.sparqlUrl(), ASK_ANY, JSON);
                assertEquals(200, ok.statusCode(), Http.describe(ok));
            }
        }
    }

    @Test
    void resultsAreCapped() throws Exception {
        try (SparqlServer srv = start(sampleData(), SparqlServer.Settings.defaults().withMaxResults(50))) {
            HttpResponse<byte[]> r = Http.query(srv.sparqlUrl(), "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", JSON);
            assertEquals(200, r.statusCode(), Http.describe(r));
            assertEquals(50, ReadmeExamples.rows(r.body()).size());
            assertEquals("50", r.headers().firstValue(GuardedQuery.TRUNCATED_HEADER).orElse(null));

            HttpResponse<byte[]> small = Http.query(srv.sparqlUrl(), "SELECT * WHERE { ?a ?b ?c } LIMIT 7", JSON);
            assertEquals(7, ReadmeExamples.rows(small.body()).size());
            assertTrue(small.headers().firstValue(GuardedQuery.TRUNCATED_HEADER).isEmpty(), "a result under the cap is marked cut");

            HttpResponse<byte[]> g = Http.query(srv.sparqlUrl(), "CONSTRUCT { ?a <urn:x:p> ?d } WHERE { ?a ?b ?c . ?d ?e ?f }", "application/n-triples");
            assertEquals(200, g.statusCode(), Http.describe(g));
            Graph graph = parse(g.body(), Lang.NTRIPLES);
            assertTrue(graph.size() > 0 && graph.size() <= 50, "CONSTRUCT gave " + graph.size() + " triples");
        }
    }

    @Test
    void serviceMakesNoOutboundConnection() throws Exception {
        try (Listener listener = new Listener()) {
            AtomicInteger connections = listener.connections;
            String target = "http://127.0.0.1:" + listener.port() + "/sparql";

            HttpResponse<byte[]> r = Http.query(sparql, "SELECT * WHERE { SERVICE <" + target + "> { ?s ?p ?o } }", JSON);
            assertEquals(422, r.statusCode(), Http.describe(r));
            assertTrue(Http.text(r).contains("SERVICE is disabled"), Http.describe(r));
            HttpResponse<byte[]> silent = Http.query(sparql, "SELECT * WHERE { SERVICE SILENT <" + target + "> { ?s ?p ?o } }", JSON);
            assertEquals(422, silent.statusCode(), Http.describe(silent));
            HttpResponse<byte[]> nested = Http.query(sparql,
                    "SELECT * WHERE { ?x a ng:Person . OPTIONAL { SERVICE <" + target + "?q=1> { ?x ?p ?o } } }", JSON);
            assertEquals(422, nested.statusCode(), Http.describe(nested));

            Thread.sleep(300);
            assertEquals(0, connections.get(), "the server connected to the SERVICE endpoint");
            // the listener does count connections: a check of the check
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), listener.port())) {
                assertTrue(s.isConnected());
            }
            long deadline = System.currentTimeMillis() + 5000;
            while (connections.get() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(1, connections.get());
        }
    }

    // ------------------------------------------------------------------ read-only

    @Test
    void readOnlyRefusesUpdatesAndGraphStoreWrites() throws Exception {
        try (Listener listener = new Listener();
                SparqlServer srv = start(sampleData(), SparqlServer.Settings.defaults())) {
            String ds = srv.datasetUrl();
            String insert = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
            String load = "LOAD <http://127.0.0.1:" + listener.port() + "/data.ttl>";
            long triplesBefore = count(srv);
            List<HttpResponse<byte[]>> refused = new ArrayList<>();
            for (String url : List.of(ds + "/sparql", ds + "/query", ds + "/update", ds, ds + "/get", ds + "/data")) {
                refused.add(Http.write("POST", url, "application/sparql-update", insert, null, null));
                refused.add(Http.write("POST", url, "application/sparql-update", load, null, null));
                refused.add(Http.write("POST", url, "application/x-www-form-urlencoded", "update=" + Http.encode(insert), null, null));
            }
            for (String url : List.of(ds + "/get?default", ds + "/get?graph=urn:x:g", ds + "/data?default", ds + "?default",
                    ds + "?graph=urn:x:g", ds)) {
                refused.add(Http.write("PUT", url, "text/turtle", "<urn:x:s> <urn:x:p> <urn:x:o> .", null, null));
                refused.add(Http.write("POST", url, "text/turtle", "<urn:x:s> <urn:x:p> <urn:x:o> .", null, null));
                refused.add(Http.write("DELETE", url, null, null, null, null));
            }
            for (HttpResponse<byte[]> r : refused) {
                assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "not refused: " + Http.describe(r));
            }
            assertFalse(ask(srv, "ASK { <urn:x:s> ?p ?o }"), "a write went through");
            assertFalse(ask(srv, "ASK { GRAPH ?g { <urn:x:s> ?p ?o } }"), "a write went through");
            assertEquals(triplesBefore, count(srv), "the data changed");
            assertTrue(ask(srv, "ASK { ?p ng:holdsOffice ?o }"), "the data was removed");
            assertEquals(0, listener.connections.get(), "a refused LOAD still fetched its URL");
        }
    }

    @Test
    void updatesNeedTheRightPassword() throws Exception {
        Map<String, String> users = Map.of("editor", "s3cret:with colon");
        try (Listener listener = new Listener();
                SparqlServer srv = start(sampleData(), SparqlServer.Settings.defaults().withUpdates(users))) {
            AtomicInteger connections = listener.connections;
            String update = srv.datasetUrl() + "/update";
            String data = srv.datasetUrl() + "/data?graph=" + Http.encode("urn:x:g2");
            String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";

            for (String[] cred : new String[][] {{null, null}, {"editor", "wrong"}, {"editor", "s3cret"}, {"intruder", "s3cret:with colon"},
                {"editor", "s3cret:with colon "}}) {
                HttpResponse<byte[]> r = Http.write("POST", update, "application/sparql-update", insert, cred[0], cred[1]);
                assertEquals(401, r.statusCode(), "update with " + cred[0] + "/" + cred[1] + ": " + Http.describe(r));
                HttpResponse<byte[]> put = Http.write("PUT", data, "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> .", cred[0], cred[1]);
                assertEquals(401, put.statusCode(), "GSP PUT with " + cred[0] + "/" + cred[1] + ": " + Http.describe(put));
            }
            assertFalse(ask(srv, "ASK { GRAPH ?g { ?s <urn:x:p> ?o } }"), "a refused update went through");

            HttpResponse<byte[]> ok = Http.write("POST", update, "application/sparql-update", insert, "editor", "s3cret:with colon");
            assertTrue(ok.statusCode() / 100 == 2, Http.describe(ok));
            assertTrue(ask(srv, "ASK { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }"), "the update did not go through");
            HttpResponse<byte[]> put = Http.write("PUT", data, "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> .", "editor", "s3cret:with colon");
            assertTrue(put.statusCode() / 100 == 2, Http.describe(put));
            assertTrue(ask(srv, "ASK { GRAPH <urn:x:g2> { <urn:x:a> <urn:x:b> <urn:x:c> } }"), "the GSP write did not go through");

            // no writes from HTML forms, even with the right password: a page on another site could send them
            HttpResponse<byte[]> form = Http.write("POST", update, "application/x-www-form-urlencoded",
                    "update=" + Http.encode("INSERT DATA { GRAPH <urn:x:g4> { <urn:x:s> <urn:x:p> <urn:x:o> } }"), "editor", "s3cret:with colon");
            assertEquals(415, form.statusCode(), Http.describe(form));
            HttpResponse<byte[]> plain = Http.write("POST", data, "text/plain", "<urn:x:a> <urn:x:b> <urn:x:c> .", "editor", "s3cret:with colon");
            assertEquals(415, plain.statusCode(), Http.describe(plain));
            assertFalse(ask(srv, "ASK { GRAPH <urn:x:g4> { ?s ?p ?o } }"), "a form update went through");

            // LOAD and SERVICE stay off, even for an authenticated user
            String target = "http://127.0.0.1:" + listener.port() + "/data.ttl";
            HttpResponse<byte[]> load = Http.write("POST", update, "application/sparql-update", "LOAD <" + target + ">", "editor", "s3cret:with colon");
            assertEquals(403, load.statusCode(), Http.describe(load));
            HttpResponse<byte[]> service = Http.write("POST", update, "application/sparql-update",
                    "INSERT { GRAPH <urn:x:g3> { ?s ?p ?o } } WHERE { SERVICE <" + target + "> { ?s ?p ?o } }", "editor", "s3cret:with colon");
            assertTrue(service.statusCode() >= 400, Http.describe(service));
            Thread.sleep(300);
            assertEquals(0, connections.get(), "the server connected out for LOAD or SERVICE");

            // reads need no password
            HttpResponse<byte[]> read = Http.query(srv.sparqlUrl(), ASK_ANY, JSON);
            assertEquals(200, read.statusCode(), Http.describe(read));
        }
    }

    @Test
    void updatesOverAStoreGoToItsNamedGraphsAndTheDefaultGraphIsReadOnly() throws Exception {
        Path storeDir = dir.resolve("store");
        Map<String, String> users = Map.of("editor", "pw");
        try (Store s = Store.openOrCreate(storeDir)) {
            s.load(List.of(ArticleSource.of("sample", Sample.article())), TestSupport.NG, 10, null);
            try (SparqlServer srv = start(s.view(), SparqlServer.Settings.defaults().withUpdates(users))) {
                String update = srv.datasetUrl() + "/update";
                HttpResponse<byte[]> toDefault = Http.write("POST", update, "application/sparql-update",
                        "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }", "editor", "pw");
                assertEquals(403, toDefault.statusCode(), Http.describe(toDefault));
                assertTrue(Http.text(toDefault).contains("read-only"), Http.describe(toDefault));
                HttpResponse<byte[]> gspDefault = Http.write("PUT", srv.datasetUrl() + "/data?default", "text/turtle",
                        "<urn:x:s> <urn:x:p> <urn:x:o> .", "editor", "pw");
                assertEquals(403, gspDefault.statusCode(), Http.describe(gspDefault));
                assertFalse(ask(srv, "ASK { <urn:x:s> <urn:x:p> <urn:x:o> }"), "a refused write went through");
                HttpResponse<byte[]> toNamed = Http.write("POST", update, "application/sparql-update",
                        "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }", "editor", "pw");
                assertTrue(toNamed.statusCode() / 100 == 2, Http.describe(toNamed));
                assertTrue(ask(srv, "ASK { <urn:x:s> <urn:x:p> <urn:x:o> }"), "a named graph write is not in the union");
            }
            assertTrue(s.articles().contains("urn:x:g"), "the write did not reach the store: " + s.articles());
        }
    }

    @Test
    void corsLetsBrowsersQuery() {
        HttpResponse<byte[]> preflight = Http.send(HttpRequest.newBuilder(java.net.URI.create(sparql))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type")
                .build());
        assertTrue(preflight.statusCode() / 100 == 2, Http.describe(preflight));
        assertEquals("https://example.org", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        // no credentials: a page on another site cannot use a login the browser has cached
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), Http.describe(preflight));
        HttpResponse<byte[]> r = Http.send(HttpRequest.newBuilder(java.net.URI.create(sparql + "?query=" + Http.encode(ASK_ANY)))
                .header("Origin", "https://example.org").header("Accept", JSON).GET().build());
        assertEquals(200, r.statusCode());
        assertEquals("https://example.org", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(r.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains(GuardedQuery.TRUNCATED_HEADER),
                Http.describe(r));
    }

    @Test
    void aSyntaxErrorIsABadRequest() {
        HttpResponse<byte[]> r = Http.query(sparql, "SELECT ?a WHERE { ?x ng:succeeds ?y . ", JSON);
        assertEquals(400, r.statusCode(), Http.describe(r));
        // the real error (the query ends too soon), at the line and column of the text as sent
        assertTrue(Http.text(r).toLowerCase(java.util.Locale.ROOT).contains("line 1, column 38"), Http.describe(r));
        assertTrue(Http.text(r).contains("EOF"), Http.describe(r));
        HttpResponse<byte[]> undeclared = Http.query(sparql, "SELECT * WHERE { ?x nope:p ?y }", JSON);
        assertEquals(400, undeclared.statusCode(), Http.describe(undeclared));
    }

    @Test
    void aPortInUseIsReportedInOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ServeException e = assertThrows(ServeException.class, () -> SparqlServer.start(sampleData(),
                    SparqlServer.Settings.defaults().withPort(taken.getLocalPort())));
            assertTrue(e.getMessage().startsWith("cannot listen on 127.0.0.1:" + taken.getLocalPort()), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void settingsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> SparqlServer.Settings.defaults().withUpdates(Map.of()));
        assertThrows(IllegalArgumentException.class, () -> SparqlServer.Settings.defaults().withPort(70000));
        assertThrows(IllegalArgumentException.class, () -> SparqlServer.Settings.defaults().withTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> SparqlServer.Settings.defaults().withMaxResults(0));
        SparqlServer.Settings d = SparqlServer.Settings.defaults();
        assertEquals("127.0.0.1", d.host());
        assertEquals(3030, d.port());
        assertEquals(Duration.ofSeconds(10), d.timeout());
        assertFalse(d.allowUpdate());
        assertTrue(d.cors());
    }

    // ------------------------------------------------------------------ helpers

    /** A TCP listener on a free loopback port that counts the connections it accepts. */
    private static final class Listener implements AutoCloseable {
        final ServerSocket socket;
        final AtomicInteger connections = new AtomicInteger();

        Listener() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        Socket accepted = socket.accept();
                        connections.incrementAndGet();
                        accepted.close();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "connection-counter");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static boolean ask(SparqlServer srv, String ask) {
        HttpResponse<byte[]> r = Http.query(srv.sparqlUrl(), ask, JSON);
        assertEquals(200, r.statusCode(), Http.describe(r));
        return ResultSetMgr.readBoolean(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
    }

    private static long count(SparqlServer srv) {
        HttpResponse<byte[]> r = Http.query(srv.sparqlUrl(), "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }", JSON);
        assertEquals(200, r.statusCode(), Http.describe(r));
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON);
        assertTrue(rs.hasNext());
        long n = rs.next().getLiteral("n").getLong();
        assertTrue(n > 0);
        return n;
    }

    private static Graph parse(byte[] body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(g);
        return g;
    }

    private static Dataset sampleDataset() {
        try {
            return DataLoader.load(List.of(sampleFile), true);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
