package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSupport;
import org.newsgraph.query.DataLoader;
import org.newsgraph.query.Validation;

/** The output conforms to the shapes, the shapes catch what they promise, and every ng: term is declared. */
class ShapesTest {

    private static Graph sample() {
        Graph g = GraphFactory.createDefaultGraph();
        TestSupport.sample().getUnionModel().getGraph().find().forEachRemaining(g::add);
        return g;
    }

    @Test
    void sampleOutputConforms() {
        Validation v = Validation.of(sample());
        assertTrue(v.conforms(), String.join("\n", v.lines()));
    }

    @Test
    void aFactWithoutEvidenceIsAViolation() {
        Graph g = sample();
        Node rutte = NodeFactory.createURI(NG.DEFAULT_BASE + "person/mark-rutte");
        g.add(Triple.create(rutte, NG.opposes.asNode(), NodeFactory.createURI(NG.DEFAULT_BASE + "country/romania")));
        Validation v = Validation.of(g);
        assertFalse(v.conforms());
        assertTrue(v.lines().stream().anyMatch(l -> l.contains("evidence")), String.join("\n", v.lines()));
    }

    @Test
    void anEntityWithTwoLabelsIsAViolation() {
        Graph g = sample();
        g.add(Triple.create(NodeFactory.createURI(NG.DEFAULT_BASE + "person/mark-rutte"), RDFS.label.asNode(),
                NodeFactory.createLiteralString("Rutte")));
        assertFalse(Validation.of(g).conforms());
    }

    @Test
    void everyNgTermTheCodeUsesIsDeclaredInTheOntology() throws IllegalAccessException {
        Graph ontology = DataLoader.ontology();
        List<String> undeclared = new ArrayList<>();
        for (Field f : NG.class.getFields()) {
            Object v = f.get(null);
            if (v instanceof Resource r && r.isURIResource() && r.getURI().startsWith(NG.NS)
                    && !ontology.contains(r.asNode(), RDF.type.asNode(), Node.ANY)) {
                undeclared.add(r.getURI());
            }
        }
        // and every ng: term in the sample's output
        sample().find().forEachRemaining(t -> {
            for (Node n : List.of(t.getPredicate(), t.getObject())) {
                if (n.isURI() && n.getURI().startsWith(NG.NS) && !ontology.contains(n, RDF.type.asNode(), Node.ANY)) {
                    undeclared.add(n.getURI());
                }
            }
        });
        assertTrue(undeclared.isEmpty(), "not declared in ontology/newsgraph.ttl: " + undeclared);
        assertTrue(NG.holdsOffice instanceof Property);
    }
}
