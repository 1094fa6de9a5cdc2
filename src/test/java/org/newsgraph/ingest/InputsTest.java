package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestSupport;
import org.newsgraph.ingest.Fixtures.Outcome;
import org.newsgraph.rdf.NG;

/** {@link Inputs}: what the command line may name, the walk, the dates, stdin, and a mixed directory. */
class InputsTest {

    private static final LocalDate DEFAULT = LocalDate.of(2000, 1, 1);

    @TempDir
    Path dir;

    private List<Outcome> read(LocalDate date, String... args) throws InputException {
        return Fixtures.readAll(List.of(args), date, Fixtures.NO_STDIN, new ArticleReader());
    }

    private static List<Outcome> stdin(byte[] bytes, LocalDate date) throws InputException {
        return Fixtures.readAll(List.of("-"), date, new ByteArrayInputStream(bytes), new ArticleReader());
    }

    private static List<String> names(List<Outcome> out) {
        return out.stream().map(Outcome::name).toList();
    }

    // ------------------------------------------------------------------ up-front checks

    @Test
    void aMissingInputIsReportedUpFront() {
        InputException e = assertThrows(InputException.class,
                () -> Inputs.of(List.of(dir.resolve("nope.txt").toString()), null, Fixtures.NO_STDIN));
        assertEquals(dir.resolve("nope.txt") + ": no such file or directory (inputs are " + Inputs.ACCEPTED + ")", e.getMessage());
        assertTrue(e.getMessage().contains(".jsonl") && e.getMessage().contains("- for stdin"), e.getMessage());
    }

    @Test
    void aDirectoryWithoutArticlesIsReportedUpFront() {
        Fixtures.write(dir.resolve("notes.md"), "not an article");
        Fixtures.write(dir.resolve(".hidden/a.txt"), "hidden");
        Fixtures.write(dir.resolve("sub/data.json"), "{}");
        InputException e = assertThrows(InputException.class, () -> Inputs.of(List.of(dir.toString()), null, Fixtures.NO_STDIN));
        assertTrue(e.getMessage().startsWith(dir + ": no articles in this directory"), e.getMessage());
        assertTrue(e.getMessage().contains(".html") && e.getMessage().contains(".gz"), e.getMessage());
    }

    @Test
    void stdinNamedTwiceAndEmptyNames() {
        InputException twice = assertThrows(InputException.class, () -> Inputs.of(List.of("-", "-"), null, Fixtures.NO_STDIN));
        assertTrue(twice.getMessage().contains("stdin"), twice.getMessage());
        InputException empty = assertThrows(InputException.class, () -> Inputs.of(List.of(""), null, Fixtures.NO_STDIN));
        assertTrue(empty.getMessage().startsWith("an empty input name"), empty.getMessage());
    }

    @Test
    void nothingIsReadUpFront() throws InputException {
        Fixtures.write(dir.resolve("a.txt.gz"), "not gzip");
        Fixtures.write(dir.resolve("b.jsonl"), "not json\n");
        Inputs inputs = Inputs.of(List.of(dir.toString()), null, Fixtures.NO_STDIN);
        Iterator<ArticleSource> it = inputs.iterator();
        assertEquals(dir.resolve("a.txt.gz").toString(), it.next().name(), "found, not read");
        assertEquals(dir.resolve("b.jsonl") + ":1", it.next().name());
        assertFalse(it.hasNext());
        assertThrows(IllegalStateException.class, inputs::iterator, "a second iteration");
    }

    // ------------------------------------------------------------------ the walk

