package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.eval.Gold;
import org.newsgraph.eval.Scorer;
import org.newsgraph.rdf.NG;
import org.newsgraph.relation.Predicate;

/**
 * The sample article's graph says every required gold fact (one SPARQL ASK each) and at most one
 * fact beyond the gold. Nodes are found by their labels as the gold format says (rdfs:label first,
 * then skos:altLabel; an office also as "title of polity").
 */
class GoldFactsTest {

    private static final Gold GOLD = readGold();
    private static final Model MODEL = TestSupport.sample().getUnionModel();

    static Stream<Gold.GoldFact> facts() {
        return GOLD.facts().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void goldFactHolds(Gold.GoldFact f) {
        Resource s = node(f.subject());
        String ask;
        if (f.predicate().equals("said")) {
            ask = "ASK { <" + s.getURI() + "> <" + NG.said.getURI() + "> ?q . "
                    + "FILTER(CONTAINS(LCASE(REPLACE(STR(?q), \"[’']\", \"\")), \"" + f.object().toLowerCase().replaceAll("[’']", "")
                    .replace("\"", "\\\"") + "\")) }";
        } else {
            ask = "ASK { <" + s.getURI() + "> <" + NG.fact(f.predicate()).getURI() + "> <" + node(f.object()).getURI() + "> }";
        }
        try (QueryExecution qe = QueryExecution.model(MODEL).query(ask).build()) {
            assertTrue(qe.execAsk(), "not in the graph: " + f + "\n" + ask);
        }
    }

    @Test
    void atMostOneFactBeyondTheGold() {
        Map<String, String> goldByNorm = goldNames();
        Set<String> expected = new LinkedHashSet<>();
        for (Gold.GoldFact f : GOLD.facts()) {
            expected.add(f.toString());
        }
        for (Gold.GoldFact f : GOLD.optional()) {
            expected.add(f.toString());
        }
        Set<String> goldSpeakers = new LinkedHashSet<>();
        GOLD.facts().stream().filter(f -> f.predicate().equals("said")).forEach(f -> goldSpeakers.add(f.subject()));
        List<String> extra = new ArrayList<>();
        for (Predicate p : Predicate.values()) {
            for (Statement st : MODEL.listStatements(null, NG.fact(p.localName()), (RDFNode) null).toList()) {
                String s = goldName(st.getSubject(), goldByNorm);
                if (p == Predicate.SAID) {
                    if (!goldSpeakers.contains(s)) {
                        extra.add(s + " said " + st.getObject());
                    }
                    continue;
                }
                String o = goldName(st.getObject().asResource(), goldByNorm);
                String fact = s + " " + p.localName() + " " + o;
                if (!expected.contains(fact)) {
                    extra.add(fact);
                }
            }
        }
        assertTrue(extra.size() <= 1, "facts beyond the gold: " + extra);
    }

    private static Gold readGold() {
        try {
            return Gold.read(java.nio.file.Path.of(GoldFactsTest.class.getResource("/sample/rutte-nato.gold.tsv").toURI()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The node a gold name stands for. */
    private static Resource node(String goldName) {
        Set<String> forms = new LinkedHashSet<>();
        for (String f : GOLD.forms(goldName)) {
            forms.add(Scorer.norm(f));
        }
        for (Resource r : MODEL.listSubjectsWithProperty(RDFS.label).toList()) {
            for (String label : labels(r)) {
                if (forms.contains(Scorer.norm(label))) {
                    return r;
                }
            }
        }
        throw new AssertionError("no node for gold entity " + goldName);
    }

    private static Map<String, String> goldNames() {
        Map<String, String> m = new HashMap<>();
        for (String name : GOLD.types().keySet()) {
            for (String f : GOLD.forms(name)) {
                m.putIfAbsent(Scorer.norm(f), name);
            }
        }
        return m;
    }

    private static String goldName(Resource r, Map<String, String> goldByNorm) {
        for (String l : labels(r)) {
            String g = goldByNorm.get(Scorer.norm(l));
            if (g != null) {
                return g;
            }
        }
        return "~" + labels(r);
    }

    private static List<String> labels(Resource r) {
        List<String> out = new ArrayList<>();
        r.listProperties(RDFS.label).forEach(s -> out.add(s.getString()));
        r.listProperties(NG.altLabel).forEach(s -> out.add(s.getString()));
        return out;
    }
}
