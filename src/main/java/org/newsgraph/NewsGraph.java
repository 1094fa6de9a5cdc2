package org.newsgraph;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.newsgraph.entity.Discourse;
import org.newsgraph.export.CorpusWriter;
import org.newsgraph.entity.Gazetteer;
import org.newsgraph.entity.Lexicon;
import org.newsgraph.entity.MentionFinder;
import org.newsgraph.ingest.Article;
import org.newsgraph.rdf.GraphBuilder;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.rdf.TripleSet;
import org.newsgraph.relation.Extraction;
import org.newsgraph.relation.Fact;
import org.newsgraph.relation.RelationExtractor;
import org.newsgraph.relation.RuleSet;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.TextAnalyzer;

/**
 * Reads news articles into an RDF knowledge graph of who holds which office, who succeeds, supports or
 * opposes whom, with the evidence of every fact.
 *
 * <pre>{@code
 * NewsGraph ng = NewsGraph.create();
 * Model m = ng.extract(Article.ofText("Dutch prime minister Mark Rutte will replace Jens Stoltenberg."));
 * m.write(System.out, "TURTLE");
 * }</pre>
 *
 * An instance loads its models, gazetteers and rules once and is thread-safe: share one across threads.
 */
public final class NewsGraph {

    private final TextAnalyzer text;
    private final MentionFinder mentions;
    private final RelationExtractor relations;
    private final GraphBuilder graphs;
    private final String base;

    private NewsGraph(Builder b) throws IOException {
        // the rules and the text models load on threads of their own while this one reads the gazetteers:
        // a cold start (one article) waits for the slowest instead of the sum
        java.util.concurrent.FutureTask<RuleSet> loadingRules = new java.util.concurrent.FutureTask<>(() -> {
            RuleSet r = RuleSet.bundled();
            return b.rules != null ? r.with(b.rules) : r;
        });
        java.util.concurrent.FutureTask<Void> loadingModels = new java.util.concurrent.FutureTask<>(TextAnalyzer::loadModels, null);
        startDaemon(loadingRules, "newsgraph-load-rules");
        startDaemon(loadingModels, "newsgraph-load-models");
        Gazetteer gazetteer = Gazetteer.bundled();
        for (Path g : b.gazetteers) {
            gazetteer.addUserFile(g);
        }
        Lexicon lexicon = Lexicon.bundled();
        RuleSet rules = result(loadingRules);
        result(loadingModels);
        this.text = new TextAnalyzer();
        this.mentions = new MentionFinder(gazetteer, lexicon);
        this.relations = new RelationExtractor(rules, gazetteer, lexicon);
        this.base = b.base;
        this.graphs = new GraphBuilder(new Iris(b.base));
    }

    private static void startDaemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    /** What a loading thread made, or what it threw, as it would have been thrown here. */
    private static <T> T result(java.util.concurrent.FutureTask<T> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    /** A newsgraph with the bundled rules and the default base IRI. */
    public static NewsGraph create() {
        try {
            return builder().build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The graph of one article, as a Jena model with newsgraph's prefixes. */
    public Model extract(Article article) {
        Model m = ModelFactory.createModelForGraph(graph(analyze(article)));
        Prefixes.apply(m.getGraph().getPrefixMapping(), base);
        return m;
    }

    /**
     * The graphs of several articles in one dataset, one named graph per article (named by the article's
     * IRI); entities are shared through their IRIs.
     */
    public Dataset extract(List<Article> articles) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        Prefixes.apply(ds.prefixes(), base);
        for (Article a : articles) {
            Node name = NodeFactory.createURI(articleIri(a));
            Graph g = graph(analyze(a));
            if (ds.containsGraph(name)) {
                // the same article twice: one graph
                g.find().forEachRemaining(ds.getGraph(name)::add);
            } else {
                ds.addGraph(name, g);
            }
        }
        return DatasetFactory.wrap(ds);
    }

    /** The prefixes newsgraph writes its output with. */
    public PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        Prefixes.apply(pm, base);
        return pm;
    }

    /** What newsgraph reads in an article, before it becomes RDF: sentences, mentions, facts. */
    public Extraction analyze(Article article) {
        Objects.requireNonNull(article, "article");
        List<Sentence> sentences = text.analyze(article.text());
        Discourse d = mentions.read(sentences, article.published());
        List<Fact> facts = relations.extract(d);
        return new Extraction(article, d, facts, relations.rules().version());
    }

    /** The RDF graph of an extraction, self-contained: with the descriptions of its extractor and rules. */
    public Graph graph(Extraction x) {
        return graphs.build(x);
    }

    /**
     * The RDF graph of an extraction without the descriptions every article shares ({@link #provenance}):
     * what a corpus writes in each article's graph.
     */
    public Graph articleGraph(Extraction x) {
        return graphs.article(x);
    }

    /**
     * {@link #articleGraph} as a graph to write or copy, not to search: a {@link TripleSet}, without indexes, which
     * is cheaper to build (a corpus run writes each article's graph once).
     */
    public Graph articleGraphToWrite(Extraction x) {
        return graphs.article(x, new TripleSet());
    }

    /**
     * An extraction as a corpus run writes it: its article graph ({@link #articleGraphToWrite}), and the descriptions
     * of its extractor and rules ({@link #provenance}), which the run writes once, in the graph named by
     * {@link #extractorIri}.
     */
    public CorpusWriter.Extracted toWrite(Extraction x) {
        return new CorpusWriter.Extracted(articleGraphToWrite(x), extractorIri(x), provenance(x));
    }

    /** The descriptions of an extraction's extractor and of the rules that fired; a corpus writes them once. */
    public Graph provenance(Extraction x) {
        return graphs.provenance(x);
    }

    /** The IRI of the extractor (this version and rule set), which also names the graph of {@link #provenance}. */
    public String extractorIri(Extraction x) {
        return graphs.extractorIri(x);
    }

    /** The IRI an article's node (and named graph) gets. */
    public String articleIri(Article a) {
        return graphs.articleIri(a);
    }

    /** The base IRI of minted resources. */
    public String base() {
        return base;
    }

    /** The version of the rule set in use. */
    public String rulesVersion() {
        return relations.rules().version();
    }

    /** Options of a {@link NewsGraph}. */
    public static final class Builder {
        private String base = NG.DEFAULT_BASE;
        private Path rules;
        private final List<Path> gazetteers = new java.util.ArrayList<>();

        private Builder() {
        }

        /** The base of minted IRIs (default {@value NG#DEFAULT_BASE}); must end with '/' or '#'. */
        public Builder base(String base) {
            this.base = Iris.checkBase(base);
            return this;
        }

        /** A TSV of extra entities (name, type, aliases, sameAs); may be given several times. */
        public Builder gazetteer(Path tsv) {
            this.gazetteers.add(tsv);
            return this;
        }

        /** A directory of extra {@code PREDICATE.rules} files. */
        public Builder rules(Path dir) {
            this.rules = dir;
            return this;
        }

        public NewsGraph build() throws IOException {
            return new NewsGraph(this);
        }
    }
}