    @Test
    void directoriesAreWalkedInNameOrderWithTheirArticleFilesOnly() throws InputException {
        Fixtures.write(dir.resolve("b.txt"), Fixtures.TEXT);
        Fixtures.write(dir.resolve("a.html"), "<p>A page.</p>");
        Fixtures.write(dir.resolve("C.TXT"), "Upper case.");
        Fixtures.write(dir.resolve("e.htm.gz"), Fixtures.gzip(Fixtures.utf8("<p>Gzipped page.</p>")));
        Fixtures.write(dir.resolve("f.jsonl.gz"), Fixtures.gzip(Fixtures.utf8("{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n")));
        Fixtures.write(dir.resolve("sub/c.jsonl"), "\n{\"text\": \"Three.\"}\n");
        Fixtures.write(dir.resolve("sub/deeper/d.txt.gz"), Fixtures.gzip(Fixtures.utf8("Deep.")));
        Fixtures.write(dir.resolve("notes.md"), "ignored");
        Fixtures.write(dir.resolve("data.json"), "{\"text\": \"ignored\"}");
        Fixtures.write(dir.resolve(".hidden.txt"), "ignored");
        Fixtures.write(dir.resolve(".git/x.txt"), "ignored");
        List<Outcome> out = read(null, dir.toString());
        String d = dir.toString();
        assertEquals(List.of(d + "/C.TXT", d + "/a.html", d + "/b.txt", d + "/e.htm.gz", d + "/f.jsonl.gz:1", d + "/f.jsonl.gz:2",
                d + "/sub/c.jsonl:2", d + "/sub/deeper/d.txt.gz"), names(out));
        out.forEach(o -> assertTrue(o.ok(), o::toString));
        assertEquals(List.of("Upper case.", "A page.", Fixtures.TEXT, "Gzipped page.", "One.", "Two.", "Three.", "Deep."),
                out.stream().map(o -> o.article().text()).toList());
    }

    @Test
    void aNamedFileWithAnotherExtensionIsText() throws InputException {
        Path md = Fixtures.write(dir.resolve("notes.md"), "<p>Not parsed as HTML.</p>");
        Path gz = Fixtures.write(dir.resolve("notes.gz"), Fixtures.gzip(Fixtures.utf8("Gzipped notes.")));
        List<Outcome> out = read(null, md.toString(), gz.toString());
        assertEquals("<p>Not parsed as HTML.</p>", out.get(0).article().text());
        assertEquals("Gzipped notes.", out.get(1).article().text());
    }

    @Test
    void anEmptyJsonLinesFileIsReported() throws InputException {
        Path empty = Fixtures.write(dir.resolve("empty.jsonl"), "\n  \n");
        Path after = Fixtures.write(dir.resolve("z.txt"), "After.");
        List<Outcome> out = read(null, empty.toString(), after.toString());
        assertEquals(empty + ": no JSON Lines records (the file is empty or holds only blank lines)", out.get(0).error());
        assertTrue(out.get(1).ok());
    }

    // ------------------------------------------------------------------ dates

    @Test
    void theSourcesDateWinsAndTheDefaultFillsIn() throws InputException {
        Path txt = Fixtures.write(dir.resolve("a.txt"), Fixtures.TEXT);
        List<Outcome> out = read(DEFAULT, txt.toString(), Fixtures.NEWS_PAGE.toString(), Fixtures.BARE_PAGE.toString(),
                Fixtures.FEED.toString());
        assertEquals(List.of(DEFAULT, LocalDate.of(2024, 7, 5), DEFAULT, LocalDate.of(2024, 7, 18), LocalDate.of(2024, 10, 1), DEFAULT,
                LocalDate.of(2024, 6, 27)), out.stream().map(o -> o.article().published()).toList());

        List<Outcome> none = read(null, txt.toString(), Fixtures.BARE_PAGE.toString(), Fixtures.NEWS_PAGE.toString());
        assertNull(none.get(0).article().published());
        assertNull(none.get(1).article().published());
        assertEquals(LocalDate.of(2024, 7, 5), none.get(2).article().published());
    }

