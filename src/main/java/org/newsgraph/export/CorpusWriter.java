package org.newsgraph.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.InOrder;
import org.newsgraph.ingest.InputException;

/**
 * Extracts a stream of articles on several threads and writes their graphs, one named graph per
 * article, in input order. Reading, extracting and serialising an article all happen on a worker; the
 * calling thread only hands out articles and writes finished chunks, so output keeps pace with the
 * workers. At most a few articles per worker are in flight at once: memory does not grow with the
 * corpus.
 *
 * <p>N-Quads, N-Triples and TriG are streamed (each article's statements sorted, articles in input
 * order), the statements the articles share (their rules' descriptions) gathered and written once, as
 * the last graph; Turtle, JSON-LD and RDF/XML cannot hold one graph per article in a stream, so their graphs
 * are gathered and written, sorted, at the end. With {@code gzip}, each article's chunk is compressed
 * on its worker as a gzip member of its own; the concatenation is one valid gzip file.
 *
 * <p>A failed article is reported through the {@link Listener} and the others go on, unless
 * {@code failFast}, which stops at the first failure (in input order) and writes nothing more. When
 * no article succeeds, nothing at all is written.
 */
public final class CorpusWriter {

    /** What an article becomes. */
    public interface Extractor {
        /** The article's graph, and what it shares with the other articles. */
        Extracted extract(Article article);

        /** The IRI of the article's named graph. */
        String graphName(Article article);
    }

    /**
     * An article's graph, and the statements it shares with other articles (the extractor's and the
     * rules' descriptions), which the writer gathers and writes once, at the end, in a graph of their own.
     *
     * @param graph       the article's graph
     * @param sharedName  the IRI of the graph of shared statements, or null if there are none
     * @param shared      the shared statements, or null
     */
    public record Extracted(Graph graph, String sharedName, Graph shared) {
        /** A graph that shares nothing. */
        public static Extracted of(Graph graph) {
            return new Extracted(graph, null, null);
        }
    }

    /** Hears of every article as it is written, in input order, on the calling thread. */
    public interface Listener {
        void done(Outcome outcome);
    }

    /**
     * What became of one article.
     *
     * @param index   its position in the input, from 0
     * @param name    where it came from (file, file:line)
     * @param error   why it failed (one line, naming the place), or null if it did not
     * @param bug     the exception behind an internal error (not bad input), or null
     * @param triples the triples written for it
     * @param chars   the characters of its text
     */
    public record Outcome(long index, String name, String error, Throwable bug, long triples, long chars) {
        public boolean failed() {
            return error != null;
        }
    }

    /**
     * A whole run.
     *
     * @param articles articles seen (extracted or failed)
     * @param failed   articles that failed
     * @param triples  triples written
     * @param chars    characters of text extracted
     * @param stopped  whether --fail-fast stopped the run early
     * @param firstFailure the first failure, or null
     */
    public record Summary(long articles, long failed, long triples, long chars, boolean stopped, Outcome firstFailure) {
        public long succeeded() {
            return articles - failed;
        }
    }

    private final Extractor extractor;
    private final Format format;
    private final PrefixMapping prefixes;
    private final int threads;
    private final boolean failFast;
    private final boolean gzip;

