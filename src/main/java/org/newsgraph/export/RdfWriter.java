package org.newsgraph.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
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

    private static final Comparator<Node> NODE_ORDER = Comparator.comparing(NodeFmtLib::strNT);
    private static final Comparator<Quad> QUAD_ORDER = Comparator
            .comparing(Quad::getGraph, NODE_ORDER)
            .thenComparing(Quad::getSubject, NODE_ORDER)
            .thenComparing(Quad::getPredicate, NODE_ORDER)
            .thenComparing(Quad::getObject, NODE_ORDER);

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
        List<Quad> out = new ArrayList<>();
        if (keepGraphs) {
            Iterator<Quad> it = data.find();
            while (it.hasNext()) {
                out.add(it.next());
            }
        } else {
            java.util.Set<Triple> seen = new java.util.HashSet<>();
            Iterator<Quad> it = data.find();
            while (it.hasNext()) {
                Triple t = it.next().asTriple();
                if (seen.add(t)) {
                    out.add(Quad.create(Quad.defaultGraphIRI, t));
                }
            }
        }
        out.sort(QUAD_ORDER);
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