    @Test
    void isoDates() {
        assertEquals(LocalDate.of(2024, 7, 5), IsoDates.parse(" 2024-07-05T23:59:59.999-11:00 "));
        assertEquals(LocalDate.of(2024, 7, 5), IsoDates.parse("2024-07-05t10:00z"));
        for (String bad : new String[] {"yesterday", "2024-7-5", "05/07/2024", "2024-07-05T10", "2024-07-05T10:00+19:00",
            "2024-07-05T24:01", "2024-02-30", "2024-07-05 and more", "", "20240705"}) {
            assertNull(IsoDates.parse(bad), bad);
        }
    }

    // ------------------------------------------------------------------ stdin

    @Test
    void stdinIsSniffed() throws InputException {
        byte[] jsonl = Fixtures.utf8(" \n{\"text\": \"One.\"}\n\n{\"text\": \"Two.\", \"published\": \"2024-01-02\"}");
        byte[] html = Fixtures.bytes(Fixtures.NEWS_PAGE);
        byte[] text = Fixtures.utf8(Fixtures.TEXT);
        for (boolean gz : new boolean[] {false, true}) {
            List<Outcome> j = stdin(gz ? Fixtures.gzip(jsonl) : jsonl, DEFAULT);
            assertEquals(List.of("<stdin>:2", "<stdin>:4"), names(j), "gzip " + gz);
            assertEquals("One.", j.get(0).article().text());
            assertEquals(DEFAULT, j.get(0).article().published());
            assertEquals(LocalDate.of(2024, 1, 2), j.get(1).article().published());

            List<Outcome> h = stdin(gz ? Fixtures.gzip(html) : html, DEFAULT);
            assertEquals(List.of("<stdin>"), names(h));
            assertEquals("Keir Starmer becomes prime minister after Labour landslide", h.get(0).article().title(), "gzip " + gz);
            assertEquals(LocalDate.of(2024, 7, 5), h.get(0).article().published());

            List<Outcome> t = stdin(gz ? Fixtures.gzip(text) : text, DEFAULT);
            assertEquals(Fixtures.TEXT, t.get(0).article().text(), "gzip " + gz);
            assertEquals(DEFAULT, t.get(0).article().published());
        }
        byte[] bom = Fixtures.utf8("\uFEFF{\"text\": \"With a byte-order mark.\"}\n");
        assertEquals("With a byte-order mark.", stdin(bom, null).get(0).article().text());
        assertEquals("A paragraph.\n\nthen text", stdin(Fixtures.utf8("\n <p>A paragraph.</p> then text"), null).get(0).article().text(),
                "what starts with < is HTML");
        assertEquals("<stdin>: no text (the file is empty or holds only whitespace)", stdin(new byte[0], null).get(0).error());
        assertEquals("<stdin>: truncated gzip stream", stdin(new byte[] {0x1f, (byte) 0x8b, 8, 0}, null).get(0).error());
    }

    @Test
    void stdinIsReadOnceWhateverTheCalls() throws InputException {
        Iterator<ArticleSource> it = Inputs.of(List.of("-"), null, new ByteArrayInputStream(Fixtures.utf8("Some text."))).iterator();
        ArticleSource s = it.next();
        Article a = s.read();
        assertSame(a, s.read());
        assertFalse(it.hasNext());
    }

    @Test
    void stdinAmongFiles() throws InputException {
        Path a = Fixtures.write(dir.resolve("a.txt"), "A.");
        Path b = Fixtures.write(dir.resolve("b.txt"), "B.");
        List<Outcome> out = Fixtures.readAll(List.of(a.toString(), "-", b.toString()), null,
                new ByteArrayInputStream(Fixtures.utf8("{\"text\": \"S.\"}")), new ArticleReader());
        assertEquals(List.of(a.toString(), "<stdin>:1", b.toString()), names(out));
    }

    // ------------------------------------------------------------------ a mixed directory

