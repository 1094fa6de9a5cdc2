package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSupport;

/** {@link NtTerms} writes a term exactly as Jena's N-Triples formatter does, or leaves it to that formatter. */
class NtTermsTest {

    private static String jena(Node n) {
        IndentedLineBuffer w = new IndentedLineBuffer();
        new NodeFormatterNT().format(w, n);
        return w.asString();
    }

    /** Every UTF-16 unit in the middle of a term: where the fast path writes the term, Jena writes the same. */
    private static int agreeOnEveryCharacter(IntFunction<Node> termWith) {
        int fast = 0;
        List<String> differ = new ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            Node n = termWith.apply(c);
            String ours = NtTerms.of(n);
            if (ours != null) {
                fast++;
                if (!ours.equals(jena(n))) {
                    differ.add(String.format("U+%04X: %s vs Jena's %s", c, ours, jena(n)));
                }
            }
        }
        assertEquals(List.of(), differ, "written otherwise than Jena writes them");
        return fast;
    }

    @Test
    void irisAsJenaWritesThem() {
        int fast = agreeOnEveryCharacter(c -> NodeFactory.createURI("https://example.org/a" + (char) c + "b"));
        assertTrue(fast > 80, "the fast path writes almost no IRI: " + fast);
    }

    @Test
    void plainLiteralsAsJenaWritesThem() {
        int fast = agreeOnEveryCharacter(c -> NodeFactory.createLiteralString("Ríos said \u00ab" + (char) c + "\u00bb"));
        assertTrue(fast > 60_000, "the fast path writes almost no text: " + fast);
    }

    @Test
    void typedLiteralsAsJenaWritesThem() {
        int integers = agreeOnEveryCharacter(c -> NodeFactory.createLiteralDT("1" + (char) c, XSDDatatype.XSDinteger));
        int dates = agreeOnEveryCharacter(c -> NodeFactory.createLiteralDT("2024-01-0" + (char) c, XSDDatatype.XSDdate));
        assertTrue(integers > 60_000 && dates > 60_000, "the fast path writes almost no typed literal: " + integers + ", " + dates);
    }

    @Test
    void leftToJenaWhatItEscapesOrTags() {
        assertNull(NtTerms.of(NodeFactory.createLiteralString("He said \"no\"")));
        assertNull(NtTerms.of(NodeFactory.createLiteralString("two\nlines")));
        assertNull(NtTerms.of(NodeFactory.createLiteralLang("Nato", "en")));
        assertNull(NtTerms.of(NodeFactory.createURI("https://example.org/a b")));
        assertNull(NtTerms.of(NodeFactory.createBlankNode()));
        assertNull(NtTerms.of(NodeFactory.createLiteralString("\uD83D\uDE00")), "a surrogate pair is left to Jena");
    }

    @Test
    void theSampleGraphsTermsAsJenaWritesThem() {
        int terms = 0;
        int fast = 0;
        for (java.util.Iterator<Quad> it = TestSupport.sample().asDatasetGraph().find(); it.hasNext();) {
            Quad q = it.next();
            for (Node n : new Node[] {q.getSubject(), q.getPredicate(), q.getObject()}) {
                terms++;
                String ours = NtTerms.of(n);
                if (ours != null) {
                    fast++;
                    assertEquals(jena(n), ours, n.toString());
                }
            }
        }
        assertNotNull(NtTerms.of(NodeFactory.createURI("https://w3id.org/newsgraph/resource/person/mark-rutte")));
        assertTrue(fast > terms * 9 / 10, "the fast path writes " + fast + " of the sample's " + terms + " terms");
    }
}
