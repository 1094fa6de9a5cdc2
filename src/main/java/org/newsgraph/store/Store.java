package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.NewsGraph;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.InOrder;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.InputException;
import org.newsgraph.query.DataLoader;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.relation.Predicate;

/**
 * A persistent knowledge graph: a TDB2 database directory holding one named graph per article, named by
 * the article's IRI. Entities and offices are shared across articles through their stable IRIs; a node
 * lives only in the article graphs that mention it, so removing an article's graph removes whatever no
 * other article says.
 * <p>
 * Writes are transactions: {@link #load} commits one write transaction per batch of articles, so a load
 * that fails or is killed leaves the store as its last commit left it. Loading an article again replaces
 * its graph. Queries go through {@link #view()}, whose default graph is the union of the article graphs
 * plus the ontology.
 * <p>
 * TDB2 lets one process at a time use a store: a second process gets a {@link StoreException}.
 */
public final class Store implements AutoCloseable {

    /** The entity classes {@link #stats()} counts, in the order it prints them. */
    public static final List<String> ENTITY_TYPES = List.of("Person", "Office", "Alliance", "Country", "Organization");

    private static final Pattern DATA_DIR = Pattern.compile("Data-\\d{4}");

    /** Open stores of this process, by directory: TDB2 hands out one database per directory and JVM. */
    private static final Map<Path, Store> OPEN = new HashMap<>();

    private final Path dir;
    private final DatasetGraph tdb;
    /** The store's prefixes, as an immutable snapshot that views share. */
    private volatile PrefixMapping prefixes;
    private int users = 1;

    private Store(Path dir, DatasetGraph tdb) {
        this.dir = dir;
        this.tdb = tdb;
        PrefixMapping pm = PrefixMapping.Factory.create();
        Txn.executeRead(tdb, () -> tdb.prefixes().forEach(pm::setNsPrefix));
        if (pm.numPrefixes() == 0) {
            Prefixes.apply(pm, NG.DEFAULT_BASE);
        }
        this.prefixes = pm.lock();
    }

    /** Opens an existing store (one that {@link #openOrCreate} made). */
    public static Store open(Path dir) throws StoreException {
        if (!Files.exists(dir)) {
            throw new StoreException(dir + ": no such store (create one with: newsgraph load --store " + dir + " ARTICLES...)");
        }
        if (!Files.isDirectory(dir)) {
            throw new StoreException(dir + ": not a directory, so not a store");
        }
        if (!isStore(dir)) {
            throw new StoreException(dir + ": not a newsgraph store (no TDB2 database in this directory)");
        }
        return connect(dir);
    }

