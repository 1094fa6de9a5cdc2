package org.newsgraph.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
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

    /** A quad with its sort key, the N-Quads form of its terms, computed once. */
    private record Keyed(String key, Quad quad) {
        static Keyed of(Quad q, boolean keepGraph) {
            StringBuilder b = new StringBuilder(128);
            if (keepGraph) {
                b.append(NodeFmtLib.strNT(q.getGraph())).append('\u0000');
            }
            b.append(NodeFmtLib.strNT(q.getSubject())).append('\u0000')
                    .append(NodeFmtLib.strNT(q.getPredicate())).append('\u0000')
                    .append(NodeFmtLib.strNT(q.getObject()));
            return new Keyed(b.toString(), q);
        }
    }

    private RdfWriter() {
    }

    /**
     * Writes a dataset (one named graph per article) in a format; formats without named graphs get
     * the union of the graphs.
     */
    public static void write(DatasetGraph data, Format format, PrefixMapping prefixes, OutputStream out) {
        List<Quad> quads = sorted(data, format.quads());
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

    private static List<Quad> sorted(DatasetGraph data, boolean keepGraphs) {
        List<Keyed> keyed = new ArrayList<>();
        Iterator<Quad> it = data.find();
        while (it.hasNext()) {
            Quad q = it.next();
            keyed.add(Keyed.of(keepGraphs ? q : Quad.create(Quad.defaultGraphIRI, q.asTriple()), keepGraphs));
        }
        keyed.sort(Comparator.comparing(Keyed::key));
        List<Quad> out = new ArrayList<>(keyed.size());
        String previous = null;
        for (Keyed k : keyed) {
            if (!k.key().equals(previous)) {   // the union of graphs holds each triple once
                out.add(k.quad());
            }
            previous = k.key();
        }
        return out;
    }

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
