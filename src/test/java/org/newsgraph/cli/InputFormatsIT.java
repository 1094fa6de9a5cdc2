package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsgraphJar;
import org.newsgraph.NewsgraphJar.Result;

/**
 * {@code extract} and {@code load} on inputs of every format, through the jar: a mixed directory, gzipped
 * JSON Lines on stdin, hostile inputs in a load.
 */
class InputFormatsIT {

    private static final Path FIXTURES = Path.of("src/test/resources/ingest").toAbsolutePath();
    private static final String SCHEMA = "http://schema.org/";
    private static final Node NEWS_ARTICLE = NodeFactory.createURI(SCHEMA + "NewsArticle");
    private static final Node TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");

    @TempDir
    Path dir;

    /** Eleven articles: .txt, .html, .htm, .jsonl, and each gzipped, in a tree, with a file that is no article. */
    private Path mixedDirectory() throws IOException {
        Path mixed = dir.resolve("mixed");
        Files.createDirectories(mixed.resolve("pages"));
        Files.writeString(mixed.resolve("a.txt"), "Dutch prime minister Mark Rutte is set to become the next Nato chief.");
        Files.copy(FIXTURES.resolve("news-page.html"), mixed.resolve("pages/news-page.html"));
        Files.copy(FIXTURES.resolve("bare-page.html"), mixed.resolve("pages/bare-page.htm"));
        Files.copy(FIXTURES.resolve("feed.jsonl"), mixed.resolve("c.jsonl"));
        Files.write(mixed.resolve("d.txt.gz"), gzip("Latvian president Edgars Rinkēvičs said he backs Mark Rutte."));
        Files.write(mixed.resolve("e.html.gz"), gzip("<article><p>Romania will back Mr Rutte, Bucharest's Supreme Defence Council said.</p></article>"));
        Files.write(mixed.resolve("f.jsonl.gz"), gzip("{\"id\": \"f1\", \"text\": \"Hungary will not block Mark Rutte.\"}\n"
                + "{\"id\": \"f2\", \"html\": \"<p>Slovakia backs Mark Rutte.</p>\"}\n"));
        Files.writeString(mixed.resolve("readme.md"), "not an article");
        return mixed;
    }

    @Test
    void extractOnAMixedDirectory() throws Exception {
        mixedDirectory();
        Result r = NewsgraphJar.run(dir, null, "extract", "mixed", "--format", "nquads", "-o", "all.nq", "--date", "2000-01-01");
        assertEquals(0, r.exit(), r::describe);
        assertTrue(r.err().startsWith("newsgraph: 11 articles"), r::describe);
        DatasetGraph ds = parse(Files.readAllBytes(dir.resolve("all.nq")), Lang.NQUADS);
        Set<Node> articles = new HashSet<>();
        ds.find(Node.ANY, Node.ANY, TYPE, NEWS_ARTICLE).forEachRemaining(q -> articles.add(q.getSubject()));
        assertEquals(11, articles.size(), articles::toString);

        assertEquals(Set.of("Keir Starmer becomes prime minister after Labour landslide", "Von der Leyen wins second term as Commission president",
                "Mark Rutte takes office at Nato", "Kallas nominated as EU foreign policy chief"), literals(ds, "headline"));
        Set<String> dates = literals(ds, "datePublished");
        assertEquals(Set.of("2024-07-05", "2024-07-18", "2024-10-01", "2024-06-27", "2000-01-01"), dates,
                "the sources' dates, and --date for the others");
        assertTrue(literals(ds, "name").contains("The Harbour Chronicle"), "the page's publisher");
    }

    @Test
    void extractReportsABadRecordAndWritesTheOthers() throws Exception {
        Path mixed = mixedDirectory();
        Files.writeString(mixed.resolve("c.jsonl"), "{\"text\": \"Good.\"}\n{\"text\": 42}\n");
        Result r = NewsgraphJar.run(dir, null, "extract", "mixed", "-o", "out.nq", "--format", "nquads");
        assertEquals(1, r.exit(), "a failed record must show in the exit code: " + r.describe());
        List<String> err = r.errLines();
        assertEquals(2, err.size(), r::describe);
        assertEquals("newsgraph extract: mixed/c.jsonl:2: \"text\" must be a string, not a number (\"42\"); skipped", err.get(0));
        assertTrue(err.get(1).startsWith("newsgraph: 9 articles (1 failed)"), r::describe);
        org.apache.jena.sparql.core.DatasetGraph ds = org.apache.jena.riot.RDFDataMgr.loadDatasetGraph(dir.resolve("out.nq").toString());
        assertEquals(8, ds.stream(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(),
                org.apache.jena.graph.NodeFactory.createURI("http://schema.org/NewsArticle")).count(), "the eight good articles are not all in the output");
        assertEquals(9, ds.size(), "not one graph per article and one of the rules' descriptions");
    }

