package org.newsgraph.rdf;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;
import org.apache.jena.util.iterator.SingletonIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A graph that is a set of triples without indexes, for a graph that is filled once and then written or
 * copied, not searched: a corpus run's article graphs. Jena's in-memory graph keeps three indexes, which
 * cost more than writing the triples; Jena's own unindexed graph ({@code CollectionGraph}) is deprecated
 * for removal. A concrete triple is found by one lookup, its size is known, and a find by pattern scans
 * every triple. Terms are compared as Jena's default graph compares them (same term, not same value).
 */
public final class TripleSet extends GraphBase {

    private final Set<Triple> triples = new HashSet<>(512);

    @Override
    public void performAdd(Triple t) {
        triples.add(t);
    }

    @Override
    public void performDelete(Triple t) {
        triples.remove(t);
    }

    @Override
    protected int graphBaseSize() {
        return triples.size();
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        return t.isConcrete() ? triples.contains(t) : graphBaseFind(t).hasNext();
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        if (pattern.isConcrete()) {
            return triples.contains(pattern) ? new SingletonIterator<>(pattern) : NullIterator.instance();
        }
        ExtendedIterator<Triple> all = WrappedIterator.createNoRemove(triples.iterator());
        return Triple.ANY.equals(pattern) ? all : all.filterKeep(t -> matches(pattern, t));
    }

    private static boolean matches(Triple pattern, Triple t) {
        return matches(pattern.getSubject(), t.getSubject()) && matches(pattern.getPredicate(), t.getPredicate())
                && matches(pattern.getObject(), t.getObject());
    }

    /** A wildcard (ANY, a variable) matches every term; a term, itself. */
    private static boolean matches(Node pattern, Node n) {
        return !pattern.isConcrete() || pattern.equals(n);
    }
}
