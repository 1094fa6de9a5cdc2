package org.newsgraph.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes newsgraph's output deterministically: the same graphs give the same bytes. Line- and
 * block-based formats are streamed in sorted order (graph, subject, predicate, object); JSON-LD and
 * RDF/XML are written by Jena from a graph filled in that order.
 */
public final class RdfWriter {

    /**
     * A term's N-Triples form and its UTF-8 bytes, and scratch for sorting: its rank among the terms in one position
     * (graph, subject, predicate) of the quads being sorted, made when the term is first ranked (a literal, only ever
     * an object, never is). Terms are made and sorted by one thread ({@link Terms}).
     */
    private static final class Term {
        /** No graph (a triple's): every quad's, never ranked, rank 0. */
        static final Term NONE = new Term("");

        static {
            NONE.rankedIn = new long[3];
            NONE.rank = new int[3];
        }

        final String nt;
        final byte[] utf8;
        /** The sort ({@link Terms#sorts}) that last ranked the term in each position, and its rank there; null until then. */
        long[] rankedIn;
        int[] rank;

        Term(String nt) {
            this.nt = nt;
            this.utf8 = nt.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * A quad with the N-Triples form of its terms (graph, subject, predicate, object), sorted by them: by the ranks of
     * its graph, subject and predicate among the quads' ({@link #rank}: integers, as an article's quads name few of
     * each and their IRIs share long prefixes), then by its object's form.
     */
    private record Keyed(Term[] terms, Quad quad) {
        int compareTo(Keyed o) {
            for (int i = 0; i < 3; i++) {
                int a = terms[i].rank[i];
                int b = o.terms[i].rank[i];
                if (a != b) {
                    return a < b ? -1 : 1;
                }
            }
            return terms[3] == o.terms[3] ? 0 : terms[3].nt.compareTo(o.terms[3].nt);
        }
    }

    /**
     * The N-Triples form of terms ({@link NtTerms}, else Jena's formatter), each IRI's computed once: an article's graph names
     * the same few nodes hundreds of times, and a corpus the same vocabulary in every article. One
     * per thread, forgotten when it grows large.
     */
    private static final class Terms {
        private static final int MAX_REMEMBERED = 10_000;
        private static final ThreadLocal<Terms> PER_THREAD = ThreadLocal.withInitial(Terms::new);

        /** The number of sorts this thread began, which marks the terms each ranks. */
        long sorts;

        private final NodeFormatter nt = new NodeFormatterNT();
        private final java.util.Map<Node, Term> cache = new java.util.HashMap<>();
        private final java.util.Map<Node, Term> byIdentity = new java.util.IdentityHashMap<>();
        private final StringBuilderWriter buf = new StringBuilderWriter();

        Term of(Node n) {
            if (n.isLiteral()) {
                // most literals occur once (a sentence's text, offsets): remembering them costs more than writing them
                return new Term(format(n));
            }
            // the same node object comes again and again (vocabulary, an article's entities): found by identity
            // first, without comparing IRIs character by character
            Term s = byIdentity.get(n);
            if (s != null) {
                return s;
            }
            s = cache.get(n);
            if (s == null) {
                s = new Term(format(n));
                if (cache.size() >= MAX_REMEMBERED) {
                    cache.clear();
                }
                cache.put(n, s);
            }
            if (byIdentity.size() >= MAX_REMEMBERED) {
                byIdentity.clear();
            }
            byIdentity.put(n, s);
            return s;
        }

        /** The N-Triples form of a term: {@link NtTerms}' when it can tell, else Jena's formatter's. */
        private String format(Node n) {
            String s = NtTerms.of(n);
            if (s == null) {
                buf.sb.setLength(0);
                nt.format(buf, n);
                s = buf.sb.toString();
            }
            return s;
        }
    }

    /** Jena's character sink over a StringBuilder. */
    private static final class StringBuilderWriter implements AWriter {
        final StringBuilder sb = new StringBuilder(256);

