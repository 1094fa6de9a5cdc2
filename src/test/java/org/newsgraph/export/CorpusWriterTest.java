package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.NewsGraph;
import org.newsgraph.TestSupport;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.InputException;

/** The parallel streaming writer: input order, failure isolation, --fail-fast, gzip members. */
class CorpusWriterTest {

    private static final NewsGraph NG = TestSupport.NG;
    private static final List<Article> ARTICLES = new ArrayList<>();

    @BeforeAll
    static void readCorpus() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/corpus/dev"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().limit(12).toList()) {
                ARTICLES.add(Article.ofText(Files.readString(p)));
            }
        }
        assertTrue(ARTICLES.size() >= 10, "the dev corpus has too few articles for this test");
    }

    private static final CorpusWriter.Extractor EXTRACTOR = new CorpusWriter.Extractor() {
        @Override
        public CorpusWriter.Extracted extract(Article a) {
            if (a.text().contains("EXPLODE")) {
                throw new IllegalStateException("boom");
            }
            org.newsgraph.relation.Extraction x = NG.analyze(a);
            return new CorpusWriter.Extracted(NG.articleGraph(x), NG.extractorIri(x), NG.provenance(x));
        }

        @Override
        public String graphName(Article a) {
            return NG.articleIri(a);
        }
    };

    private record Run(byte[] bytes, CorpusWriter.Summary summary, List<CorpusWriter.Outcome> outcomes) {
    }

    private static Run run(List<ArticleSource> sources, Format f, int threads, boolean failFast, boolean gzip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<CorpusWriter.Outcome> outcomes = new ArrayList<>();
        CorpusWriter.Summary s = new CorpusWriter(EXTRACTOR, f, NG.prefixes(), threads, failFast, gzip)
                .write(sources.iterator(), out, outcomes::add);
        return new Run(out.toByteArray(), s, outcomes);
    }

    private static List<ArticleSource> good() {
        List<ArticleSource> out = new ArrayList<>();
        for (int i = 0; i < ARTICLES.size(); i++) {
            out.add(ArticleSource.of("a" + i, ARTICLES.get(i)));
        }
        return out;
    }

    private static DatasetGraph parse(byte[] b, Lang lang) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        RDFParser.source(new ByteArrayInputStream(b)).lang(lang).parse(ds);
        return ds;
    }

    /** The article graphs, and one graph of what they share: the extractor and the rules that fired. */
    private static DatasetGraph expected(List<Article> articles) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        for (Article a : articles) {
            org.newsgraph.relation.Extraction x = NG.analyze(a);
            ds.addGraph(NodeFactory.createURI(NG.articleIri(a)), NG.articleGraph(x));
            Node shared = NodeFactory.createURI(NG.extractorIri(x));
            NG.provenance(x).find().forEachRemaining(t -> ds.add(shared, t.getSubject(), t.getPredicate(), t.getObject()));
        }
        return ds;
    }

    @Test
    void sameBytesOnOneThreadAndOnFour() throws IOException {
        for (Format f : List.of(Format.NQUADS, Format.TRIG, Format.TURTLE)) {
            Run one = run(good(), f, 1, false, false);
            Run four = run(good(), f, 4, false, false);
            assertArrayEquals(one.bytes(), four.bytes(), f + ": the output depends on the number of threads");
        }
    }

    @Test
    void graphsComeOutOnePerArticleInInputOrder() throws IOException {
        Run r = run(good(), Format.NQUADS, 3, false, false);
        assertTrue(IsoMatcher.isomorphic(expected(ARTICLES), parse(r.bytes(), Lang.NQUADS)), "not the graphs of the articles");
        List<String> order = new ArrayList<>();
        for (String line : new String(r.bytes(), StandardCharsets.UTF_8).split("\n")) {
            String g = line.substring(line.lastIndexOf('<') + 1, line.lastIndexOf('>'));
            if (order.isEmpty() || !order.get(order.size() - 1).equals(g)) {
                order.add(g);
            }
        }
        List<String> inputOrder = new ArrayList<>(ARTICLES.stream().map(NG::articleIri).toList());
        inputOrder.add(NG.extractorIri(NG.analyze(ARTICLES.get(0))));
        assertEquals(inputOrder, order, "each article's quads are not together, in input order, the shared graph last");
        for (int i = 0; i < r.outcomes().size(); i++) {
            assertEquals(i, r.outcomes().get(i).index(), "outcomes not reported in input order");
        }
        assertEquals(r.summary().triples(), parse(r.bytes(), Lang.NQUADS).stream().count(), "summary triple count");
    }

    @Test
    void trigStreamIsOneDocumentWithItsPrefixesOnce() throws IOException {
        Run r = run(good(), Format.TRIG, 2, false, false);
        String s = new String(r.bytes(), StandardCharsets.UTF_8);
        assertEquals(1, s.split("PREFIX ng:", -1).length - 1, "the ng: prefix is not declared exactly once");
        assertTrue(IsoMatcher.isomorphic(expected(ARTICLES), parse(r.bytes(), Lang.TRIG)), "not the graphs of the articles");
    }

    @Test
    void gzipMembersMakeOneValidStream() throws IOException {
        Run plain = run(good(), Format.NQUADS, 2, false, false);
        Run zipped = run(good(), Format.NQUADS, 2, false, true);
        byte[] unzipped;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.bytes()))) {
            unzipped = in.readAllBytes();
        }
        assertArrayEquals(plain.bytes(), unzipped, "gunzipped output differs from the plain output");
        assertTrue(zipped.bytes().length < plain.bytes().length / 3, "hardly compressed");
    }

    private static List<ArticleSource> withFailures() {
        List<ArticleSource> in = new ArrayList<>(good());
        in.add(2, new ArticleSource("bad.txt", () -> {
            throw new InputException("bad.txt: not valid UTF-8 text");
        }));
        in.add(5, ArticleSource.of("explodes.txt", Article.ofText("The minister said EXPLODE.")));
        return in;
    }

    @Test
    void aFailedArticleIsReportedAndTheOthersGoOn() throws IOException {
        Run r = run(withFailures(), Format.NQUADS, 2, false, false);
        assertEquals(ARTICLES.size() + 2, r.summary().articles());
        assertEquals(2, r.summary().failed());
        assertFalse(r.summary().stopped());
        CorpusWriter.Outcome bad = r.outcomes().get(2);
        assertEquals("bad.txt: not valid UTF-8 text", bad.error(), "input error not passed on as it was");
        CorpusWriter.Outcome bug = r.outcomes().get(5);
        assertTrue(bug.failed() && bug.error().startsWith("explodes.txt: internal error"), bug.toString());
        assertNotNull(bug.bug(), "the exception of an internal error is kept for --verbose");
        assertTrue(IsoMatcher.isomorphic(expected(ARTICLES), parse(r.bytes(), Lang.NQUADS)),
                "the good articles are not all written");
    }

    @Test
    void failFastStopsAtTheFirstFailure() throws IOException {
        Run r = run(withFailures(), Format.NQUADS, 2, true, false);
        assertEquals(3, r.summary().articles(), "did not stop at the first failure");
        assertEquals(1, r.summary().failed());
        assertTrue(r.summary().stopped());
        assertEquals("bad.txt", r.summary().firstFailure().name());
        Run gathered = run(withFailures(), Format.TURTLE, 2, true, false);
        assertEquals(0, gathered.bytes().length, "a gathered format wrote output after --fail-fast stopped");
    }

    @Test
    void inputsThatBreakOffEndTheRunCleanly() throws IOException {
        List<ArticleSource> two = good().subList(0, 2);
        java.util.Iterator<ArticleSource> breaking = new java.util.Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                if (i == 2) {
                    throw new java.io.UncheckedIOException(new IOException("disk gone"));
                }
                return true;
            }

            @Override
            public ArticleSource next() {
                return two.get(i++);
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CorpusWriter.Summary s = new CorpusWriter(EXTRACTOR, Format.NQUADS, NG.prefixes(), 2, false, false)
                .write(breaking, out, o -> { });
        assertEquals(3, s.articles());
        assertEquals(1, s.failed());
        assertTrue(s.firstFailure().error().contains("disk gone"), s.firstFailure().error());
        assertTrue(IsoMatcher.isomorphic(expected(ARTICLES.subList(0, 2)), parse(out.toByteArray(), Lang.NQUADS)));
    }
}