    @Test
    void extractFailFastWritesNothing() throws Exception {
        Path mixed = mixedDirectory();
        Files.writeString(mixed.resolve("c.jsonl"), "{\"text\": \"Good.\"}\n{\"text\": 42}\n");
        Result r = NewsgraphJar.run(dir, null, "extract", "mixed", "-o", "out.ttl", "--fail-fast");
        assertEquals(1, r.exit(), r::describe);
        assertTrue(r.err().contains("mixed/c.jsonl:2"), r::describe);
        assertFalse(Files.exists(dir.resolve("out.ttl")), "output written although --fail-fast stopped the run");
    }

    @Test
    void extractGzippedJsonLinesFromStdin() throws Exception {
        Path in = dir.resolve("feed.jsonl.gz");
        Files.write(in, gzip(Files.readString(FIXTURES.resolve("feed.jsonl"))));
        Result r = runWithStdin(in, "extract", "-", "--format", "ntriples");
        assertEquals(0, r.exit(), r::describe);
        assertTrue(r.err().startsWith("newsgraph: 4 articles"), r::describe);
        assertTrue(r.out().contains("<" + SCHEMA + "headline> \"Mark Rutte takes office at Nato\""), r::describe);
    }

    @Test
    void loadAMixedDirectoryWithHostileInputs() throws Exception {
        Path mixed = mixedDirectory();
        StringBuilder feed = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            feed.append("{\"text\": \"Record ").append(i).append(" of a feed cut short.\"}\n");
        }
        byte[] big = gzip(feed.toString());
        Files.write(mixed.resolve("g-truncated.jsonl.gz"), java.util.Arrays.copyOf(big, big.length / 2));
        Files.writeString(mixed.resolve("h-types.jsonl"), "{\"text\": \"Slovenia backs Mark Rutte.\"}\n[\"not\", \"a\", \"record\"]\n");
        Files.write(mixed.resolve("i-latin1.html"), new byte[] {'<', 'p', '>', 'C', 'a', 'f', (byte) 0xE9, '<', '/', 'p', '>'});

        Result r = NewsgraphJar.run(dir, null, "load", "--store", "store", "mixed", "--date", "2000-01-01", "--batch", "3");
        assertEquals(1, r.exit(), r::describe);
        List<String> skipped = r.errLines().stream().filter(l -> l.endsWith("(skipped)")).toList();
        assertEquals(3, skipped.size(), r::describe);
        assertTrue(skipped.get(0).matches("newsgraph load: mixed/g-truncated\\.jsonl\\.gz:\\d+: truncated gzip stream; the rest of the file is skipped \\(skipped\\)"),
                skipped.get(0));
        assertEquals("newsgraph load: mixed/h-types.jsonl:2: the record is an array, not a JSON object like {\"text\": \"...\"} (skipped)",
                skipped.get(1));
        assertEquals("newsgraph load: mixed/i-latin1.html: not valid UTF-8 text (skipped)", skipped.get(2));
        String summary = r.errLines().get(r.errLines().size() - 1);
        assertTrue(summary.matches("newsgraph load: \\d+ articles \\(\\d+ new, 0 replaced\\), 3 skipped, \\d+ triples in \\d+ ms -> store"), summary);

        Result ask = NewsgraphJar.run(dir, null, "query", "--store", "store", "--results", "csv",
                "SELECT ?d WHERE { ?a schema:headline \"Keir Starmer becomes prime minister after Labour landslide\" ; schema:datePublished ?d }");
        assertEquals(0, ask.exit(), ask::describe);
        assertEquals(List.of("d", "2024-07-05"), ask.out().lines().map(String::strip).toList());
    }

    @Test
    void helpNamesTheFormats() throws Exception {
        for (String command : List.of("extract", "load")) {
            Result r = NewsgraphJar.run(dir, null, command, "--help");
            assertEquals(0, r.exit(), r::describe);
            assertTrue(r.out().contains(".jsonl") && r.out().contains(".gz") && r.out().contains(".htm"), r::describe);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static Set<String> literals(DatasetGraph ds, String schemaProperty) {
        Set<String> out = new HashSet<>();
        ds.find(Node.ANY, Node.ANY, NodeFactory.createURI(SCHEMA + schemaProperty), Node.ANY)
                .forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
        return out;
    }

    private static DatasetGraph parse(byte[] bytes, Lang lang) {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(new String(bytes, StandardCharsets.UTF_8), lang).parse(ds);
        return ds;
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Runs the jar with a file on stdin. */
    private Result runWithStdin(Path stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", NewsgraphJar.jar().toString()));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectInput(stdin.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(NewsgraphJar.TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("newsgraph " + String.join(" ", args) + " did not finish");
        }
        return new Result(List.of(args), p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
