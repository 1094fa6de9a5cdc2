package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.Version;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.TemporalValue;
import org.newsgraph.ingest.Article;
import org.newsgraph.relation.Extraction;
import org.newsgraph.relation.Fact;
import org.newsgraph.relation.Predicate;
import org.newsgraph.relation.Rule;
import org.newsgraph.text.Sentence;

/**
 * Turns an extraction into RDF: entities with labels and Wikidata links, facts as plain triples, and
 * for every fact a small assertion node naming it with rdf:subject/predicate/object, the rule that
 * fired and the sentence it was read from; sentence nodes are shared by all facts of a sentence and
 * point at the article, which names the extractor. Offices held become tenure nodes with status and
 * dates. What every article would repeat, the extractor's and the rules' descriptions, is a graph of
 * its own ({@link #provenance}), which a corpus writes once. IRIs are deterministic.
 */
public final class GraphBuilder {

    private final Iris iris;
    /** Each rule's node, made once: every article names the rules that read its facts. */
    private final Map<Rule, Node> ruleNodes = new java.util.concurrent.ConcurrentHashMap<>();

    public GraphBuilder(Iris iris) {
        this.iris = iris;
    }

    /** The IRI of an article: from its id, else its URL, else its text. */
    public String articleIri(Article a) {
        if (a.id() != null && !a.id().isBlank()) {
            return iris.mint("article", a.id());
        }
        if (a.url() != null && !a.url().isBlank()) {
            return iris.base() + "article/url-" + Iris.hash(a.url().strip()).substring(0, 16);
        }
        return iris.base() + "article/" + Iris.hash(a.text()).substring(0, 16);
    }

    public String entityIri(Entity e) {
        return iris.mint(e.type().path(), e.name());
    }

    /** The IRI of the extractor (tool and rule-set version) of an extraction. */
    public String extractorIri(Extraction x) {
        return iris.base() + "extractor/newsgraph-" + Iris.slug(Version.get()) + "-rules-" + x.rulesVersion();
    }

    /** The graph of one extraction, with the descriptions of its extractor and rules: self-contained. */
    public Graph build(Extraction x) {
        Graph g = article(x);
        provenance(x).find().forEachRemaining(g::add);
        return g;
    }

    /**
     * What an extraction's graph shares with every other extraction by the same rules: the extractor's
     * description and the descriptions (label, file, example) of the rules that fired.
     */
    public Graph provenance(Extraction x) {
        Graph g = GraphFactory.createDefaultGraph();
        Node extractor = uri(extractorIri(x));
        add(g, extractor, RDF.type.asNode(), NG.Extractor.asNode());
        add(g, extractor, RDFS.label.asNode(), str("newsgraph " + Version.get()));
        add(g, extractor, NG.softwareVersion.asNode(), str(Version.get()));
        add(g, extractor, NG.rulesVersion.asNode(), str(x.rulesVersion()));
        Set<Node> described = new java.util.HashSet<>();
        for (Fact f : x.facts()) {
            Rule r = f.rule();
            Node n = ruleNode(r);
            if (described.add(n)) {
                add(g, n, RDF.type.asNode(), NG.Rule.asNode());
                add(g, n, RDFS.label.asNode(), str(r.id()));
                add(g, n, NG.ruleFile.asNode(), str(r.file()));
                add(g, n, NG.example.asNode(), str(r.example()));
            }
        }
        return g;
    }

    /** The graph of one extraction without the descriptions of {@link #provenance}: its article graph. */
    public Graph article(Extraction x) {
        return article(x, GraphFactory.createDefaultGraph());
    }