        @Override
        public void write(char ch) {
            sb.append(ch);
        }

        @Override
        public void write(char[] cbuf) {
            sb.append(cbuf);
        }

        @Override
        public void write(String string) {
            sb.append(string);
        }

        @Override
        public void print(char ch) {
            sb.append(ch);
        }

        @Override
        public void print(char[] cbuf) {
            sb.append(cbuf);
        }

        @Override
        public void print(String string) {
            sb.append(string);
        }

        @Override
        public void printf(String fmt, Object... args) {
            sb.append(String.format(fmt, args));
        }

        @Override
        public void println(String object) {
            sb.append(object).append('\n');
        }

        @Override
        public void println() {
            sb.append('\n');
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private RdfWriter() {
    }

    /**
     * Writes a dataset (one named graph per article) in a format; formats without named graphs get
     * the union of the graphs.
     */
    public static void write(DatasetGraph data, Format format, PrefixMapping prefixes, OutputStream out) {
        List<Keyed> keyed = sorted(data, format.quads());
        if (asLines(format, keyed)) {
            try {
                out.write(lines(keyed, format == Format.NQUADS));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return;
        }
        write(keyed, format, prefixes, out);
    }

    /** {@link #write} into an array of bytes: what a corpus writes for each article, made without copies for N-Quads. */
    public static byte[] toBytes(DatasetGraph data, Format format, PrefixMapping prefixes) {
        List<Keyed> keyed = sorted(data, format.quads());
        if (asLines(format, keyed)) {
            return lines(keyed, format == Format.NQUADS);
        }
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream(keyed.size() * 160);
        write(keyed, format, prefixes, buf);
        return buf.toByteArray();
    }

    /** N-Quads or N-Triples without blank nodes: lines of terms Jena formatted ({@link #lines}). */
    private static boolean asLines(Format format, List<Keyed> keyed) {
        return (format == Format.NQUADS || format == Format.NTRIPLES) && keyed.stream().noneMatch(RdfWriter::hasBlank);
    }

    private static void write(List<Keyed> keyed, Format format, PrefixMapping prefixes, OutputStream out) {
        List<Quad> quads = keyed.stream().map(Keyed::quad).toList();
        switch (format) {
            case TURTLE -> stream(quads, RDFFormat.TURTLE_BLOCKS, prefixes, out, false);
            case TRIG -> stream(quads, RDFFormat.TRIG_BLOCKS, prefixes, out, true);
            case NTRIPLES -> stream(quads, RDFFormat.NTRIPLES, null, out, false);
            case NQUADS -> stream(quads, RDFFormat.NQUADS, null, out, true);
            case JSONLD -> {
                DatasetGraph ordered = DatasetGraphFactory.createTxnMem();
                ordered.prefixes().putAll(prefixes);
                quads.forEach(ordered::add);
                RDFDataMgr.write(out, ordered, RDFFormat.JSONLD11_PRETTY);
            }
            case RDFXML -> {
                org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                g.getPrefixMapping().setNsPrefixes(prefixes);
                quads.forEach(q -> g.add(q.asTriple()));
                RDFDataMgr.write(out, g, RDFFormat.RDFXML_PLAIN);
            }
            default -> throw new IllegalStateException(format.name());
        }
    }

    /** The quads in order (graph, subject, predicate, object), each once; without graphs, the union. */
    private static List<Keyed> sorted(DatasetGraph data, boolean keepGraphs) {
        Terms terms = Terms.PER_THREAD.get();
        List<Keyed> keyed = new ArrayList<>();
        Iterator<Quad> it = data.find();
        while (it.hasNext()) {
            Quad q = it.next();
            Quad quad = keepGraphs ? q : Quad.create(Quad.defaultGraphIRI, q.asTriple());
            Term g = keepGraphs ? terms.of(q.getGraph()) : Term.NONE;
            keyed.add(new Keyed(new Term[] {g, terms.of(q.getSubject()), terms.of(q.getPredicate()), terms.of(q.getObject())}, quad));
        }
        long sort = ++terms.sorts;
        for (int position = keepGraphs ? 0 : 1; position < 3; position++) { // without graphs, every quad's is NONE (never ranked: 0)
            rank(keyed, position, sort);
        }
        keyed.sort(Keyed::compareTo);
        List<Keyed> out = new ArrayList<>(keyed.size());
        Keyed previous = null;
        for (Keyed k : keyed) {
            if (previous == null || k.compareTo(previous) != 0) {   // the union of graphs holds each triple once
                out.add(k);
            }
            previous = k;
        }
        return out;
    }

    /**
     * Ranks the distinct terms in one position of the quads by their N-Triples form (equal forms, equal ranks), for the
     * sort that follows at once on this thread.
     */
    private static void rank(List<Keyed> keyed, int position, long sort) {
        List<Term> distinct = new ArrayList<>();
        for (Keyed k : keyed) {
            Term t = k.terms()[position];
            if (t.rank == null) {
                t.rankedIn = new long[3];
                t.rank = new int[3];
            }
            if (t.rankedIn[position] != sort) {
                t.rankedIn[position] = sort;
                distinct.add(t);
            }
        }
        distinct.sort((a, b) -> a.nt.compareTo(b.nt));
        int r = -1;
        String previous = null;
        for (Term t : distinct) {
            if (previous == null || !t.nt.equals(previous)) {
                r++;
                previous = t.nt;
            }
            t.rank[position] = r;
        }
    }

    private static boolean hasBlank(Keyed k) {
        Quad q = k.quad();
        return q.getSubject().isBlank() || q.getObject().isBlank() || q.getGraph().isBlank();
    }

    /**
     * N-Quads or N-Triples lines from terms already formatted by Jena: the bytes Jena's own writer
     * gives for graphs without blank nodes (whose labels its writer allocates), several times faster.
     */
    private static byte[] lines(List<Keyed> keyed, boolean withGraph) {
        // each term carries its UTF-8 bytes; the lines' length is summed first, so that they are written into an array
        // of their size
        int length = 0;
        for (Keyed k : keyed) {
            int count = termsOnLine(k, withGraph);
            for (int i = 0; i < count; i++) {
                length += k.terms()[LINE_ORDER[i]].utf8.length;
            }
            length += count - 1 + END.length; // the spaces between the terms, and " .\n"
        }
        byte[] out = new byte[length];
        int at = 0;
        for (Keyed k : keyed) {
            int count = termsOnLine(k, withGraph);
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    out[at++] = ' ';
                }
                byte[] b = k.terms()[LINE_ORDER[i]].utf8;
                System.arraycopy(b, 0, out, at, b.length);
                at += b.length;
            }
            System.arraycopy(END, 0, out, at, END.length);
            at += END.length;
        }
        return out;
    }

    /** The order of a line's terms in {@link Keyed#terms}: subject, predicate, object, graph. */
    private static final int[] LINE_ORDER = {1, 2, 3, 0};

    /** Three terms, and the graph's name when it is written. */
    private static int termsOnLine(Keyed k, boolean withGraph) {
        return withGraph && !k.quad().isDefaultGraph() ? 4 : 3;
    }

    private static final byte[] END = {' ', '.', '\n'};

    private static void stream(List<Quad> quads, RDFFormat fmt, PrefixMapping prefixes, OutputStream out, boolean asQuads) {
        StreamRDF s = StreamRDFWriter.getWriterStream(out, fmt, null);
        s.start();
        if (prefixes != null) {
            prefixes.getNsPrefixMap().entrySet().stream()
                    .sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> s.prefix(e.getKey(), e.getValue()));
        }
        for (Quad q : quads) {
            if (asQuads && !q.isDefaultGraph()) {
                s.quad(q);
            } else {
                s.triple(q.asTriple());
            }
        }
        s.finish();
    }
}
