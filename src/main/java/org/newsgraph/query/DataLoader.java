package org.newsgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.ingest.InputException;

/**
 * Loads RDF files of any format Jena reads into one dataset: named graphs are kept, and the default
 * graph holds the union of everything, so that queries need no GRAPH clause.
 */
public final class DataLoader {

    private DataLoader() {
    }

    /** The files' data, the default graph being their union; with {@code ontology}, the ontology too. */
    public static Dataset load(List<Path> files, boolean ontology) throws InputException {
        DatasetGraph dsg = DatasetFactory.createTxnMem().asDatasetGraph();
        for (Path f : files) {
            read(f, dsg);
        }
        Graph union = dsg.getDefaultGraph();
        Iterator<org.apache.jena.graph.Node> names = dsg.listGraphNodes();
        java.util.List<org.apache.jena.graph.Node> graphs = new java.util.ArrayList<>();
        names.forEachRemaining(graphs::add);
        for (org.apache.jena.graph.Node g : graphs) {
            dsg.getGraph(g).find().forEachRemaining(union::add);
        }
        if (ontology) {
            ontology().find().forEachRemaining(union::add);
        }
        return DatasetFactory.wrap(dsg);
    }

    /** The union of the files' triples in one graph. */
    public static Graph loadGraph(List<Path> files) throws InputException {
        return load(files, false).asDatasetGraph().getDefaultGraph();
    }

    private static void read(Path f, DatasetGraph into) throws InputException {
        if (!Files.isRegularFile(f)) {
            throw new InputException(f + ": no such file");
        }
        String name = f.getFileName().toString();
        String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        Lang lang = RDFLanguages.filenameToLang(plain);
        if (lang == null) {
            throw new InputException(f + ": unknown RDF format (use .ttl, .nt, .nq, .trig, .jsonld, .rdf or .owl)");
        }
        try {
            RDFParser.source(f).lang(lang).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(into);
        } catch (RiotException e) {
            throw new InputException(f + ": not valid " + lang.getLabel() + ": " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "parse error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The newsgraph ontology (bundled in the jar). */
    public static Graph ontology() {
        return bundled("/org/newsgraph/ontology/newsgraph.ttl");
    }

    /** The SHACL shapes of newsgraph's output (bundled in the jar). */
    public static Graph shapes() {
        return bundled("/org/newsgraph/ontology/shapes.ttl");
    }

    private static Graph bundled(String resource) {
        try (InputStream in = DataLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
