package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.newsgraph.NewsgraphJar;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs target/newsgraph.jar as a child process, the way a user does, and checks the command-line
 * contract: bad input gives one clear line on stderr, exit code 1 and no partial output file; good
 * input gives RDF that parses.
 */
class CliIT {

    private static final long TIMEOUT_SECONDS = 60;
    private static final String NG = "https://w3id.org/newsgraph/ontology#";
    private static final Node RDF_TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Node RDFS_LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    private static final Node NEWS_ARTICLE = NodeFactory.createURI("http://schema.org/NewsArticle");
    private static final Node HOLDS_OFFICE = NodeFactory.createURI(NG + "holdsOffice");
    private static final String PREVIOUS = "previous content, must survive a failed run\n";

    /** A few paragraphs in the style of the built-in sample. */
    private static final String SAMPLE_LIKE = """
            Dutch prime minister Mark Rutte is set to become the next Nato chief after his only rival dropped out of the leadership race.

            Mr Rutte will become the secretary-general of the alliance in October after Romanian president Klaus Iohannis withdrew from the contest.

            He will replace Norway's former prime minister Jens Stoltenberg, who has run the US-led military alliance since 2014.
            """;

    /** Names with quotes, angle brackets, percent signs, emoji and diacritics. */
    private static final String AWKWARD_NAMES = """
            Dutch prime minister Zoë O'Brien-Łukasz is set to become the next Nato chief after her rival "The <Hawk>" dropped out.

            Romanian president Ana Pop backs her 100% 🎉, Bucharest's <b>Supreme Defence Council</b> said.

            Polish president Łukasz Żółć said: "We are ready for 50% more 🚀 & <more>."

            Ms O'Brien-Łukasz will replace Norway's former prime minister Jens Stoltenberg.
            """;

    /** A copy of the jar under test, so that a rebuild of target/ during the run cannot break the tests. */
    private static Path jar;

    /** A directory where {@code extract} (no arguments) has written the sample's graph once. */
    @TempDir
    static Path shared;

    private static Path sampleOutput;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildSampleOnce() throws Exception {
        jar = NewsgraphJar.jar();
        Result r = run(shared, null, "extract");
        assertEquals(0, r.exit(), r::describe);
        sampleOutput = shared.resolve("output/rutte-nato.ttl");
        assertTrue(Files.isRegularFile(sampleOutput), "extract with no input did not write output/rutte-nato.ttl");
    }

    // ------------------------------------------------------------------ bad input: one line, exit 1, no output

    @Test
    void missingInputFile() throws IOException {
        assertFailsCleanly(List.of("extract", "nope.txt"), "nope.txt");
    }

    @Test
    void emptyFile() throws IOException {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        String line = assertFailsCleanly(List.of("extract", "empty.txt"), "empty.txt");
        assertTrue(mentionsEmptiness(line), "does not say the file is empty: " + line);
    }

    @Test
    void whitespaceOnlyFile() throws IOException {
        Files.writeString(dir.resolve("blank.txt"), "  \n\t\n");
        String line = assertFailsCleanly(List.of("extract", "blank.txt"), "blank.txt");
        assertTrue(mentionsEmptiness(line), "does not say the file has no text: " + line);
    }

