package org.newsgraph.store;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.shared.DeleteDeniedException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * The default graph of a store, read-only: the ontology followed by the union of the article graphs.
 * A triple in both is given once: the ontology is small, so its matches are remembered and the
 * article triples that repeat them are dropped.
 */
final class UnionDefaultGraph extends GraphBase {

    static final String READ_ONLY = "the default graph is the union of the article graphs and the ontology, "
            + "and is read-only: write to an article's named graph";

    private final Graph ontology;
    private final Graph articles;
    private final PrefixMapping prefixes;

    UnionDefaultGraph(Graph ontology, Graph articles, PrefixMapping prefixes) {
        this.ontology = ontology;
        this.articles = articles;
        this.prefixes = prefixes;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Set<Triple> seen = new HashSet<>();
        return ontology.find(pattern).mapWith(t -> {
            seen.add(t);
            return t;
        }).andThen(articles.find(pattern).filterDrop(seen::contains));
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        return ontology.contains(t) || articles.contains(t);
    }

    @Override
    protected PrefixMapping createPrefixMapping() {
        // a copy of its own: writers (a Graph Store PUT, say) set prefixes before they try to add
        return PrefixMapping.Factory.create().setNsPrefixes(prefixes);
    }

    @Override
    public void performAdd(Triple t) {
        throw new AddDeniedException(READ_ONLY);
    }

    @Override
    public void performDelete(Triple t) {
        throw new DeleteDeniedException(READ_ONLY);
    }

    @Override
    public void clear() {
        throw new DeleteDeniedException(READ_ONLY);
    }
}