    /**
     * {@link #article(Extraction)} added to a graph of the caller's: a corpus run builds each article's graph as a
     * {@link TripleSet}, which it only writes.
     */
    public Graph article(Extraction x, Graph g) {
        Article a = x.article();
        String articleIri = articleIri(a);
        Node article = uri(articleIri);
        add(g, article, RDF.type.asNode(), NG.NewsArticle.asNode());
        add(g, article, NG.identifier.asNode(), str(articleId(a)));
        if (a.published() != null) {
            add(g, article, NG.datePublished.asNode(), NodeFactory.createLiteralDT(a.published().toString(), XSDDatatype.XSDdate));
        }
        if (a.title() != null && !a.title().isBlank()) {
            add(g, article, NG.headline.asNode(), str(a.title().strip()));
        }
        if (a.url() != null && isIri(a.url())) {
            add(g, article, NG.url.asNode(), uri(a.url().strip()));
        }
        if (a.publisher() != null && !a.publisher().isBlank()) {
            Node pub = uri(iris.mint("publisher", a.publisher()));
            add(g, article, NG.publisher.asNode(), pub);
            add(g, pub, RDF.type.asNode(), NG.SchemaOrganization.asNode());
            add(g, pub, NG.name.asNode(), str(a.publisher().strip()));
        }

        add(g, article, NG.extractedBy.asNode(), uri(extractorIri(x)));

        Set<Entity> used = new LinkedHashSet<>(x.discourse().entities().all());
        for (Fact f : x.facts()) {
            used.add(f.subject());
            if (f.object() != null) {
                used.add(f.object());
            }
        }
        Map<Entity, Node> nodes = new java.util.IdentityHashMap<>();
        for (Entity e : used) {
            entity(g, e, node(nodes, e));
            if (e.country() != null) {
                entity(g, e.country(), node(nodes, e.country())); // "Ontario" lies in Canada, named or not
                add(g, node(nodes, e), NG.regionOf.asNode(), node(nodes, e.country()));
            }
        }

        // one assertion per fact and sentence; rules that read the same fact in it are all named
        Map<String, List<Fact>> bySentence = new LinkedHashMap<>();
        for (Fact f : x.facts()) {
            bySentence.computeIfAbsent(f.key() + "\u0000" + f.sentence().index(), k -> new ArrayList<>()).add(f);
        }
        CodePoints cp = new CodePoints(a.text());
        Map<String, Node> assertionsByFact = new LinkedHashMap<>();
        Map<Integer, Node> sentences = new java.util.HashMap<>(); // each sentence described once, its node shared
        for (List<Fact> same : bySentence.values()) {
            Fact f = same.get(0);
            Node s = node(nodes, f.subject());
            Node p = VOCABULARY.computeIfAbsent(f.predicate().localName(), k -> NG.fact(k).asNode());
            Node o = f.object() != null ? node(nodes, f.object()) : str(f.quote());
            add(g, s, p, o);
            Node assertion = uri(articleIri + "/assertion/" + Iris.hash(f.key() + "|" + f.sentence().index()).substring(0, 16));
            add(g, assertion, RDF.type.asNode(), NG.Assertion.asNode());
            add(g, assertion, RDF.subject.asNode(), s);
            add(g, assertion, RDF.predicate.asNode(), p);
            add(g, assertion, RDF.object.asNode(), o);
            add(g, assertion, NG.sentence.asNode(), sentences.computeIfAbsent(f.sentence().index(),
                    k -> sentence(g, articleIri, article, f.sentence(), cp)));
            for (Fact each : same) {
                add(g, assertion, NG.rule.asNode(), ruleNode(each.rule()));
            }
            assertionsByFact.putIfAbsent(f.key(), assertion);
        }
        tenures(g, x, articleIri, assertionsByFact, nodes);
        return g;
    }

    private static String articleId(Article a) {
        if (a.id() != null && !a.id().isBlank()) {
            return a.id().strip();
        }
        if (a.url() != null && !a.url().isBlank()) {
            return a.url().strip();
        }
        return "sha256:" + Iris.hash(a.text());
    }

    private void entity(Graph g, Entity e, Node n) {
        add(g, n, RDF.type.asNode(), VOCABULARY.computeIfAbsent(e.type().className(), k -> NG.type(k).asNode()));
        add(g, n, RDFS.label.asNode(), str(e.name()));
        for (String alt : e.altLabels()) {
            if (!alt.equals(e.name())) {
                add(g, n, NG.altLabel.asNode(), str(alt));
            }
        }
        if (isWikidataId(e.wikidata())) {
            add(g, n, OWL.sameAs.asNode(), uri(NG.WIKIDATA + e.wikidata()));
        }
    }

    /** A sentence's node and description; called once per sentence of an article (its caller remembers the node). */
    private Node sentence(Graph g, String articleIri, Node article, Sentence s, CodePoints cp) {
        Node n = uri(articleIri + "/sentence/" + s.index());
        add(g, n, RDF.type.asNode(), NG.Sentence.asNode());
        add(g, n, NG.text.asNode(), str(s.text()));
        add(g, n, NG.start.asNode(), integer(cp.at(s.start())));
        add(g, n, NG.end.asNode(), integer(cp.at(s.end())));
        add(g, n, NG.index.asNode(), integer(s.index()));
        add(g, n, NG.isPartOf.asNode(), article);
        return n;
    }

    private Node ruleNode(Rule r) {
        return ruleNodes.computeIfAbsent(r, k -> uri(iris.base() + "rule/" + k.predicate().localName() + "/" + Iris.slug(k.name())));
    }