    @Test
    void binaryFile() throws IOException {
        Files.write(dir.resolve("image.txt"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0x00, (byte) 0xFF, 0x01, (byte) 0xFE, 0x00});
        String line = assertFailsCleanly(List.of("extract", "image.txt"), "image.txt");
        assertTrue(line.toLowerCase(Locale.ROOT).contains("binary") || line.toLowerCase(Locale.ROOT).contains("not text"),
                "does not say the file is binary: " + line);
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] ascii = "Dutch prime minister Mark Rutte is set to become the next Nato chief. ".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = Arrays.copyOf(ascii, ascii.length + 3);
        bytes[ascii.length] = (byte) 0xC3;
        bytes[ascii.length + 1] = 0x28;
        bytes[ascii.length + 2] = '\n';
        Files.write(dir.resolve("latin.txt"), bytes);
        assertFailsCleanly(List.of("extract", "latin.txt"), "latin.txt", "UTF-8");
    }

    @Test
    void twentyMegabyteArticle() throws IOException {
        Path big = dir.resolve("big.txt");
        writeLargeArticle(big, 20L * 1024 * 1024);
        Map<String, String> before = snapshot(dir);
        Result r = run(dir, null, "extract", "big.txt", "-o", "out.ttl"); // fails on timeout
        if (r.exit() == 0) {
            assertTrue(Files.isRegularFile(dir.resolve("out.ttl")), r::describe);
            assertFalse(parse(Files.readAllBytes(dir.resolve("out.ttl")), Lang.TURTLE).isEmpty(), "empty graph");
        } else {
            String line = assertUserError(r, false, "big.txt");
            assertTrue(line.toLowerCase(Locale.ROOT).contains("too large"), "not a 'too large' message: " + line);
            assertFalse(Files.exists(dir.resolve("out.ttl")), "partial output file left behind");
            assertEquals(before, snapshot(dir), "the failed run changed the directory");
        }
    }

    @Test
    void unknownFormat() throws IOException {
        String line = assertFailsCleanly(List.of("extract", "--format", "bogus"), "'bogus'");
        for (String f : List.of("turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml")) {
            assertTrue(line.contains(f), "the message does not list the valid format " + f + ": " + line);
        }
    }

    @Test
    void invalidDate() throws IOException {
        assertFailsCleanly(List.of("extract", "--date", "2024-13-45"), "2024-13-45");
    }

    @Test
    void invalidBase() throws IOException {
        assertFailsCleanly(List.of("extract", "--base", "not-an-iri"), "not-an-iri");
    }

    @Test
    void malformedSparql() {
        Result r = run(shared, null, "query", "-d", "output/rutte-nato.ttl", "SELECT ?x WHERE { ?x ng:succeeds ");
        String line = assertUserError(r, false);
        assertTrue(line.contains("line") && line.contains("column"), "no line and column: " + line);
        assertEquals("", r.out(), "nothing on stdout");
    }

    @Test
    void queryOnSampleOutput() {
        Result r = run(shared, null, "query", "-d", "output/rutte-nato.ttl", "ASK { ?p ng:holdsOffice ?o }");
        assertEquals(0, r.exit(), r::describe);
        assertEquals("yes", r.out().strip(), r::describe);
    }

    @Test
    void validateReportsViolations() throws IOException {
        Files.writeString(dir.resolve("bad.ttl"), """
                @prefix ng: <https://w3id.org/newsgraph/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://w3id.org/newsgraph/resource/person/jane-doe> a ng:Person ;
                    rdfs:label "Jane Doe", "J. Doe" .
                """);
        Result r = run(dir, null, "validate", "bad.ttl");
        assertEquals(1, r.exit(), r::describe);
        assertNoStackTrace(r);
        assertTrue(r.out().contains("person/jane-doe"), "the report does not name the focus node: " + r.describe());
        assertTrue(r.out().toLowerCase(Locale.ROOT).contains("violation"), r::describe);
        assertTrue(r.out().contains("label"), "the report does not name the path: " + r.describe());
    }

    @Test
    void validateAcceptsSampleOutput() {
        Result r = run(shared, null, "validate", "output/rutte-nato.ttl");
        assertEquals(0, r.exit(), r::describe);
        assertTrue(r.out().startsWith("conforms"), r::describe);
    }

    // ------------------------------------------------------------------ good input

    @Test
    void awkwardNamesGiveValidIrisInEveryFormat() throws Exception {
        Files.writeString(dir.resolve("names.txt"), AWKWARD_NAMES);
        Result r = run(dir, null, "extract", "names.txt", "--explain", "-o", "names.ttl");
        assertEquals(0, r.exit(), r::describe);
        assertNoStackTrace(r);
        assertTrue(r.err().contains("Łukasz Żółć"), "--explain shows no mention of Łukasz Żółć: " + r.describe());

        DatasetGraph turtle = parse(Files.readAllBytes(dir.resolve("names.ttl")), Lang.TURTLE);
        assertAllIrisValid(turtle, "turtle");
        Set<String> labels = labels(turtle);
        assertTrue(labels.contains("Łukasz Żółć"), "no rdfs:label \"Łukasz Żółć\" in " + labels);
        assertTrue(labels.stream().anyMatch(l -> l.contains("Zoë")), "no rdfs:label with \"Zoë\" in " + labels);
        assertTrue(labels.contains("Ana Pop"), "no rdfs:label \"Ana Pop\" in " + labels);
        Graph expected = union(turtle);

        Map<String, Lang> formats = new LinkedHashMap<>();
        formats.put("ntriples", Lang.NTRIPLES);
        formats.put("nquads", Lang.NQUADS);
        formats.put("trig", Lang.TRIG);
        formats.put("jsonld", Lang.JSONLD);
        formats.put("rdfxml", Lang.RDFXML);
        // a few at a time: more JVMs than cores only slows each down
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors() / 2));
        try {
            Map<String, CompletableFuture<Result>> runs = new LinkedHashMap<>();
            formats.keySet().forEach(f -> runs.put(f, CompletableFuture.supplyAsync(
                    () -> run(dir, null, "extract", "names.txt", "--quiet", "--format", f), pool)));
            List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
            for (Map.Entry<String, Lang> e : formats.entrySet()) {
                Result fr = runs.get(e.getKey()).get(2 * TIMEOUT_SECONDS, TimeUnit.SECONDS);
                checks.add(() -> {
                    assertEquals(0, fr.exit(), fr::describe);
                    assertEquals("", fr.err().strip(), "--quiet printed something: " + fr.describe());
                    DatasetGraph ds = parse(fr.stdout(), e.getValue());
                    assertAllIrisValid(ds, e.getKey());
                    assertTrue(labels(ds).contains("Łukasz Żółć"), e.getKey() + ": label lost");
                    assertTrue(union(ds).isIsomorphicWith(expected), e.getKey() + ": not the same graph as the Turtle output");
                });
            }
            assertAll(checks);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void extractFromStdin() {
        Result r = run(dir, SAMPLE_LIKE.getBytes(StandardCharsets.UTF_8), "extract", "-");
        assertEquals(0, r.exit(), r::describe);
        DatasetGraph ds = parse(r.stdout(), Lang.TURTLE);
        assertTrue(union(ds).contains(Node.ANY, HOLDS_OFFICE, Node.ANY), "no ng:holdsOffice in " + r.out());
        List<String> err = r.errLines();
        assertEquals(1, err.size(), "the summary is not one line on stderr: " + r.describe());
        assertTrue(err.get(0).startsWith("newsgraph: 1 article"), "not the summary: " + err);
        assertFalse(r.out().contains("newsgraph: 1 article"), "the summary is on stdout");
        assertEquals(Set.of(), Set.copyOf(listNames(dir)), "extract to stdout wrote files");
    }

    /** Regression: "-o -" wrote a file named "-" (9 GB of it in a benchmark) instead of writing to stdout. */
    @Test
    void dashAsOutputIsStdout() throws IOException {
        Files.writeString(dir.resolve("a.txt"), SAMPLE_LIKE);
        Result r = run(dir, null, "extract", "a.txt", "--format", "nquads", "-o", "-", "--quiet");
        assertEquals(0, r.exit(), r::describe);
        assertTrue(union(parse(r.stdout(), Lang.NQUADS)).contains(Node.ANY, HOLDS_OFFICE, Node.ANY), "no ng:holdsOffice on stdout: " + r.describe());
        assertEquals(Set.of("a.txt"), Set.copyOf(listNames(dir)), "-o - wrote a file");
        Result sample = run(dir, null, "extract", "-o", "-", "--quiet");
        assertEquals(0, sample.exit(), sample::describe);
        assertTrue(union(parse(sample.stdout(), Lang.TURTLE)).contains(Node.ANY, HOLDS_OFFICE, Node.ANY), "the sample is not on stdout");
        assertEquals(Set.of("a.txt"), Set.copyOf(listNames(dir)), "-o - with the sample wrote a file");
    }

    @Test
    void aBadArticleInABatchIsReportedAndTheOthersAreWritten() throws IOException {
        Files.writeString(dir.resolve("a.txt"), SAMPLE_LIKE);
        Files.write(dir.resolve("b.txt"), new byte[] {'M', 'r', ' ', (byte) 0xE9, 't', 'a', 't', '\n'});
        Files.writeString(dir.resolve("c.txt"), AWKWARD_NAMES);
        Result r = run(dir, null, "extract", "a.txt", "b.txt", "c.txt", "--format", "nquads", "-o", "out.nq");
        assertEquals(1, r.exit(), "a failed article must show in the exit code: " + r.describe());
        assertNoStackTrace(r);
        List<String> err = r.errLines();
        assertEquals(2, err.size(), "expected the failure and the summary: " + r.describe());
        assertTrue(err.get(0).contains("b.txt") && err.get(0).contains("UTF-8"), "the failure does not say where and why: " + err);
        assertTrue(err.get(1).startsWith("newsgraph: 3 articles (1 failed)"), "not the summary: " + err);
        DatasetGraph ds = parse(Files.readAllBytes(dir.resolve("out.nq")), Lang.NQUADS);
        assertEquals(2, ds.stream(Node.ANY, Node.ANY, RDF_TYPE, NEWS_ARTICLE).count(), "the two good articles are not both written: " + r.describe());
        assertEquals(3, ds.size(), "not one graph per good article and one of the rules' descriptions: " + r.describe());
    }

    @Test
    void failFastStopsAtTheFirstBadArticleAndWritesNothing() throws IOException {
        Files.writeString(dir.resolve("a.txt"), SAMPLE_LIKE);
        Files.writeString(dir.resolve("b.txt"), "   \n");
        Files.writeString(dir.resolve("c.txt"), AWKWARD_NAMES);
        Files.writeString(dir.resolve("out.nq"), PREVIOUS);
        Result r = run(dir, null, "extract", "a.txt", "b.txt", "c.txt", "--format", "nquads", "-o", "out.nq", "--fail-fast");
        assertEquals(1, r.exit(), r::describe);
        assertNoStackTrace(r);
        assertTrue(r.err().contains("b.txt"), "the failure is not named: " + r.describe());
        assertEquals(PREVIOUS, Files.readString(dir.resolve("out.nq")), "--fail-fast replaced the previous output");
        assertEquals(Set.of("a.txt", "b.txt", "c.txt", "out.nq"), Set.copyOf(listNames(dir)), "temporary files left behind");
    }

    @Test
    void gzippedOutputByItsName() throws IOException {
        Files.writeString(dir.resolve("a.txt"), SAMPLE_LIKE);
        Files.writeString(dir.resolve("c.txt"), AWKWARD_NAMES);
        Result plain = run(dir, null, "extract", "a.txt", "c.txt", "--format", "trig", "-o", "out.trig", "--quiet");
        Result zipped = run(dir, null, "extract", "a.txt", "c.txt", "--format", "trig", "-o", "out.trig.gz", "--quiet");
        assertEquals(0, plain.exit(), plain::describe);
        assertEquals(0, zipped.exit(), zipped::describe);
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(dir.resolve("out.trig.gz")))) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("out.trig")), in.readAllBytes(), "gunzipped output differs");
        }
    }

    @Test
    void sampleRunIsReproducible() throws IOException {
        Result first = run(dir, null, "extract");
        assertEquals(0, first.exit(), first::describe);
        Path out = dir.resolve("output/rutte-nato.ttl");
        assertTrue(Files.isRegularFile(out), "no output/rutte-nato.ttl");
        assertEquals("", first.out(), "the graph went to stdout as well");
        assertTrue(first.err().contains("output/rutte-nato.ttl") || first.err().contains("output" + java.io.File.separator),
                "the summary does not name the output: " + first.describe());
        byte[] bytes = Files.readAllBytes(out);
        assertTrue(union(parse(bytes, Lang.TURTLE)).contains(Node.ANY, HOLDS_OFFICE, Node.ANY), "no ng:holdsOffice");

        Result second = run(dir, null, "extract");   // over the existing file
        assertEquals(0, second.exit(), second::describe);
        assertArrayEquals(bytes, Files.readAllBytes(out), "a second run wrote different bytes");
        assertArrayEquals(bytes, Files.readAllBytes(sampleOutput), "a run in another directory wrote different bytes");
        assertEquals(List.of("rutte-nato.ttl"), listNames(dir.resolve("output")), "temporary files left in output/");
    }

    @Test
    void directoryOfArticlesGivesOneNamedGraphEach() throws IOException {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), SAMPLE_LIKE);
        Files.writeString(articles.resolve("b.txt"), AWKWARD_NAMES);
        Files.write(articles.resolve("notes.md"), new byte[] {0, 1, 2, (byte) 0xFF}); // not a .txt: skipped
        Result r = run(dir, null, "extract", "articles", "--format", "nquads", "-o", "all.nq");
        assertEquals(0, r.exit(), r::describe);
        assertTrue(r.err().contains("2 articles"), r::describe);
        DatasetGraph ds = parse(Files.readAllBytes(dir.resolve("all.nq")), Lang.NQUADS);

        Set<Node> articleNodes = new HashSet<>();
        ds.find(Node.ANY, Node.ANY, RDF_TYPE, NEWS_ARTICLE).forEachRemaining(q -> {
            articleNodes.add(q.getSubject());
            assertEquals(q.getSubject(), q.getGraph(), "an article's node is outside its own named graph");
        });
        assertEquals(2, articleNodes.size(), "schema:NewsArticle nodes: " + articleNodes);
        Set<Node> graphs = new HashSet<>();
        ds.listGraphNodes().forEachRemaining(graphs::add);
        Set<Node> extractors = new HashSet<>();
        ds.find(Node.ANY, Node.ANY, RDF_TYPE, org.newsgraph.rdf.NG.Extractor.asNode()).forEachRemaining(q -> {
            extractors.add(q.getSubject());
            assertEquals(q.getSubject(), q.getGraph(), "the extractor's description is outside its own graph");
        });
        assertEquals(1, extractors.size(), "not one extractor: " + extractors);
        assertEquals(articleNodes, ds.stream(Node.ANY, Node.ANY, org.newsgraph.rdf.NG.extractedBy.asNode(), extractors.iterator().next())
                .map(Quad::getSubject).collect(java.util.stream.Collectors.toSet()), "both articles name the extractor");
        graphs.removeAll(extractors);
        assertEquals(articleNodes, graphs, "the named graphs are not the two articles and the extractor's");
        assertTrue(ds.getDefaultGraph().isEmpty(), "quads outside the named graphs");
    }

    // ------------------------------------------------------------------ usage

    @Test
    void versionAndHelp() {
        Result v = run(dir, null, "--version");
        assertEquals(0, v.exit(), v::describe);
        assertTrue(v.out().startsWith("newsgraph "), v::describe);
        assertTrue(v.out().lines().findFirst().orElse("").length() > "newsgraph ".length(), "no version number");

        Result h = run(dir, null, "--help");
        assertEquals(0, h.exit(), h::describe);
        for (String cmd : List.of("extract", "query", "validate")) {
            assertTrue(h.out().contains(cmd), "--help does not list " + cmd);
        }
        Result eh = run(dir, null, "extract", "--help");
        assertEquals(0, eh.exit(), eh::describe);
        assertTrue(eh.out().contains("--format"), eh::describe);
    }

    @Test
    void unknownSubcommandOrOption() {
        assertUserError(run(dir, null, "frobnicate"), true, "frobnicate");
        assertUserError(run(dir, null, "extract", "--frobnicate"), true, "--frobnicate");
        assertUserError(run(dir, null), true);
        assertEquals(List.of(), listNames(dir), "a usage error wrote files");
    }

    // ------------------------------------------------------------------ bugs found while writing these tests

    /** Fails until fixed: an unwritable -o (a directory, or under a file) is exit 2 with a stack trace. */
    @Test
    void unwritableOutputPathIsAUserError() throws IOException {
        Path outDir = Files.createDirectory(dir.resolve("outdir"));
        Files.writeString(outDir.resolve("keep.txt"), "keep");
        Files.writeString(dir.resolve("a.txt"), SAMPLE_LIKE);
        Map<String, String> before = snapshot(dir);
        Result intoDir = run(dir, null, "extract", "a.txt", "-o", "outdir");
        Result underFile = run(dir, null, "extract", "a.txt", "-o", "a.txt/out.ttl");
        assertAll(
                () -> assertUserError(intoDir, false, "outdir"),
                () -> assertUserError(underFile, false, "a.txt"),
                () -> assertEquals(before, snapshot(dir), "the failed runs changed the directory"));
    }

    /** Fails until fixed: the output is a temporary file (mode 0600) moved into place. */
    @Test
    void outputFileHasOrdinaryPermissions() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX only");
        Set<PosixFilePermission> ordinary = Files.getPosixFilePermissions(Files.createFile(dir.resolve("reference")));
        Files.writeString(dir.resolve("kept.ttl"), PREVIOUS);
        Set<PosixFilePermission> shared644 = PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(dir.resolve("kept.ttl"), shared644);
        Files.writeString(dir.resolve("a.txt"), SAMPLE_LIKE);
        Result fresh = run(dir, null, "extract", "a.txt", "-o", "fresh.ttl");
        Result over = run(dir, null, "extract", "a.txt", "-o", "kept.ttl");
        assertEquals(0, fresh.exit(), fresh::describe);
        assertEquals(0, over.exit(), over::describe);
        assertAll(
                () -> assertEquals(PosixFilePermissions.toString(ordinary),
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("fresh.ttl"))),
                        "a new output file does not get the permissions of any newly created file (umask)"),
                () -> assertEquals(PosixFilePermissions.toString(shared644),
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("kept.ttl"))),
                        "overwriting an output file changed its permissions"));
    }

    /** Fails until fixed: on stdin, the message gives the limit as the article's size ("8.0 MB, the limit is 8.0 MB"). */
    @Test
    void tooLargeStdinIsReportedTruthfully() throws IOException {
        Path big = dir.resolve("big.txt");
        writeLargeArticle(big, 20L * 1024 * 1024);
        Result r = run(dir, Files.readAllBytes(big), "extract", "-");
        String line = assertUserError(r, false, "too large");
        Matcher m = Pattern.compile("\\(([0-9.]+) MB, the limit is ([0-9.]+) MB\\)").matcher(line);
        if (m.find()) {
            assertTrue(Double.parseDouble(m.group(1)) > Double.parseDouble(m.group(2)),
                    "the size given is not over the limit: " + line);
        }
    }

    // ------------------------------------------------------------------ helpers

    /** What a run of the jar gave. */
    record Result(List<String> args, int exit, byte[] stdout, String err) {

        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        /** The non-empty lines of stderr. */
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }

        String describe() {
            String o = out();
            return "newsgraph " + String.join(" ", args) + "\n exit " + exit + "\n stdout: "
                    + (o.length() > 2000 ? o.substring(0, 2000) + "…" : o) + "\n stderr: " + err;
        }
    }

    /** Runs {@code java -jar newsgraph.jar args} in {@code cwd}, feeding it {@code stdin} (if not null). */
    static Result run(Path cwd, byte[] stdin, String... args) {
        List<String> cmd = new ArrayList<>(List.of(javaExecutable(), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        Thread feeder = new Thread(() -> {
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) {
                    new ByteArrayInputStream(stdin).transferTo(in);
                }
            } catch (IOException e) {
                // the process may stop reading (a too-large article): not our concern here
            }
        });
        feeder.setDaemon(true);
        feeder.start();
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                fail("newsgraph " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            return new Result(List.of(args), p.exitValue(), out.get(10, TimeUnit.SECONDS),
                    new String(err.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8));
        } catch (Exception e) {
            p.destroyForcibly();
            throw new AssertionError("running newsgraph " + String.join(" ", args) + ": " + e, e);
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A user error: exit code 1, one line on stderr (two for a usage error, the second being picocli's
     * "Try ... --help" hint), no stack trace, nothing on stdout; the line contains every fragment. Returns it.
     */
    static String assertUserError(Result r, boolean usage, String... fragments) {
        assertEquals(1, r.exit(), () -> "exit code: " + r.describe());
        assertNoStackTrace(r);
        List<String> lines = r.errLines();
        if (usage && lines.size() == 2) {
            assertTrue(lines.get(1).startsWith("Try "), () -> "the second line is not a --help hint: " + r.describe());
        } else {
            assertEquals(1, lines.size(), () -> "not one line on stderr: " + r.describe());
        }
        assertEquals("", r.out(), () -> "output on stdout: " + r.describe());
        String line = lines.get(0);
        for (String f : fragments) {
            assertTrue(line.toLowerCase(Locale.ROOT).contains(f.toLowerCase(Locale.ROOT)),
                    () -> "the message does not contain '" + f + "': " + line);
        }
        return line;
    }

    static void assertNoStackTrace(Result r) {
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), () -> "a stack trace: " + r.describe());
        assertFalse(r.exit() == 2, () -> "exit code 2 (internal error): " + r.describe());
    }

    /**
     * Runs {@code args -o out.ttl} twice, without and then with an existing out.ttl: both runs must be a
     * clean user error that leaves the directory exactly as it was (no out.ttl, no temporary file, the
     * old out.ttl intact). Returns the error line.
     */
    String assertFailsCleanly(List<String> args, String... fragments) throws IOException {
        List<String> withOutput = new ArrayList<>(args);
        withOutput.addAll(List.of("-o", "out.ttl"));
        String[] argv = withOutput.toArray(String[]::new);

        Path out = dir.resolve("out.ttl");
        Files.deleteIfExists(out);
        Map<String, String> before = snapshot(dir);
        String line = assertUserError(run(dir, null, argv), false, fragments);
        assertFalse(Files.exists(out), "a failed run created out.ttl");
        assertEquals(before, snapshot(dir), "a failed run changed the directory");

        Files.writeString(out, PREVIOUS);
        before = snapshot(dir);
        String again = assertUserError(run(dir, null, argv), false, fragments);
        assertEquals(PREVIOUS, Files.readString(out), "a failed run changed the existing out.ttl");
        assertEquals(before, snapshot(dir), "a failed run changed the directory");
        assertEquals(line, again, "not the same message with an existing output");
        return line;
    }

    private static boolean mentionsEmptiness(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        return l.contains("empty") || l.contains("no text");
    }

    /** Every file and directory under {@code root} (relative path → SHA-256 of the content, or "dir"). */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (p.equals(root)) {
                    continue;
                }
                m.put(root.relativize(p).toString(), Files.isDirectory(p) ? "dir" : sha256(Files.readAllBytes(p)));
            }
        }
        return m;
    }

    private static List<String> listNames(Path d) {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** About {@code size} bytes of plausible news English. */
    static void writeLargeArticle(Path file, long size) throws IOException {
        String para = SAMPLE_LIKE.replace("\n\n", " ").strip() + "\n\n";
        byte[] p = para.getBytes(StandardCharsets.UTF_8);
        try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (long n = 0; n < size; n += p.length) {
                o.write(p);
            }
        }
    }

    /** Parses RDF strictly (warnings, such as bad IRIs, are errors). */
    static DatasetGraph parse(byte[] bytes, Lang lang) {
        return RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).toDatasetGraph();
    }

    /** All triples of a dataset, named graphs included, in one graph. */
    static Graph union(DatasetGraph ds) {
        Graph g = GraphFactory.createDefaultGraph();
        ds.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    static Set<String> labels(DatasetGraph ds) {
        Set<String> out = new HashSet<>();
        ds.find(Node.ANY, Node.ANY, RDFS_LABEL, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral()) {
                out.add(q.getObject().getLiteralLexicalForm());
            }
        });
        return out;
    }

    /** Every IRI (graph names, subjects, predicates, objects, datatypes) is a valid absolute IRI. */
    static void assertAllIrisValid(DatasetGraph ds, String what) {
        Set<String> bad = new TreeSet<>();
        int[] n = {0};
        ds.find().forEachRemaining(q -> {
            for (Node x : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                String iri = x.isURI() ? x.getURI() : x.isLiteral() ? x.getLiteralDatatypeURI() : null;
                if (iri == null || Quad.isDefaultGraph(x)) {
                    continue;
                }
                n[0]++;
                if (!IRIs.check(iri) || !IRIs.reference(iri).isReference()) {
                    bad.add(iri);
                }
            }
        });
        assertTrue(n[0] > 0, what + ": no IRIs at all");
        assertEquals(Set.of(), bad, what + ": invalid IRIs");
    }
}