    /** Opens a store, creating it in a new or empty directory; a non-empty directory must already be a store. */
    public static Store openOrCreate(Path dir) throws StoreException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(dir + ": not a directory, so not a store");
        }
        if (Files.isDirectory(dir) && !isStore(dir) && !isEmptyDirectory(dir)) {
            throw new StoreException(dir + ": neither a newsgraph store nor an empty directory (give a new or empty directory)");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot create the store directory (" + e.getMessage() + ")", e);
        }
        return connect(dir);
    }

    /** Is this directory a TDB2 database? */
    public static boolean isStore(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> Files.isDirectory(p) && DATA_DIR.matcher(p.getFileName().toString()).matches());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmptyDirectory(Path dir) throws StoreException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot list the directory (" + e.getMessage() + ")", e);
        }
    }

    private static Store connect(Path dir) throws StoreException {
        Path key = dir.toAbsolutePath().normalize();
        synchronized (OPEN) {
            Store open = OPEN.get(key);
            if (open != null) {
                open.users++;
                return open;
            }
            DatasetGraph tdb;
            try {
                tdb = DatabaseMgr.connectDatasetGraph(key.toString());
            } catch (AlreadyLocked e) {
                throw inUse(dir, e);
            } catch (DBOpEnvException e) {
                if (String.valueOf(e.getMessage()).startsWith("Failed to get a lock")) {
                    throw inUse(dir, e);   // another process holds tdb.lock
                }
                throw new StoreException(dir + ": cannot open the store: " + firstLine(e.getMessage()), e);
            } catch (RuntimeException e) {
                throw new StoreException(dir + ": cannot open the store: " + firstLine(e.getMessage()), e);
            }
            Store s = new Store(key, tdb);
            OPEN.put(key, s);
            return s;
        }
    }

    private static StoreException inUse(Path dir, Exception e) {
        return new StoreException(dir + ": the store is in use by another process (a running serve or load); stop it first", e);
    }

    /** The store's directory. */
    public Path directory() {
        return dir;
    }

    /** The TDB2 dataset itself: the article graphs, no ontology, an empty default graph. */
    public DatasetGraph dataset() {
        return tdb;
    }

    /**
     * The dataset to query: the article graphs as named graphs, and as default graph their union plus the
     * ontology (read-only). Use it inside a transaction (for example {@link Txn#executeRead}).
     */
    public StoreView view() {
        return view(new Context());
    }

    /** {@link #view()} with its own context (settings for the queries and updates run on it). */
    public StoreView view(Context context) {
        return new StoreView(tdb, Ontology.GRAPH, prefixes, context);
    }

    /** The ontology, parsed once (on first use) and then only read. */
    private static final class Ontology {
        static final Graph GRAPH = DataLoader.ontology();
    }

    // ---------------------------------------------------------------- load

    /**
     * Extracts articles into the store, one named graph each, in write transactions of {@code batchSize}
     * articles, taken from the sources as they come (only one batch of sources is held at a time). An article
     * already in the store (the same IRI) has its graph replaced. An article that cannot be read, or whose
     * extraction fails, is reported to the listener and skipped; the others load.
     */
    /** An article read and extracted, or why not. */
    private record Extracted(String name, Node graphName, Graph graph, InputException unreadable, RuntimeException bug) {
    }

    private static Extracted extract(ArticleSource source, NewsGraph ng) {
        Article a;
        try {
            a = source.read();
        } catch (InputException e) {
            return new Extracted(source.name(), null, null, e, null);
        }
        try {
            return new Extracted(source.name(), NodeFactory.createURI(ng.articleIri(a)), ng.graph(ng.analyze(a)), null, null);
        } catch (RuntimeException e) {
            return new Extracted(source.name(), null, null, null, e);
        }
    }

    public LoadReport load(Iterable<ArticleSource> sources, NewsGraph ng, int batchSize, LoadListener listener) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
        LoadListener l = listener == null ? LoadListener.NONE : listener;
        PrefixMapping pm = ng.prefixes();
        int added = 0;
        int replaced = 0;
        int skipped = 0;
        int failed = 0;
        long triples = 0;
        int batches = 0;
        int done = 0;
        // articles are read and extracted on all cores, ahead of and outside the write transactions
        InOrder.Broken<Extracted> rethrow = (i, e) -> {
            throw e;
        };
        int threads = Runtime.getRuntime().availableProcessors();
        try (InOrder<Extracted> results = new InOrder<>(sources.iterator(), threads, Math.max(batchSize, threads * 4),
                (i, source) -> extract(source, ng), rethrow)) {
            while (results.hasNext()) {
                boolean first = done == 0;
                List<Extracted> batch = new ArrayList<>();
                while (batch.size() < batchSize && results.hasNext()) {
                    batch.add(results.next());
                }
                done += batch.size();
                tdb.begin(TxnType.WRITE);
                try {
                    if (first) {
                        pm.getNsPrefixMap().forEach((p, uri) -> {
                            if (!uri.equals(tdb.prefixes().get(p))) {
                                tdb.prefixes().add(p, uri);
                            }
                        });
                    }
                    for (Extracted x : batch) {
                        if (x.unreadable() != null) {
                            l.skipped(x.name(), x.unreadable().getMessage());
                            skipped++;
                            continue;
                        }
                        if (x.bug() != null) {
                            l.failed(x.name(), x.bug());
                            failed++;
                            continue;
                        }
                        if (tdb.containsGraph(x.graphName())) {
                            tdb.removeGraph(x.graphName());
                            replaced++;
                        } else {
                            added++;
                        }
                        Iterator<Triple> ts = x.graph().find();
                        while (ts.hasNext()) {
                            Triple t = ts.next();
                            tdb.add(x.graphName(), t.getSubject(), t.getPredicate(), t.getObject());
                        }
                        triples += x.graph().size();
                    }
                    tdb.commit();
                    batches++;
                } catch (RuntimeException | Error e) {
                    tdb.abort();
                    throw e;
                } finally {
                    tdb.end();
                }
                if (first) {
                    prefixes = PrefixMapping.Factory.create().setNsPrefixes(prefixes).setNsPrefixes(pm).lock();
                }
                l.committed(done, results.hasNext());
            }
        }
        return new LoadReport(added, replaced, skipped, failed, triples, batches);
    }

    // ---------------------------------------------------------------- unload

    /**
     * Removes articles' graphs in one write transaction. An article is named by its IRI, its
     * {@code schema:identifier} or the last segment of its IRI; if any is not in the store, nothing is removed.
     */
    public UnloadReport unload(List<String> articles) throws StoreException {
        tdb.begin(TxnType.WRITE);
        try {
            Set<Node> graphs = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            for (String ref : articles) {
                Node g = resolve(ref);
                if (g == null) {
                    unknown.add(ref);
                } else {
                    graphs.add(g);
                }
            }
            if (!unknown.isEmpty()) {
                tdb.abort();
                throw new StoreException((unknown.size() == 1 ? "no article " : "no articles ") + String.join(", ", unknown)
                        + " in the store " + dir + " (nothing was removed)");
            }
            long triples = 0;
            List<String> removed = new ArrayList<>();
            for (Node g : graphs) {
                triples += count(tdb.find(g, Node.ANY, Node.ANY, Node.ANY));
                tdb.removeGraph(g);
                removed.add(g.getURI());
            }
            tdb.commit();
            return new UnloadReport(removed, triples);
        } catch (RuntimeException | Error e) {
            tdb.abort();
            throw e;
        } finally {
            tdb.end();
        }
    }

    /** The graph of an article named by IRI, identifier or IRI's last segment; null if none. */
    private Node resolve(String ref) {
        String r = ref.strip();
        if (r.isEmpty()) {
            return null;
        }
        if (r.contains(":")) {
            try {
                Node n = NodeFactory.createURI(r);
                if (tdb.containsGraph(n)) {
                    return n;
                }
            } catch (RuntimeException e) {
                // not an IRI: try it as an identifier
            }
        }
        Iterator<Quad> byId = tdb.find(Node.ANY, Node.ANY, NG.identifier.asNode(), NodeFactory.createLiteralString(r));
        try {
            while (byId.hasNext()) {
                Quad q = byId.next();
                if (q.getGraph().equals(q.getSubject())) {
                    return q.getGraph();
                }
            }
        } finally {
            Iter.close(byId);
        }
        Iterator<Node> names = tdb.listGraphNodes();
        while (names.hasNext()) {
            Node g = names.next();
            if (g.isURI() && g.getURI().endsWith("/" + r) && g.getURI().contains("/article/")) {
                return g;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- stats

    /** Counts, by SPARQL over the union of the article graphs (TDB2's union default graph). */
    public StoreStats stats() {
        return Txn.calculateRead(tdb, () -> {
            long articles = single("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }");
            long triples = single("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
            long graphs = count(tdb.listGraphNodes());
            String types = String.join(" ", ENTITY_TYPES.stream().map(t -> "ng:" + t).toList());
            long entities = single("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { VALUES ?t { " + types + " } ?e a ?t }");
            Map<String, Long> byType = grouped(ENTITY_TYPES,
                    "SELECT ?k (COUNT(DISTINCT ?e) AS ?n) WHERE { VALUES ?k { " + types + " } ?e a ?k } GROUP BY ?k");
            List<String> predicates = new ArrayList<>();
            for (Predicate p : Predicate.values()) {
                predicates.add(p.localName());
            }
            String preds = String.join(" ", predicates.stream().map(p -> "ng:" + p).toList());
            Map<String, Long> byPredicate = grouped(predicates,
                    "SELECT ?k (COUNT(*) AS ?n) WHERE { { SELECT DISTINCT ?s ?k ?o WHERE { VALUES ?k { " + preds
                            + " } ?s ?k ?o } } } GROUP BY ?k");
            long facts = byPredicate.values().stream().mapToLong(Long::longValue).sum();
            return new StoreStats(articles, graphs, triples, entities, byType, facts, byPredicate);
        });
    }

    private long single(String select) {
        try (QueryExec qe = exec(select)) {
            RowSet rs = qe.select();
            if (!rs.hasNext()) {
                return 0;
            }
            Node n = rs.next().get("n");
            return n == null ? 0 : ((Number) n.getLiteralValue()).longValue();
        }
    }

    /** Counts keyed by the local name of ?k, with a zero for every key the query did not give. */
    private Map<String, Long> grouped(List<String> keys, String select) {
        Map<String, Long> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, 0L));
        try (QueryExec qe = exec(select)) {
            RowSet rs = qe.select();
            while (rs.hasNext()) {
                Binding b = rs.next();
                String k = b.get("k").getURI().substring(NG.NS.length());
                out.put(k, ((Number) b.get("n").getLiteralValue()).longValue());
            }
        }
        return out;
    }

    private QueryExec exec(String select) {
        Query q = QueryFactory.create("PREFIX ng: <" + NG.NS + ">\nPREFIX schema: <" + NG.SCHEMA + ">\n" + select);
        return QueryExec.dataset(tdb).query(q).set(TDB2.symUnionDefaultGraph, true).build();
    }

    /** The IRIs of the article graphs in the store. */
    public List<String> articles() {
        return Txn.calculateRead(tdb, () -> {
            List<String> out = new ArrayList<>();
            tdb.listGraphNodes().forEachRemaining(g -> out.add(g.isURI() ? g.getURI() : g.toString()));
            out.sort(null);
            return out;
        });
    }

    private static long count(Iterator<?> it) {
        long n = 0;
        try {
            while (it.hasNext()) {
                it.next();
                n++;
            }
        } finally {
            Iter.close(it);
        }
        return n;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * Closes this handle; the last handle of a directory releases the database and its lock, so that
     * another process can use it.
     */
    @Override
    public void close() {
        synchronized (OPEN) {
            if (users <= 0) {
                return;
            }
            users--;
            if (users == 0) {
                OPEN.remove(dir);
                TDBInternal.expel(tdb);
            }
        }
    }
}