    /**
     * @param threads  workers (1 or more)
     * @param failFast stop at the first failed article
     * @param gzip     compress the output
     */
    public CorpusWriter(Extractor extractor, Format format, PrefixMapping prefixes, int threads, boolean failFast, boolean gzip) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.format = Objects.requireNonNull(format, "format");
        this.prefixes = Objects.requireNonNull(prefixes, "prefixes");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.threads = threads;
        this.failFast = failFast;
        this.gzip = gzip;
    }

    /** Can this format be written article by article, as the articles come? */
    public static boolean streams(Format f) {
        return f == Format.NQUADS || f == Format.NTRIPLES || f == Format.TRIG;
    }

    /**
     * Extracts the articles and writes their graphs to {@code out}, which is left open. An I/O error of
     * the output ends the run and is thrown.
     */
    public Summary write(Iterator<ArticleSource> sources, OutputStream out, Listener listener) throws IOException {
        boolean stream = streams(format);
        DatasetGraph gathered = stream ? null : DatasetGraphFactory.createGeneral();
        long articles = 0;
        long failed = 0;
        long triples = 0;
        long chars = 0;
        boolean stopped = false;
        boolean headed = false;
        Outcome first = null;
        java.util.Map<String, Graph> shared = new java.util.TreeMap<>();
        // the inputs cannot be listed any further: what was read so far is still written
        InOrder.Broken<Chunk> broken = (i, e) -> new Chunk(
                new Outcome(i, "<inputs>", "cannot read the inputs any further (" + e.getMessage() + ")", e, 0, 0), null, null, null, null, null);
        try (InOrder<Chunk> chunks = new InOrder<>(sources, threads, threads * 4, (i, source) -> work(i, source, stream), broken)) {
            while (chunks.hasNext()) {
                Chunk c = chunks.next();
                Outcome o = c.outcome();
                articles++;
                if (o.failed()) {
                    failed++;
                    if (first == null) {
                        first = o;
                    }
                } else if (stream) {
                    if (!headed) {
                        write(out, header());
                        headed = true;
                    }
                    write(out, c.bytes());
                } else {
                    gathered.addGraph(NodeFactory.createURI(c.graphName()), merged(gathered, c.graphName(), c.graph()));
                }
                if (!o.failed() && c.shared() != null) {
                    Graph into = shared.computeIfAbsent(c.sharedName(), k -> org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
                    c.shared().find().forEachRemaining(into::add);
                }
                triples += o.triples();
                chars += o.chars();
                listener.done(o);
                if (o.failed() && failFast) {
                    stopped = chunks.hasNext();
                    break;
                }
            }
        }
        boolean complete = articles > failed && !(failFast && failed > 0);
        for (java.util.Map.Entry<String, Graph> e : shared.entrySet()) {
            if (stream && complete) {
                write(out, serialise(e.getValue(), e.getKey()));
            } else if (complete) {
                gathered.addGraph(NodeFactory.createURI(e.getKey()), merged(gathered, e.getKey(), e.getValue()));
            }
            if (complete) {
                triples += e.getValue().size();
            }
        }
        if (!stream && complete) {
            OutputStream o = gzip ? new GZIPOutputStream(nonClosing(out), 1 << 16) : out;
            RdfWriter.write(gathered, format, prefixes, o);
            if (gzip) {
                o.close();
            }
        }
        out.flush();
        return new Summary(articles, failed, triples, chars, stopped, first);
    }

    /**
     * A finished article: its outcome, and its bytes (streamed formats) or graph (gathered ones), and the
     * statements it shares with other articles.
     */
    private record Chunk(Outcome outcome, byte[] bytes, Graph graph, String graphName, String sharedName, Graph shared) {
        Chunk(Outcome outcome) {
            this(outcome, null, null, null, null, null);
        }
    }

    private Chunk work(long index, ArticleSource source, boolean stream) {
        String name = source.name();
        try {
            Article a = source.read();
            Extracted x = extractor.extract(a);
            Graph g = x.graph();
            String graphName = extractor.graphName(a);
            Outcome ok = new Outcome(index, name, null, null, g.size(), a.text().length());
            Graph shared = x.sharedName() == null ? null : x.shared();
            if (stream) {
                return new Chunk(ok, serialise(g, graphName), null, null, x.sharedName(), shared);
            }
            return new Chunk(ok, null, g, graphName, x.sharedName(), shared);
        } catch (InputException e) {
            return new Chunk(new Outcome(index, name, e.getMessage(), null, 0, 0));
        } catch (OutOfMemoryError e) {
            // one article too big for the heap: its data is garbage once this frame is gone
            return new Chunk(new Outcome(index, name, name + ": too large to extract in the memory available (" + Runtime.getRuntime().maxMemory() / 1048576
                    + " MB of heap; give java a larger -Xmx to extract it)", null, 0, 0));
        } catch (RuntimeException | StackOverflowError e) {
            return new Chunk(new Outcome(index, name, name + ": internal error, please report it (" + e + ")", e, 0, 0));
        }
    }

    /** One article's graph in the output format, sorted, without the prefix header. */
    private byte[] serialise(Graph g, String graphName) {
        DatasetGraph one = DatasetGraphFactory.createGeneral();
        one.addGraph(NodeFactory.createURI(graphName), g);
        byte[] bytes = RdfWriter.toBytes(one, format, prefixes);
        if (format == Format.TRIG) {
            bytes = withoutHeader(bytes);
        }
        return gzip ? gzip(bytes) : bytes;
    }

    /** What opens the output: TriG's prefixes, once. */
    private byte[] header() {
        if (format != Format.TRIG) {
            return new byte[0];
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        RdfWriter.write(DatasetGraphFactory.createGeneral(), format, prefixes, buf);
        byte[] bytes = buf.toByteArray();
        return gzip ? gzip(bytes) : bytes;
    }

    /**
     * A TriG chunk without its leading prefix lines: every chunk is written with the same prefixes,
     * which the header declares once.
     */
    static byte[] withoutHeader(byte[] trig) {
        String s = new String(trig, StandardCharsets.UTF_8);
        int at = 0;
        while (at < s.length()) {
            int eol = s.indexOf('\n', at);
            if (eol < 0) {
                break;
            }
            String line = s.substring(at, eol).strip();
            if (line.isEmpty() || line.startsWith("PREFIX ") || line.startsWith("@prefix ")) {
                at = eol + 1;
            } else {
                break;
            }
        }
        return s.substring(at).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) {
        if (bytes.length == 0) {
            return bytes;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(buf, 1 << 14)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    private static Graph merged(DatasetGraph ds, String graphName, Graph graph) {
        Node name = NodeFactory.createURI(graphName);
        if (ds.containsGraph(name)) {
            // the same article twice (or an article named like the shared graph): one graph
            Graph g = ds.getGraph(name);
            graph.find().forEachRemaining(g::add);
            return g;
        }
        return graph;
    }

    private static void write(OutputStream out, byte[] bytes) throws IOException {
        if (bytes.length > 0) {
            out.write(bytes);
        }
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

}
