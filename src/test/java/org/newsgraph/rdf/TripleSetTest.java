package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSupport;
import org.newsgraph.ingest.Article;
import org.newsgraph.relation.Extraction;

/** A TripleSet answers as Jena's indexed graph does, and a corpus run's article graph is the library's. */
class TripleSetTest {

    private static final Article SAMPLE = TestSupport.article(
            "Mark Rutte, the outgoing Dutch prime minister, will take over as Nato secretary general. "
                    + "Romania's president Klaus Iohannis withdrew from the race.");

    @Test
    void theArticleGraphToWriteIsTheArticleGraph() {
        Extraction x = TestSupport.NG.analyze(SAMPLE);
        Graph indexed = TestSupport.NG.articleGraph(x);
        Graph set = TestSupport.NG.articleGraphToWrite(x);
        assertTrue(set instanceof TripleSet);
        assertTrue(indexed.size() > 50, "too small a sample: " + indexed.size());
        assertTrue(indexed.isIsomorphicWith(set), "not the same graph");
        assertEquals(indexed.size(), set.size());
    }

    @Test
    void findsAndContainsAsJenasGraph() {
        Graph indexed = TestSupport.NG.articleGraph(TestSupport.NG.analyze(SAMPLE));
        TripleSet set = new TripleSet();
        indexed.find().forEachRemaining(set::add);
        indexed.find().forEachRemaining(set::add); // twice: a set
        assertEquals(indexed.size(), set.size());
        for (Triple t : indexed.find().toList()) {
            for (Triple pattern : List.of(t, Triple.create(t.getSubject(), Node.ANY, Node.ANY), Triple.create(Node.ANY, t.getPredicate(), Node.ANY),
                    Triple.create(Node.ANY, Node.ANY, t.getObject()), Triple.create(t.getSubject(), t.getPredicate(), Node.ANY),
                    Triple.create(NodeFactory.createVariable("s"), t.getPredicate(), t.getObject()))) {
                Node s = pattern.getSubject().isVariable() ? Node.ANY : pattern.getSubject();
                Set<Triple> expected = new HashSet<>(indexed.find(s, pattern.getPredicate(), pattern.getObject()).toList());
                assertEquals(expected, new HashSet<>(set.find(pattern).toList()), pattern.toString());
                assertTrue(set.contains(pattern), pattern.toString());
            }
        }
        Node other = NodeFactory.createURI("https://example.org/other");
        assertFalse(set.contains(other, Node.ANY, Node.ANY));
        assertFalse(set.contains(Triple.create(other, other, other)));
        Triple first = indexed.find().next();
        set.delete(first);
        assertFalse(set.contains(first));
        assertEquals(indexed.size() - 1, set.size());
        Graph empty = GraphFactory.createDefaultGraph();
        assertEquals(0, new TripleSet().size());
        assertTrue(new TripleSet().isIsomorphicWith(empty));
    }
}
