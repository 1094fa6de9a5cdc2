package org.newsgraph.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.NG;
import org.newsgraph.relation.Predicate;

/**
 * Scores a graph against a gold file by the vocabulary contract's matching rules: names compared
 * without case, punctuation, hyphens, accents or the word "the"; an output node is the gold entity its
 * rdfs:label names, else one its skos:altLabel names (preferring the gold entity of the node's type);
 * an office also matches as "title of polity"; a quotation counts when the gold fragment occurs in it.
 */
public final class Scorer {

    private static final String SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel";
    private static final List<String> TYPES = List.of("Person", "Office", "Alliance", "Country", "Organization");

    private Scorer() {
    }

    /** Names as the contract compares them. */
    public static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("[\\u0300-\\u036f]", "").toLowerCase(Locale.ROOT)
                .replaceAll("[’'`]", "").replaceAll("[^a-z0-9]+", " ").replaceAll("\\bthe\\b", " ")
                .replaceAll("\\s+", " ").strip();
    }

    /** The score of one graph against one gold file. */
    public static ArticleScore score(String name, Graph graph, Gold gold) {
        Map<String, List<String>> nameToGold = new HashMap<>();
        for (String g : gold.types().keySet()) {
            for (String f : gold.forms(g)) {
                addForm(nameToGold, f, g);
            }
        }
        List<Gold.GoldFact> all = new ArrayList<>(gold.facts());
        all.addAll(gold.optional());
        for (Gold.GoldFact f : all) {
            if (!f.predicate().equals("officeOf")) {
                continue;
            }
            for (String form : gold.forms(f.subject())) {
                int i = form.toLowerCase(Locale.ROOT).lastIndexOf(" of ");
                String title = i > 0 ? form.substring(0, i) : form;
                for (String polity : gold.forms(f.object())) {
                    addForm(nameToGold, title + " of " + polity, f.subject());
                }
            }
        }

        Map<Node, List<String>> main = new HashMap<>();
        Map<Node, List<String>> alt = new HashMap<>();
        Map<Node, List<String>> types = new LinkedHashMap<>();
        graph.find().forEachRemaining(t -> {
            Node p = t.getPredicate();
            if (t.getObject().isLiteral() && (p.equals(RDFS.label.asNode()) || p.getURI().equals(SKOS_PREF))) {
                main.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject().getLiteralLexicalForm());
            } else if (t.getObject().isLiteral() && p.equals(NG.altLabel.asNode())) {
                alt.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject().getLiteralLexicalForm());
            } else if (p.equals(RDF.type.asNode()) && t.getObject().isURI() && t.getObject().getURI().startsWith(NG.NS)
                    && TYPES.contains(t.getObject().getURI().substring(NG.NS.length()))) {
                types.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject().getURI().substring(NG.NS.length()));
            }
        });
        java.util.function.Function<Node, String> goldOf = node -> {
            List<String> nodeTypes = types.getOrDefault(node, List.of());
            for (List<String> group : List.of(main.getOrDefault(node, List.of()), alt.getOrDefault(node, List.of()))) {
                List<String> cands = new ArrayList<>();
                for (String l : group) {
                    cands.addAll(nameToGold.getOrDefault(norm(l), List.of()));
                }
                if (cands.isEmpty()) {
                    continue;
                }
                for (String c : cands) {
                    if (gold.types().get(c).stream().anyMatch(nodeTypes::contains)) {
                        return c;
                    }
                }
                return cands.get(0);
            }
            return null;
        };
        java.util.function.Function<Node, String> display = node -> {
            String g = goldOf.apply(node);
            if (g != null) {
                return g;
            }
            List<String> m = main.getOrDefault(node, alt.getOrDefault(node, List.of()));
            return "~" + (m.isEmpty() ? node.toString() : m.get(0));
        };

        // entities
        Map<String, Set<String>> typesOfGold = new HashMap<>();
        List<String> extraEntities = new ArrayList<>();
        for (Map.Entry<Node, List<String>> e : types.entrySet()) {
            String g = goldOf.apply(e.getKey());
            for (String t : e.getValue()) {
                if (g != null) {
                    typesOfGold.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(t);
                } else {
                    extraEntities.add(t + ":" + display.apply(e.getKey()));
                }
            }
        }
        int entitiesTyped = 0;
        List<String> entitiesMissed = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : gold.types().entrySet()) {
            Set<String> got = typesOfGold.get(e.getKey());
            if (got != null && e.getValue().stream().anyMatch(got::contains)) {
                entitiesTyped++;
            } else {
                entitiesMissed.add(e.getKey() + " (" + String.join("|", e.getValue()) + (got == null ? "" : ", got " + got) + ")");
            }
        }

        // predicted facts
        Map<String, Gold.GoldFact> predicted = new LinkedHashMap<>();
        for (Predicate p : Predicate.values()) {
            Node pn = NG.fact(p.localName()).asNode();
            Map<String, Set<String>> quotes = new LinkedHashMap<>();
            for (Triple t : graph.find(Node.ANY, pn, Node.ANY).toList()) {
                String s = display.apply(t.getSubject());
                if (p == Predicate.SAID) {
                    Set<String> texts = quotes.computeIfAbsent(s + "\t" + t.getObject(), k -> new LinkedHashSet<>());
                    if (t.getObject().isLiteral()) {
                        texts.add(t.getObject().getLiteralLexicalForm());
                    } else {
                        graph.find(t.getObject(), Node.ANY, Node.ANY).forEachRemaining(x -> {
                            if (x.getObject().isLiteral()) {
                                texts.add(x.getObject().getLiteralLexicalForm());
                            }
                        });
                    }
                    continue;
                }
                String o = t.getObject().isLiteral() ? "\"" + t.getObject().getLiteralLexicalForm() + "\"" : display.apply(t.getObject());
                predicted.put(s + "\t" + p.localName() + "\t" + o, new Gold.GoldFact(s, p.localName(), o));
            }
            for (Map.Entry<String, Set<String>> q : quotes.entrySet()) {
                if (q.getValue().isEmpty()) {
                    continue;
                }
                String s = q.getKey().split("\t")[0];
                String o = String.join(" | ", q.getValue());
                predicted.put(s + "\tsaid\t" + o, new Gold.GoldFact(s, "said", o));
            }
        }

        Map<String, PredicateScore> per = new LinkedHashMap<>();
        for (Predicate p : Predicate.values()) {
            per.put(p.localName(), new PredicateScore());
        }
        List<Gold.GoldFact> preds = new ArrayList<>(predicted.values());
        for (Gold.GoldFact f : gold.facts()) {
            PredicateScore ps = per.get(f.predicate());
            if (preds.stream().anyMatch(pr -> matches(f, pr))) {
                ps.tp++;
            } else {
                ps.fn++;
                ps.missed.add(f.toString());
            }
        }
        Set<String> goldSpeakers = new LinkedHashSet<>();
        gold.facts().stream().filter(f -> f.predicate().equals("said")).forEach(f -> goldSpeakers.add(f.subject()));
        for (Gold.GoldFact pr : preds) {
            PredicateScore ps = per.get(pr.predicate());
            if (gold.facts().stream().anyMatch(f -> matches(f, pr))) {
                continue;
            }
            if (gold.optional().stream().anyMatch(f -> matches(f, pr))) {
                ps.optional++;
                continue;
            }
            if (pr.predicate().equals("said") && goldSpeakers.contains(pr.subject())) {
                ps.unjudged++;
                continue;
            }
            ps.fp++;
            String o = pr.predicate().equals("said") && pr.object().length() > 60 ? pr.object().substring(0, 60) : pr.object();
            ps.wrong.add(pr.subject() + " " + pr.predicate() + " " + o);
        }
        return new ArticleScore(name, per, gold.types().size(), entitiesTyped, entitiesMissed, extraEntities);
    }

    private static void addForm(Map<String, List<String>> map, String form, String name) {
        List<String> l = map.computeIfAbsent(norm(form), k -> new ArrayList<>());
        if (!l.contains(name)) {
            l.add(name);
        }
    }

    private static boolean matches(Gold.GoldFact gold, Gold.GoldFact pr) {
        if (!gold.predicate().equals(pr.predicate())) {
            return false;
        }
        if (gold.predicate().equals("said")) {
            String g = norm(gold.object());
            String p = norm(pr.object());
            return pr.subject().equals(gold.subject()) && (p.contains(g) || (g.contains(p) && p.length() > 12));
        }
        return gold.subject().equals(pr.subject()) && gold.object().equals(pr.object());
    }
}
