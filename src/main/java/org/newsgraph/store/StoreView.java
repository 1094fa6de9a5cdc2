package org.newsgraph.store;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.shared.DeleteDeniedException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;

/**
 * How a store is queried: the named graphs are the article graphs, and the default graph is their union
 * plus the newsgraph ontology (the same shape as {@code query -d FILES}). The ontology is not in the store:
 * it is joined here, so that a store never holds a stale copy of it.
 * <p>
 * It is a view ({@link DatasetGraphWrapperView}), so ARQ evaluates queries on it rather than handing them
 * to TDB2's engine on the store underneath, which would not see the ontology. Transactions pass through to
 * the store. The default graph is read-only; named graphs are written through.
 */
public final class StoreView extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    private final DatasetGraph store;
    private final Graph ontology;
    private final PrefixMapping prefixes;

    StoreView(DatasetGraph store, Graph ontology, PrefixMapping prefixes, Context context) {
        super(store, context);
        this.store = store;
        this.ontology = ontology;
        this.prefixes = prefixes;
    }

    @Override
    public Graph getDefaultGraph() {
        return new UnionDefaultGraph(ontology, store.getUnionGraph(), prefixes);
    }

    @Override
    public Graph getUnionGraph() {
        return store.getUnionGraph();
    }

    @Override
    public Graph getGraph(Node graphNode) {
        if (isDefault(graphNode)) {
            return getDefaultGraph();
        }
        return super.getGraph(graphNode);
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        return isDefault(graphNode) || super.containsGraph(graphNode);
    }

    @Override
    public Iterator<Quad> find() {
        return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Iterator<Quad> find(Quad q) {
        return find(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g == null || g == Node.ANY) {
            return Iter.concat(defaultQuads(s, p, o), store.findNG(Node.ANY, s, p, o));
        }
        if (isDefault(g)) {
            return defaultQuads(s, p, o);
        }
        return store.find(g, s, p, o);
    }

    @Override
    public boolean contains(Quad q) {
        return contains(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        Iterator<Quad> it = find(g, s, p, o);
        try {
            return it.hasNext();
        } finally {
            Iter.close(it);
        }
    }

    @Override
    public boolean isEmpty() {
        return false;   // the ontology is always there
    }

    @Override
    public void add(Quad q) {
        refuseDefault(q.getGraph(), true);
        super.add(q);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        refuseDefault(g, true);
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad q) {
        refuseDefault(q.getGraph(), false);
        super.delete(q);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        refuseDefault(g, false);
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        refuseDefault(g, false);
        super.deleteAny(g, s, p, o);   // with g = ANY: every article graph (the default graph has nothing of its own)
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        refuseDefault(graphName, true);
        super.addGraph(graphName, graph);
    }

    @Override
    public void removeGraph(Node graphName) {
        refuseDefault(graphName, false);
        super.removeGraph(graphName);
    }

    private Iterator<Quad> defaultQuads(Node s, Node p, Node o) {
        return getDefaultGraph().find(s, p, o).mapWith(t -> Quad.create(Quad.defaultGraphIRI, t));
    }

    private static boolean isDefault(Node g) {
        return g != null && Quad.isDefaultGraph(g);
    }

    private static void refuseDefault(Node g, boolean add) {
        if (isDefault(g)) {
            if (add) {
                throw new AddDeniedException(UnionDefaultGraph.READ_ONLY);
            }
            throw new DeleteDeniedException(UnionDefaultGraph.READ_ONLY);
        }
    }
}
