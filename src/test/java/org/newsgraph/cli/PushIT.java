package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.export.PushFixtures.assertIsomorphic;
import static org.newsgraph.export.PushFixtures.assertSameNamedGraphs;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsgraphJar;
import org.newsgraph.NewsgraphJar.Result;
import org.newsgraph.NewsgraphJar.Running;
import org.newsgraph.export.PushFixtures;
import org.newsgraph.serve.Http;

/** {@code push} run from the shaded jar, as a user runs it: into Fuseki, and into {@code serve --allow-update}. */
class PushIT {

    private static final Pattern SERVE_URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/newsgraph)/sparql");

    @TempDir
    Path dir;

    private DatasetGraph extractSample() throws Exception {
        Result x = NewsgraphJar.run(dir, null, "extract", "--format", "nquads", "-o", "sample.nq");
        assertEquals(0, x.exit(), x::describe);
        DatasetGraph sample = DatasetGraphFactory.createTxnMem();
        RDFParser.source(dir.resolve("sample.nq")).lang(Lang.NQUADS).parse(sample);
        return sample;
    }

    @Test
    void theJarLandsTheSameTriplesInFusekiAndSaysWhatItCouldNotSend() throws Exception {
        DatasetGraph sample = extractSample();
        Graph union = PushFixtures.union(sample);
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = PushFixtures.fuseki(store);
        String url = PushFixtures.gspUrl(fuseki);
        try {
            Result r = NewsgraphJar.run(dir, null, "push", "--endpoint", url, "--graph-per-article", "sample.nq");
            assertEquals(0, r.exit(), r::describe);
            assertEquals("", r.out(), r::describe);
            assertEquals(1, r.errLines().size(), "logger noise or more on stderr: " + r.describe());
            assertTrue(r.errLines().get(0).startsWith("newsgraph push: 2 graphs (one per article, replaced by PUT, and the extractor's, added to by POST), " + union.size()
                    + " triples in 2 requests, 0 retries, "), r::describe);
            assertTrue(r.errLines().get(0).endsWith(" ms -> " + url), r::describe);
            assertSameNamedGraphs(sample, store);

            Result d = NewsgraphJar.run(dir, null, "push", "--endpoint", url, "sample.nq");
            assertEquals(0, d.exit(), d::describe);
            assertTrue(d.errLines().get(0).startsWith("newsgraph push: " + union.size() + " triples added to the default graph (POST) in 1 request, "),
                    d::describe);
            assertIsomorphic(union, PushFixtures.graph(store, null), "the default graph");
            assertSameNamedGraphs(sample, store);
        } finally {
            fuseki.stop();
        }
        Result gone = NewsgraphJar.run(dir, null, "push", "--endpoint", url, "--retries", "1", "--quiet", "sample.nq");
        assertEquals(1, gone.exit(), gone::describe);
        assertEquals(1, gone.errLines().size(), gone::describe);
        assertEquals("newsgraph push: cannot send the default graph to " + url + ": connection refused, after 1 retry (is the database running, at this"
                + " host and port?); sent 0 of " + union.size() + " triples to the default graph; not sent: " + union.size() + " triples",
                gone.errLines().get(0));
        assertFalse(gone.err().contains("\tat "), gone::describe);
    }

    @Test
    void theJarLogsIntoServeWithAPasswordFileOrTheEnvironment() throws Exception {
        DatasetGraph sample = extractSample();
        String article = PushFixtures.graphNames(sample).first();
        Files.writeString(dir.resolve("seed.nt"), "<https://example.org/s> <https://example.org/p> <https://example.org/o> .\n");
        Files.writeString(dir.resolve("users.txt"), "editor:correct horse\n");
        Files.writeString(dir.resolve("wrong.txt"), "editor:wrong\n");
        try (Running server = NewsgraphJar.start(dir, null, "serve", "seed.nt", "--port", "0", "--allow-update", "--password-file", "users.txt")) {
            Matcher m = SERVE_URL.matcher(server.awaitErrLine(l -> SERVE_URL.matcher(l).find(), Duration.ofSeconds(90)));
            assertTrue(m.find());
            String dataset = m.group(1);

            Result wrong = NewsgraphJar.run(dir, null, "push", "--endpoint", dataset + "/data", "--graph-per-article", "--password-file", "wrong.txt",
                    "sample.nq");
            assertEquals(1, wrong.exit(), wrong::describe);
            assertEquals(1, wrong.errLines().size(), wrong::describe);
            assertTrue(wrong.errLines().get(0).startsWith("newsgraph push: " + dataset + "/data answered 401 Unauthorized for graph <" + article
                    + "> (check --user and --password-file"), wrong::describe);
            assertEquals(404, Http.get(dataset + "/get?graph=" + Http.encode(article), "application/n-triples").statusCode(), "a refused push wrote");

            Result ok = NewsgraphJar.run(dir, null, "push", "--endpoint", dataset + "/data", "--graph-per-article", "--password-file", "users.txt",
                    "sample.nq");
            assertEquals(0, ok.exit(), ok::describe);
            assertIsomorphic(PushFixtures.graph(sample, NodeFactory.createURI(article)), served(dataset, article), "the article's graph on serve");

            Result env = NewsgraphJar.run(dir, Map.of("NEWSGRAPH_USER", "editor", "NEWSGRAPH_PASSWORD", "correct horse"),
                    "push", "--endpoint", dataset + "/data", "--graph-per-article", "sample.nq");
            assertEquals(0, env.exit(), env::describe);
            Result userAndEnvPassword = NewsgraphJar.run(dir, Map.of("NEWSGRAPH_PASSWORD", "correct horse"),
                    "push", "--endpoint", dataset + "/data", "--graph-per-article", "--user", "editor", "sample.nq");
            assertEquals(0, userAndEnvPassword.exit(), userAndEnvPassword::describe);
            assertIsomorphic(PushFixtures.graph(sample, NodeFactory.createURI(article)), served(dataset, article), "pushed three times");

            Result noPassword = NewsgraphJar.run(dir, null, "push", "--endpoint", dataset + "/data", "--user", "editor", "sample.nq");
            assertEquals(1, noPassword.exit(), noPassword::describe);
            assertEquals(1, noPassword.errLines().size(), noPassword::describe);
            assertTrue(noPassword.errLines().get(0).contains("the user 'editor' needs a password: --password-file FILE"), noPassword::describe);
        }
    }

    /** A graph as serve gives it. */
    private static Graph served(String dataset, String graph) {
        HttpResponse<byte[]> r = Http.get(dataset + "/get?graph=" + Http.encode(graph), "application/n-triples");
        assertEquals(200, r.statusCode(), Http.describe(r));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.NTRIPLES).parse(g);
        return g;
    }
}