    /** A directory of every format gives the same articles, and the same graphs, as its files one by one. */
    @Test
    void aMixedDirectoryGivesTheSameGraphsAsItsFilesOneByOne() throws IOException, InputException {
        Path mixed = dir.resolve("mixed");
        Fixtures.write(mixed.resolve("a.txt"), Fixtures.TEXT);
        Files.createDirectories(mixed.resolve("pages"));
        Files.copy(Fixtures.NEWS_PAGE, mixed.resolve("pages/news-page.html"));
        Files.copy(Fixtures.BARE_PAGE, mixed.resolve("pages/bare-page.htm"));
        Files.copy(Fixtures.FEED, mixed.resolve("c.jsonl"));
        Fixtures.write(mixed.resolve("d.txt.gz"), Fixtures.gzip(Fixtures.utf8("Estonian prime minister Kaja Kallas said she backs Mark Rutte.")));
        Fixtures.write(mixed.resolve("e.html.gz"), Fixtures.gzip(Fixtures.utf8(
                "<html><head><meta property=\"og:site_name\" content=\"Gz Post\"></head><body><article>"
                        + "<p>Romania will back Mr Rutte, Bucharest's Supreme Defence Council said.</p></article></body></html>")));
        Fixtures.write(mixed.resolve("f.jsonl.gz"), Fixtures.gzip(Fixtures.utf8(
                "{\"id\": \"f1\", \"published\": \"2024-06-21\", \"text\": \"Hungary will not block Mark Rutte.\"}\n"
                        + "{\"id\": \"f2\", \"html\": \"<p>Slovakia backs Mark Rutte.</p>\"}\n")));
        Fixtures.write(mixed.resolve("readme.md"), "ignored");

        List<Outcome> all = read(DEFAULT, mixed.toString());
        List<Outcome> oneByOne = new ArrayList<>();
        for (String f : List.of("a.txt", "c.jsonl", "d.txt.gz", "e.html.gz", "f.jsonl.gz", "pages/bare-page.htm", "pages/news-page.html")) {
            oneByOne.addAll(read(DEFAULT, mixed.resolve(f).toString()));
        }
        assertEquals(names(oneByOne), names(all));
        assertEquals(13 - 2, all.size(), names(all)::toString);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            assertTrue(all.get(i).ok(), all.get(i)::toString);
            assertEquals(oneByOne.get(i).article(), all.get(i).article(), all.get(i).name());
            Model together = TestSupport.NG.extract(all.get(i).article());
            Model alone = TestSupport.NG.extract(oneByOne.get(i).article());
            assertTrue(together.getGraph().isIsomorphicWith(alone.getGraph()), all.get(i).name());
            articles.add(all.get(i).article());
        }

        Dataset a = TestSupport.NG.extract(articles);
        Dataset b = TestSupport.NG.extract(oneByOne.stream().map(Outcome::article).toList());
        assertSameGraphs(a.asDatasetGraph(), b.asDatasetGraph());
    }

    private static void assertSameGraphs(DatasetGraph a, DatasetGraph b) {
        Set<Node> names = new HashSet<>();
        a.listGraphNodes().forEachRemaining(names::add);
        Set<Node> other = new HashSet<>();
        b.listGraphNodes().forEachRemaining(other::add);
        assertEquals(names, other);
        for (Node g : names) {
            assertTrue(a.getGraph(g).isIsomorphicWith(b.getGraph(g)), g.toString());
        }
    }

    /** The metadata of a page goes into the graph, on the article's node. */
    @Test
    void pageMetadataIsOnTheArticleNode() throws InputException {
        Article a = read(null, Fixtures.NEWS_PAGE.toString()).get(0).article();
        Model m = TestSupport.NG.extract(a);
        Resource article = m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, NG.NewsArticle).next();
        assertEquals("Keir Starmer becomes prime minister after Labour landslide", article.getProperty(NG.headline).getString());
        assertEquals("https://www.harbour-chronicle.example/politics/2024/jul/05/starmer-becomes-prime-minister",
                article.getPropertyResourceValue(NG.url).getURI());
        assertEquals("2024-07-05", article.getProperty(NG.datePublished).getLiteral().getLexicalForm());
        assertEquals("The Harbour Chronicle", article.getPropertyResourceValue(NG.publisher).getProperty(NG.name).getString());
    }
}
