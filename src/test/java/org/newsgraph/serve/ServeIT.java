package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsgraphJar;
import org.newsgraph.NewsgraphJar.Result;
import org.newsgraph.NewsgraphJar.Running;

/** {@code serve} run from the shaded jar: embedded Fuseki and Jetty 12 work when shaded, and stay quiet. */
class ServeIT {

    private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/newsgraph/sparql)");
    private static final String JSON = "application/sparql-results+json";
    private static final Duration STARTUP = Duration.ofSeconds(90);

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    @BeforeAll
    static void extractTheSample() throws Exception {
        Result r = NewsgraphJar.run(shared, null, "extract");
        assertEquals(0, r.exit(), r::describe);
        assertTrue(Files.isRegularFile(shared.resolve("output/rutte-nato.ttl")));
    }

    private static String awaitUrl(Running server) throws InterruptedException {
        String line = server.awaitErrLine(l -> URL.matcher(l).find(), STARTUP);
        Matcher m = URL.matcher(line);
        assertTrue(m.find());
        return m.group(1);
    }

    @Test
    void theJarServesTheReadmeQueriesAndPrintsOnlyItsUrl() throws Exception {
        List<String> queries = ReadmeExamples.queries();
        assertTrue(queries.size() >= 4, "README examples not found");
        Result stopped;
        try (Running server = NewsgraphJar.start(shared, null, "serve", "output/rutte-nato.ttl", "--port", "0")) {
            String url = awaitUrl(server);
            HttpResponse<byte[]> ask = Http.get(url + "?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D", "*/*");
            assertEquals(200, ask.statusCode(), Http.describe(ask));
            assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(ask.body()), ResultSetLang.RS_JSON), Http.describe(ask));
            for (String q : queries) {
                Result cli = NewsgraphJar.run(shared, null, "query", "-d", "output/rutte-nato.ttl", "--results", "json", q);
                assertEquals(0, cli.exit(), cli::describe);
                List<String> expected = ReadmeExamples.comparable(q, ReadmeExamples.rows(cli.out().getBytes(StandardCharsets.UTF_8)));
                assertFalse(expected.isEmpty(), q);
                HttpResponse<byte[]> r = Http.query(url, q, JSON);
                assertEquals(200, r.statusCode(), Http.describe(r));
                assertEquals(expected, ReadmeExamples.comparable(q, ReadmeExamples.rows(r.body())), q);
            }
            stopped = server.stop();
        }
        assertEquals("", stopped.out(), "serve printed on stdout");
        List<String> err = stopped.errLines();
        assertEquals(1, err.size(), "logger noise or more on stderr: " + stopped.describe());
        assertTrue(err.get(0).startsWith("newsgraph serve: http://127.0.0.1:"), stopped::describe);
        assertTrue(err.get(0).contains("read-only"), stopped::describe);
    }

    @Test
    void aServedStoreIsLockedAgainstOtherProcesses() throws Exception {
        Files.writeString(dir.resolve("nato.txt"), "Dutch prime minister Mark Rutte will replace Jens Stoltenberg as Nato chief.");
        Result load = NewsgraphJar.run(dir, null, "load", "--store", "store", "nato.txt");
        assertEquals(0, load.exit(), load::describe);
        try (Running server = NewsgraphJar.start(dir, null, "serve", "--store", "store", "--port", "0")) {
            String url = awaitUrl(server);
            HttpResponse<byte[]> r = Http.query(url, "SELECT ?g WHERE { GRAPH ?g { ?g a schema:NewsArticle } }", JSON);
            assertEquals(200, r.statusCode(), Http.describe(r));
            List<String> rows = ReadmeExamples.rows(r.body());
            assertEquals(1, rows.size(), Http.describe(r));
            assertTrue(rows.get(0).startsWith("?g=<https://w3id.org/newsgraph/resource/article/"), rows.toString());

            Result second = NewsgraphJar.run(dir, null, "load", "--store", "store", "nato.txt");
            assertEquals(1, second.exit(), second::describe);
            assertEquals(1, second.errLines().size(), second::describe);
            assertTrue(second.errLines().get(0).contains("in use by another process"), second::describe);
            server.stop();
        }
        Result stats = NewsgraphJar.run(dir, null, "stats", "--store", "store");
        assertEquals(0, stats.exit(), "the store stayed locked after serve stopped: " + stats.describe());
    }

    @Test
    void updatesNeedCredentials() throws Exception {
        Result none = NewsgraphJar.run(shared, null, "serve", "output/rutte-nato.ttl", "--port", "0", "--allow-update");
        assertEquals(1, none.exit(), none::describe);
        assertEquals(1, none.errLines().size(), none::describe);
        assertTrue(none.errLines().get(0).contains("--password-file") && none.errLines().get(0).contains("NEWSGRAPH_USER"), none::describe);

        Path users = Files.writeString(dir.resolve("users.txt"), "editor:correct horse\n");
        try (Running server = NewsgraphJar.start(shared, null, "serve", "output/rutte-nato.ttl", "--port", "0", "--allow-update",
                "--password-file", users.toString())) {
            String update = awaitUrl(server).replace("/sparql", "/update");
            String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
            assertEquals(401, Http.write("POST", update, "application/sparql-update", insert, "editor", "wrong").statusCode());
            assertEquals(401, Http.write("POST", update, "application/sparql-update", insert, null, null).statusCode());
            HttpResponse<byte[]> ok = Http.write("POST", update, "application/sparql-update", insert, "editor", "correct horse");
            assertEquals(2, ok.statusCode() / 100, Http.describe(ok));
        }

        Map<String, String> env = Map.of("NEWSGRAPH_USER", "ed", "NEWSGRAPH_PASSWORD", "from-env");
        try (Running server = NewsgraphJar.start(shared, env, "serve", "output/rutte-nato.ttl", "--port", "0", "--allow-update")) {
            String update = awaitUrl(server).replace("/sparql", "/update");
            String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
            assertEquals(401, Http.write("POST", update, "application/sparql-update", insert, "ed", "wrong").statusCode());
            HttpResponse<byte[]> ok = Http.write("POST", update, "application/sparql-update", insert, "ed", "from-env");
            assertEquals(2, ok.statusCode() / 100, Http.describe(ok));
        }
    }

    @Test
    void badServeCommandsAreUserErrors() throws Exception {
        assertUserError(NewsgraphJar.run(shared, null, "serve"), "nothing to serve");
        assertUserError(NewsgraphJar.run(shared, null, "serve", "output/rutte-nato.ttl", "--store", "x"), "not both");
        assertUserError(NewsgraphJar.run(shared, null, "serve", "output/rutte-nato.ttl", "--timeout", "0"), "--timeout");
        assertUserError(NewsgraphJar.run(shared, null, "serve", "output/rutte-nato.ttl", "--timeout", "soon"), "--timeout");
        assertUserError(NewsgraphJar.run(shared, null, "serve", "nope.ttl"), "nope.ttl");
        assertUserError(NewsgraphJar.run(shared, null, "serve", "--store", "nowhere"), "no such store");
        assertUserError(NewsgraphJar.run(shared, null, "serve", "output/rutte-nato.ttl", "--password-file", "x"), "--allow-update");
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertUserError(NewsgraphJar.run(shared, null, "serve", "output/rutte-nato.ttl", "--port", "" + taken.getLocalPort()),
                    "cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    private static void assertUserError(Result r, String fragment) {
        assertEquals(1, r.exit(), r::describe);
        assertEquals(1, r.errLines().size(), r::describe);
        assertTrue(r.errLines().get(0).contains(fragment), r::describe);
        assertFalse(r.err().contains("\tat "), r::describe);
    }
}