    /** An entity's node, minted once per article (an entity is named by every fact it takes part in). */
    private Node node(Map<Entity, Node> nodes, Entity e) {
        Node n = nodes.get(e);
        if (n == null) {
            n = uri(entityIri(e));
            nodes.put(e, n);
        }
        return n;
    }

    /** Tenure nodes for offices held, being held or to be held, with the dates the text gives. */
    private void tenures(Graph g, Extraction x, String articleIri, Map<String, Node> assertions, Map<Entity, Node> nodes) {
        Map<String, Fact> first = new LinkedHashMap<>();
        Map<String, TemporalValue[]> dates = new LinkedHashMap<>();
        for (Fact f : x.facts()) {
            if (f.predicate() != Predicate.HOLDS_OFFICE && f.predicate() != Predicate.HELD_OFFICE
                    && f.predicate() != Predicate.APPOINTED_TO) {
                continue;
            }
            String key = f.key();
            first.putIfAbsent(key, f);
            TemporalValue[] d = dates.computeIfAbsent(key, k -> new TemporalValue[2]);
            if (d[0] == null && f.start() != null) {
                d[0] = f.start();
            }
            if (d[1] == null && f.end() != null) {
                d[1] = f.end();
            }
        }
        for (Map.Entry<String, Fact> e : first.entrySet()) {
            Fact f = e.getValue();
            Node status = switch (f.predicate()) {
                case HOLDS_OFFICE -> NG.Current.asNode();
                case HELD_OFFICE -> NG.Former.asNode();
                default -> NG.Designate.asNode();
            };
            TemporalValue start = dates.get(e.getKey())[0];
            TemporalValue end = dates.get(e.getKey())[1];
            if (f.predicate() == Predicate.APPOINTED_TO && start != null && x.article().published() != null
                    && start.xsdType().equals("gYearMonth") && start.compareTo(TemporalValue.month(
                    x.article().published().getYear(), x.article().published().getMonthValue())) < 0
                    && org.newsgraph.text.Tense.future(f.sentence())) {
                // "will take office in January", written in June: the next January ("was appointed in
                // January" is this year's)
                int y = Integer.parseInt(start.lexical().substring(0, 4)) + 1;
                start = TemporalValue.month(y, Integer.parseInt(start.lexical().substring(5, 7)));
            }
            if (start != null && end != null && start.compareTo(end) > 0) {
                end = null;
            }
            Node t = uri(articleIri + "/tenure/" + Iris.slug(f.subject().name()) + "--" + Iris.slug(f.object().name())
                    + "--" + status.getLocalName().toLowerCase(java.util.Locale.ROOT));
            add(g, t, RDF.type.asNode(), NG.Tenure.asNode());
            add(g, t, NG.holder.asNode(), node(nodes, f.subject()));
            add(g, t, NG.office.asNode(), node(nodes, f.object()));
            add(g, t, NG.status.asNode(), status);
            if (start != null) {
                add(g, t, NG.startDate.asNode(), temporal(start));
            }
            if (end != null) {
                add(g, t, NG.endDate.asNode(), temporal(end));
            }
            add(g, t, NG.wasDerivedFrom.asNode(), assertions.get(e.getKey()));
        }
    }

    private static Node temporal(TemporalValue v) {
        XSDDatatype dt = switch (v.xsdType()) {
            case "gYear" -> XSDDatatype.XSDgYear;
            case "gYearMonth" -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDdate;
        };
        return NodeFactory.createLiteralDT(v.lexical(), dt);
    }

    private static boolean isIri(String s) {
        try {
            return org.apache.jena.irix.IRIs.check(s.strip()) && (s.strip().startsWith("http://") || s.strip().startsWith("https://"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The nodes of the ontology's fact predicates and entity classes by local name, made once: the same node object
     * in every article is found at once by the writer's cache of formatted terms. Thread-safe.
     */
    private static final Map<String, Node> VOCABULARY = new java.util.concurrent.ConcurrentHashMap<>();

    /** "Q" and digits ("Q57792"): a Wikidata item's id. */
    private static boolean isWikidataId(String id) {
        if (id == null || id.length() < 2 || id.charAt(0) != 'Q') {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }

    /** UTF-16 offsets to code-point offsets, walking forward through sorted offsets. */
    private static final class CodePoints {
        private final String text;
        private int lastChar;
        private int lastCp;

        CodePoints(String text) {
            this.text = text;
        }

        int at(int charOffset) {
            if (charOffset < lastChar) {
                lastChar = 0;
                lastCp = 0;
            }
            lastCp += text.codePointCount(lastChar, charOffset);
            lastChar = charOffset;
            return lastCp;
        }
    }
}
