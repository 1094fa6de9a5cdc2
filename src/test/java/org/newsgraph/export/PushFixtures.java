package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.TestSupport;
import org.newsgraph.ingest.Sample;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/**
 * What the push tests share: data (two articles, and a graph with blank nodes), Fuseki servers on free loopback
 * ports, a scripted HTTP server that answers as a test says, and isomorphism checks.
 */
public final class PushFixtures {

    /** A named graph with blank nodes, nested and not: they must stay one node each on the store. */
    public static final String BLANK_NODES_TRIG = """
            <https://example.org/graph/blank-nodes> {
              <https://example.org/s> <https://example.org/p> [ <https://example.org/q> "a" ; <https://example.org/r> [ <https://example.org/q> "b" ] ] .
              _:x <https://example.org/q> "c" ; <https://example.org/r> _:x .
            }
            """;

    private static DatasetGraph data;

    private PushFixtures() {
    }

    /** Two articles (two named graphs named by their IRIs) and a graph with blank nodes; callers must not change it. */
    public static synchronized DatasetGraph data() {
        if (data == null) {
            DatasetGraph d = DatasetGraphFactory.createTxnMem();
            TestSupport.NG.extract(List.of(Sample.article(),
                    TestSupport.article("Estonian prime minister Kaja Kallas said she backs Mark Rutte.")))
                    .asDatasetGraph().find().forEachRemaining(d::add);
            RDFParser.fromString(BLANK_NODES_TRIG, Lang.TRIG).parse(d);
            data = d;
        }
        return data;
    }

    /** A copy of a dataset, with the same blank nodes. */
    public static DatasetGraph copy(DatasetGraph d) {
        DatasetGraph c = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(d, () -> d.find().forEachRemaining(c::add));
        return c;
    }

    /** Every triple of a dataset's graphs, once. */
    public static Graph union(DatasetGraph d) {
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(d, () -> d.find().forEachRemaining(q -> g.add(q.asTriple())));
        return g;
    }

    /** A copy of one graph of a dataset (null: the default graph), read in a transaction. */
    public static Graph graph(DatasetGraph d, Node name) {
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(d, () -> (name == null ? d.getDefaultGraph() : d.getGraph(name)).find().forEachRemaining(g::add));
        return g;
    }

    public static TreeSet<String> graphNames(DatasetGraph d) {
        TreeSet<String> names = new TreeSet<>();
        Txn.executeRead(d, () -> d.listGraphNodes().forEachRemaining(n -> names.add(n.getURI())));
        return names;
    }

    /** The store holds exactly the named graphs of {@code expected} (each isomorphic), plus the graphs named in {@code others}. */
    public static void assertSameNamedGraphs(DatasetGraph expected, DatasetGraph actual, String... others) {
        TreeSet<String> names = graphNames(expected);
        names.addAll(List.of(others));
        assertEquals(names, graphNames(actual), "the store's graphs");
        for (String n : graphNames(expected)) {
            Node g = org.apache.jena.graph.NodeFactory.createURI(n);
            assertIsomorphic(graph(expected, g), graph(actual, g), "graph <" + n + ">");
        }
    }

    public static void assertIsomorphic(Graph expected, Graph actual, String what) {
        assertEquals(expected.size(), actual.size(), what + ": not the same number of triples");
        assertTrue(expected.isIsomorphicWith(actual), what + ": the graphs are not isomorphic");
    }

    /** The data as an N-Quads file. */
    public static Path nquads(DatasetGraph d, Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(d, () -> RDFDataMgr.write(out, d, Lang.NQUADS));
        try {
            return Files.write(file, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Fuseki server on a free loopback port, with an updatable dataset at /ds (Graph Store Protocol at /ds/data). */
    public static FusekiServer fuseki(DatasetGraph dataset) {
        return FusekiServer.create().fusekiModules(FusekiModules.empty()).loopback(true).port(0)
                .enablePing(false).enableStats(false).enableMetrics(false)
                .add("/ds", dataset).build().start();
    }

    public static String gspUrl(FusekiServer server) {
        return "http://127.0.0.1:" + server.getHttpPort() + "/ds/data";
    }

    /** A loopback port that nothing listens on. */
    public static int closedPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ a scripted HTTP server

    /** A request the scripted server received: its body parsed as N-Triples (empty if it had none). */
    public record Received(String method, String query, String contentType, String authorization, Graph body) {
    }

    /** How the scripted server answers its n-th request (from 1): a status, perhaps after a wait. */
    @FunctionalInterface
    public interface Script {
        int answer(int n, Received request, Headers responseHeaders) throws Exception;
    }

    /** A tiny HTTP server (the JDK's) on a free loopback port, answering as a script says and recording every request. */
    public static final class ScriptedServer implements AutoCloseable {
        private final HttpServer server;
        private final ExecutorService threads = Executors.newCachedThreadPool();
        private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
        private final List<Received> accepted = Collections.synchronizedList(new ArrayList<>());

        public ScriptedServer(Script script) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.setExecutor(threads);
            server.createContext("/", ex -> {
                try (ex) {
                    byte[] body = ex.getRequestBody().readAllBytes();
                    String ct = ex.getRequestHeaders().getFirst("Content-Type");
                    Graph g = GraphFactory.createDefaultGraph();
                    if (body.length > 0) {
                        RDFParser.source(new java.io.ByteArrayInputStream(body)).lang(Lang.NTRIPLES).parse(g);
                    }
                    String q = ex.getRequestURI().getRawQuery();
                    Received r = new Received(ex.getRequestMethod(), q == null ? null : URLDecoder.decode(q, StandardCharsets.UTF_8), ct,
                            ex.getRequestHeaders().getFirst("Authorization"), g);
                    received.add(r);
                    int status;
                    try {
                        status = script.answer(received.size(), r, ex.getResponseHeaders());
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        status = 599;
                    }
                    if (status / 100 == 2) {
                        accepted.add(r);
                    }
                    ex.sendResponseHeaders(status, -1);
                }
            });
            server.start();
        }

        /** The URL a push is given, e.g. {@code http://127.0.0.1:PORT/ds/data}. */
        public String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/ds/data";
        }

        public List<Received> received() {
            return List.copyOf(received);
        }

        /** The requests answered with a 2xx status. */
        public List<Received> accepted() {
            return List.copyOf(accepted);
        }

        /** The triples of every accepted request, each request's blank nodes its own, as on a store. */
        public Graph acceptedTriples() {
            Graph g = GraphFactory.createDefaultGraph();
            for (Received r : accepted()) {
                r.body().find().forEachRemaining(g::add);
            }
            return g;
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
