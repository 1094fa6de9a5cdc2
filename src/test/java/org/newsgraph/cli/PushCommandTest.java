package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.export.PushFixtures.assertIsomorphic;
import static org.newsgraph.export.PushFixtures.assertSameNamedGraphs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.PushFixtures;
import org.newsgraph.export.PushFixtures.ScriptedServer;
import org.newsgraph.serve.InProcessCli;
import org.newsgraph.serve.InProcessCli.Run;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.Store;

/** {@code newsgraph push} run in this JVM against real Fuseki servers and scripted ones: what it prints, its exit codes. */
class PushCommandTest {

    @TempDir
    Path dir;

    private static List<String> errLines(Run r) {
        return r.err().lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void graphPerArticleFromFilesLandsInFusekiAndSaysSoInOneLine() {
        DatasetGraph data = PushFixtures.data();
        Path file = PushFixtures.nquads(data, dir.resolve("data.nq"));
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = PushFixtures.fuseki(store);
        try {
            String url = PushFixtures.gspUrl(fuseki);
            Run r = InProcessCli.run("push", "--endpoint", url, "--graph-per-article", file.toString());
            assertEquals(0, r.exit(), r::describe);
            assertEquals("", r.outText(), "push printed on stdout");
            assertEquals(1, errLines(r).size(), r::describe);
            assertTrue(Pattern.matches("newsgraph push: 3 graphs \\(one per article, replaced by PUT\\), \\d+ triples in 3 requests, 0 retries, \\d+ ms -> "
                    + Pattern.quote(url), errLines(r).get(0)), r::describe);
            assertSameNamedGraphs(data, store);

            Run quiet = InProcessCli.run("push", "--endpoint", url, "--graph-per-article", "--quiet", file.toString());
            assertEquals(0, quiet.exit(), quiet::describe);
            assertEquals("", quiet.err(), "--quiet printed");
            assertSameNamedGraphs(data, store);
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void aStoreIsPushedWholeOrOneGraphPerArticle() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Dutch prime minister Mark Rutte will replace Jens Stoltenberg as Nato chief.");
        Path b = Files.writeString(dir.resolve("b.txt"), "Estonian prime minister Kaja Kallas said she backs Mark Rutte.");
        Path storeDir = dir.resolve("store");
        Run load = InProcessCli.run("load", "--store", storeDir.toString(), "--date", "2024-06-20", a.toString(), b.toString());
        assertEquals(0, load.exit(), load::describe);
        DatasetGraph articles = DatasetGraphFactory.createTxnMem();
        try (Store s = Store.open(storeDir)) {
            Txn.executeRead(s.view(), () -> s.view().listGraphNodes().forEachRemaining(
                    g -> s.view().getGraph(g).find().forEachRemaining(t -> articles.add(g, t.getSubject(), t.getPredicate(), t.getObject()))));
        }
        assertEquals(2, PushFixtures.graphNames(articles).size());
        Graph union = PushFixtures.union(articles);

        DatasetGraph whole = DatasetGraphFactory.createTxnMem();
        DatasetGraph perArticle = DatasetGraphFactory.createTxnMem();
        FusekiServer one = PushFixtures.fuseki(whole);
        FusekiServer two = PushFixtures.fuseki(perArticle);
        try {
            Run r = InProcessCli.run("push", "--store", storeDir.toString(), "--endpoint", PushFixtures.gspUrl(one), "--chunk", "50");
            assertEquals(0, r.exit(), r::describe);
            assertTrue(errLines(r).get(0).startsWith("newsgraph push: " + union.size() + " triples added to the default graph (POST) in "
                    + (union.size() + 49) / 50 + " requests, 0 retries, "), r::describe);
            assertIsomorphic(union, PushFixtures.graph(whole, null), "the default graph");
            assertTrue(PushFixtures.graphNames(whole).isEmpty());

            Run g = InProcessCli.run("push", "--store", storeDir.toString(), "--endpoint", PushFixtures.gspUrl(two), "--graph-per-article");
            assertEquals(0, g.exit(), g::describe);
            assertSameNamedGraphs(articles, perArticle);
        } finally {
            one.stop();
            two.stop();
        }
        // the store was closed again: load can use it
        Run again = InProcessCli.run("load", "--store", storeDir.toString(), "--date", "2024-06-20", a.toString());
        assertEquals(0, again.exit(), again::describe);
    }

    @Test
    void aFailedPushIsOneLineThatSaysWhatWasAndWasNotSent() {
        DatasetGraph data = PushFixtures.data();
        Path file = PushFixtures.nquads(data, dir.resolve("data.nq"));
        try (ScriptedServer server = new ScriptedServer((n, r, h) -> n == 1 ? 201 : 503)) {
            Run quiet = InProcessCli.run("push", "--endpoint", server.url(), "--graph-per-article", "--retries", "1", "--quiet", file.toString());
            assertEquals(1, quiet.exit(), quiet::describe);
            assertEquals(1, errLines(quiet).size(), quiet::describe);
            String line = errLines(quiet).get(0);
            assertTrue(line.startsWith("newsgraph push: " + server.url() + " answered 503 Service Unavailable for graph <"), line);
            assertTrue(line.contains(">, after 1 retry (") && Pattern.compile("; sent 1 of 3 graphs \\(\\d+ triples\\); not sent: 2 graphs \\(\\d+ triples\\)$")
                    .matcher(line).find(), line);
        }
        try (ScriptedServer server = new ScriptedServer((n, r, h) -> 503)) {
            Run loud = InProcessCli.run("push", "--endpoint", server.url(), "--retries", "2", file.toString());
            assertEquals(1, loud.exit(), loud::describe);
            List<String> lines = errLines(loud);
            assertEquals(List.of("newsgraph push: 503 Service Unavailable (the default graph); retry 1 of 2 in 0.5 s",
                    "newsgraph push: 503 Service Unavailable (the default graph); retry 2 of 2 in 1 s"), lines.subList(0, 2), loud::describe);
            assertEquals(3, lines.size(), loud::describe);
            assertTrue(lines.get(2).endsWith("; sent 0 of " + PushFixtures.union(data).size() + " triples to the default graph; not sent: "
                    + PushFixtures.union(data).size() + " triples"), loud::describe);
        }
    }

    @Test
    void basicAuthIsCheckedAndAWrongPasswordSaysWhatToCheck() throws Exception {
        DatasetGraph data = PushFixtures.data();
        Path file = PushFixtures.nquads(data, dir.resolve("data.nq"));
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "editor:wrong\n");
        Path users = Files.writeString(dir.resolve("users.txt"), "# who may write\nreader:nope\neditor:correct horse\n");
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        try (SparqlServer server = SparqlServer.start(store,
                SparqlServer.Settings.defaults().withPort(0).withUpdates(Map.of("editor", "correct horse")))) {
            String url = server.datasetUrl() + "/data";
            Run refused = InProcessCli.run("push", "--endpoint", url, "--graph-per-article", "--password-file", wrong.toString(), file.toString());
            assertEquals(1, refused.exit(), refused::describe);
            assertEquals(1, errLines(refused).size(), "a 401 is not retried: " + refused.describe());
            assertTrue(errLines(refused).get(0).startsWith("newsgraph push: " + url + " answered 401 Unauthorized for graph <"), refused::describe);
            assertTrue(errLines(refused).get(0).contains("(check --user and --password-file, or NEWSGRAPH_USER and NEWSGRAPH_PASSWORD); sent 0 of 3 graphs"),
                    refused::describe);
            assertTrue(PushFixtures.graphNames(store).isEmpty());

            assertUserError(InProcessCli.run("push", "--endpoint", url, "--password-file", users.toString(), file.toString()),
                    "has lines for several users (reader, editor): choose one with --user");
            assertUserError(InProcessCli.run("push", "--endpoint", url, "--user", "nobody", "--password-file", users.toString(), file.toString()),
                    "has no line for the user 'nobody'");
            Run ok = InProcessCli.run("push", "--endpoint", url, "--graph-per-article", "--user", "editor", "--password-file", users.toString(),
                    file.toString());
            assertEquals(0, ok.exit(), ok::describe);
            assertSameNamedGraphs(data, store);
        }
    }

    @Test
    void mistakesAreOneLineUserErrors() throws Exception {
        Path nq = PushFixtures.nquads(PushFixtures.data(), dir.resolve("data.nq"));
        Path ttl = Files.writeString(dir.resolve("data.ttl"), "<https://example.org/s> <https://example.org/p> 1 .\n");
        Path empty = Files.writeString(dir.resolve("empty.nt"), "");
        String url = "http://127.0.0.1:" + PushFixtures.closedPort() + "/ds/data";
        assertUserError(InProcessCli.run("push", "--endpoint", url), "nothing to push: give RDF files, or a store with --store DIR");
        assertUserError(InProcessCli.run("push", "--endpoint", url, nq.toString(), "--store", "x"), "not both");
        assertUserError(InProcessCli.run("push", "--endpoint", url, nq.toString(), "--graph-per-article", "--graph", "urn:x:g"), "not both");
        assertUserError(InProcessCli.run("push", "--endpoint", "ftp://host/ds", nq.toString()), "must be an http:// or https:// URL");
        assertUserError(InProcessCli.run("push", "--endpoint", "http://editor:pw@host/ds", nq.toString()), "must not hold a user name or password");
        assertUserError(InProcessCli.run("push", "--endpoint", url, "--graph", "relative", nq.toString()), "absolute IRI");
        assertUserError(InProcessCli.run("push", "--endpoint", url, "--password-file", dir.resolve("none").toString(), nq.toString()),
                "no such password file");
        assertUserError(InProcessCli.run("push", "--endpoint", url, "--retries", "-1", nq.toString()), "--retries");
        assertUserError(InProcessCli.run("push", "--endpoint", url, "--chunk", "0", nq.toString()), "--chunk");
        assertUserError(InProcessCli.run("push", "--endpoint", url, "--timeout", "0", nq.toString()), "--timeout");
        assertUserError(InProcessCli.run("push", "--endpoint", url, dir.resolve("missing.nq").toString()), "no such file");
        assertUserError(InProcessCli.run("push", "--endpoint", url, empty.toString()), "nothing to push: " + empty + " holds no triples");
        assertUserError(InProcessCli.run("push", "--endpoint", url, "--store", dir.resolve("nowhere").toString()), "no such store");
        assertUserError(InProcessCli.run("push", "--endpoint", url, "--graph-per-article", ttl.toString()),
                "--graph-per-article sends named graphs (one per article), and " + ttl + " has none");
        assertUserError(InProcessCli.run("push", "--endpoint", url, "--graph-per-article", ttl.toString(), nq.toString()),
                "1 triple of the 2 files is in no named graph");
        Path blankGraph = Files.writeString(dir.resolve("blank.nq"), "<https://example.org/s> <https://example.org/p> \"x\" _:g .\n");
        assertUserError(InProcessCli.run("push", "--endpoint", url, "--graph-per-article", blankGraph.toString()), "is not named by an IRI");
        if (System.getenv("NEWSGRAPH_PASSWORD") == null) {
            assertUserError(InProcessCli.run("push", "--endpoint", url, "--user", "alice", nq.toString()), "the user 'alice' needs a password");
        }
        // nothing listens: retried, then reported
        Run refused = InProcessCli.run("push", "--endpoint", url, "--retries", "0", nq.toString());
        assertUserError(refused, "cannot send the default graph to " + url + ": connection refused (is the database running, at this host and port?); sent 0 of ");
        // a missing --endpoint is a usage error
        Run usage = InProcessCli.run("push", nq.toString());
        assertEquals(1, usage.exit(), usage::describe);
        assertTrue(usage.err().contains("--endpoint"), usage::describe);
    }

    private static void assertUserError(Run r, String fragment) {
        assertEquals(1, r.exit(), r::describe);
        assertEquals(1, errLines(r).size(), r::describe);
        assertTrue(errLines(r).get(0).startsWith("newsgraph push: "), r::describe);
        assertTrue(errLines(r).get(0).contains(fragment), r::describe);
        assertFalse(r.err().contains("\tat "), r::describe);
    }
}
