package org.newsgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.export.GraphStorePush;
import org.newsgraph.export.PushException;
import org.newsgraph.export.PushReport;
import org.newsgraph.ingest.InputException;
import org.newsgraph.query.DataLoader;
import org.newsgraph.serve.Credentials;
import org.newsgraph.serve.ServeException;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreView;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph push}: RDF files or a store into any store that speaks the SPARQL 1.1 Graph Store Protocol. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Sends RDF files or a store to a graph database through the SPARQL 1.1 Graph Store Protocol (Fuseki, "
                + "GraphDB, Oxigraph, Neptune, Virtuoso, ...), in N-Triples.",
            "By default every triple is added (POST) to the endpoint's default graph, or to --graph IRI, in chunks: what the "
                + "graph held stays. With --graph-per-article, each article's named graph replaces (PUT) the database's graph of "
                + "the same IRI, so that pushing again changes nothing.",
            "Failed connections, timeouts, 429 and 5xx answers are retried; other errors stop the push at once, with a line "
                + "that says what was and was not sent.",
            "The password comes from --password-file (lines user:password) or from the environment variable "
                + Credentials.PASSWORD_VARIABLE + " (the user from --user or " + Credentials.USER_VARIABLE
                + "); it is never given on the command line."})
final class PushCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "DATA", description = "RDF files to push (any format Jena reads: .nq, .trig, .ttl, .nt, ...).")
    List<Path> data = new ArrayList<>();

    @Option(names = "--store", paramLabel = "DIR", description = "Push a store made by load instead of files.")
    Path store;

    @Option(names = "--endpoint", required = true, paramLabel = "URL",
            description = "The Graph Store Protocol service, e.g. http://localhost:3030/ds/data.")
    String endpoint;

    @Option(names = "--graph-per-article",
            description = "Replace (PUT) one graph per article, named by the article's IRI, instead of adding to one graph.")
    boolean perArticle;

    @Option(names = "--graph", paramLabel = "IRI", description = "Add the triples to this named graph rather than the default graph.")
    String graph;

    @Option(names = "--user", paramLabel = "USER", description = "Log in as this user (HTTP Basic).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "The password: a file of user:password lines (the one of --user, or its only line).")
    Path passwordFile;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "" + GraphStorePush.DEFAULT_RETRIES,
            description = "Retries of a failed request, after 0.5 s, 1 s, 2 s, ... (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "The longest wait for a connection or an answer, per request (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--chunk", paramLabel = "N", defaultValue = "" + GraphStorePush.DEFAULT_CHUNK,
            description = "Triples per request when adding to one graph (default: ${DEFAULT-VALUE}).")
    int chunk;

    @Mixin
    CommonOptions common;

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        if (store != null && !data.isEmpty()) {
            throw new UserError("give the data either as files or as a store with --store, not both");
        }
        if (store == null && data.isEmpty()) {
            throw new UserError("nothing to push: give RDF files, or a store with --store DIR");
        }
        if (perArticle && graph != null) {
            throw new UserError("give --graph-per-article or --graph IRI, not both (each article's graph is named by the article's IRI)");
        }
        GraphStorePush push = configure();
        boolean login = user != null || passwordFile != null || System.getenv(Credentials.PASSWORD_VARIABLE) != null
                || System.getenv(Credentials.USER_VARIABLE) != null;
        push = login(push);
        if (push.sendsPasswordInClear()) {
            common.info("newsgraph push: warning: the password travels in the clear over plain HTTP; use an https:// endpoint"
                    + " to reach another machine");
        }

        PushReport r;
        try {
            r = store != null ? fromStore(push) : fromFiles(push);
        } catch (PushException e) {
            String hint = hint(e, login);
            throw new UserError(e.problem() + (hint == null ? "" : " (" + hint + ")") + "; " + e.report().progress());
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        String retried = r.retries() == 1 ? "1 retry" : r.retries() + " retries";
        String requests = r.requests() == 1 ? "1 request" : r.requests() + " requests";
        if (r.mode() == PushReport.Mode.REPLACE) {
            String how = extractorGraphs == 0 ? "one per article, replaced by PUT"
                    : "one per article, replaced by PUT, and the extractor's, added to by POST";
            common.info("newsgraph push: " + count(r.graphs(), "graph") + " (" + how + "), " + count(r.triples(), "triple")
                    + " in " + requests + ", " + retried + ", " + millis + " ms -> " + r.endpoint());
        } else {
            common.info("newsgraph push: " + count(r.triples(), "triple") + " added to " + r.targetName() + " (POST) in " + requests + ", "
                    + retried + ", " + millis + " ms -> " + r.endpoint());
        }
        return Main.OK;
    }

    /** The push as the options ask, before credentials. */
    private GraphStorePush configure() {
        if (retries < 0) {
            throw new UserError("--retries must be 0 or more, not " + retries);
        }
        if (chunk < 1) {
            throw new UserError("--chunk must be at least 1, not " + chunk);
        }
        Duration t = ServeCommand.parseTimeout(timeout);
        try {
            if (graph != null) {
                GraphStorePush.checkGraphIri(graph);
            }
            return GraphStorePush.to(endpoint).withRetries(retries).withTimeout(t).withChunkSize(chunk).withListener(new Progress());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /**
     * Credentials: the user of --user (or of {@value Credentials#USER_VARIABLE}), with its password from --password-file
     * (lines user:password, as for serve) or from {@value Credentials#PASSWORD_VARIABLE}; none if nothing is given.
     */
    private GraphStorePush login(GraphStorePush push) {
        Map<String, String> env = System.getenv();
        String u = user;
        String password;
        if (passwordFile != null) {
            Map<String, String> users;
            try {
                users = Credentials.fromFile(passwordFile);
            } catch (ServeException e) {
                throw new UserError(e.getMessage());
            }
            if (u == null) {
                if (users.size() > 1) {
                    throw new UserError(passwordFile + " has lines for several users (" + String.join(", ", users.keySet())
                            + "): choose one with --user");
                }
                u = users.keySet().iterator().next();
            }
            password = users.get(u.strip());
            if (password == null) {
                throw new UserError(passwordFile + " has no line for the user '" + u + "' (lines are user:password)");
            }
        } else {
            if (u == null) {
                u = env.get(Credentials.USER_VARIABLE);
            }
            password = env.get(Credentials.PASSWORD_VARIABLE);
            if (u == null && password == null) {
                return push;
            }
            if (u == null) {
                throw new UserError(Credentials.PASSWORD_VARIABLE + " is set, but no user: give --user USER or set " + Credentials.USER_VARIABLE);
            }
            if (password == null) {
                throw new UserError("the user '" + u + "' needs a password: --password-file FILE (a line " + u.strip()
                        + ":password) or the environment variable " + Credentials.PASSWORD_VARIABLE + "; it is never given on the command line");
            }
        }
        try {
            return push.withCredentials(u.strip(), password);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Graphs of extractors' and rules' descriptions among the files' named graphs (added to, not replaced). */
    private int extractorGraphs;

    private PushReport fromFiles(GraphStorePush push) throws PushException {
        DatasetGraph dsg;
        try {
            dsg = DataLoader.load(data, false).asDatasetGraph();
        } catch (InputException e) {
            throw new UserError(e.getMessage());
        }
        String what = data.size() == 1 ? data.get(0).toString() : "the " + data.size() + " files";
        Graph all = dsg.getDefaultGraph();   // the union of the files' triples
        if (all.isEmpty()) {
            throw new UserError("nothing to push: " + what + " hold" + (data.size() == 1 ? "s" : "") + " no triples");
        }
        if (!perArticle) {
            return push.add(all, graph);
        }
        if (!dsg.listGraphNodes().hasNext()) {
            throw new UserError("--graph-per-article sends named graphs (one per article), and " + what
                    + (data.size() == 1 ? " has" : " have") + " none: use N-Quads or TriG (extract --format nquads), a store, or push without --graph-per-article");
        }
        long outside = outsideNamedGraphs(dsg);
        if (outside > 0) {
            throw new UserError(count(outside, "triple") + " of " + what + (outside == 1 ? " is" : " are") + " in no named graph, and --graph-per-article sends"
                    + " only named graphs: push those files without --graph-per-article");
        }
        dsg.listGraphNodes().forEachRemaining(n -> {
            if (GraphStorePush.isExtractorGraph(n, dsg.getGraph(n))) {
                extractorGraphs++;
            }
        });
        try {
            return push.replace(dsg);
        } catch (IllegalArgumentException e) {   // a graph named by a blank node
            throw new UserError(e.getMessage());
        }
    }

    /** Triples of the files that no named graph holds (from Turtle or N-Triples files, or a default graph in TriG). */
    private static long outsideNamedGraphs(DatasetGraph dsg) {
        Graph named = dsg.getUnionGraph();
        long n = 0;
        Iterator<Triple> it = dsg.getDefaultGraph().find();
        while (it.hasNext()) {
            if (!named.contains(it.next())) {
                n++;
            }
        }
        return n;
    }

    private PushReport fromStore(GraphStorePush push) throws PushException {
        try (Store s = Store.open(store)) {
            StoreView view = s.view();
            view.begin(TxnType.READ);
            try {
                if (!view.listGraphNodes().hasNext()) {
                    throw new UserError("nothing to push: the store " + store + " has no articles");
                }
                return perArticle ? push.replace(view) : push.add(view.getUnionGraph(), graph);
            } finally {
                view.end();
            }
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The hint of a failed push, in terms of this command's options. */
    private String hint(PushException e, boolean login) {
        return switch (e.status()) {
            case 401 -> login ? "check --user and --password-file, or " + Credentials.USER_VARIABLE + " and " + Credentials.PASSWORD_VARIABLE
                    : "the database asks for a login: give --user and --password-file";
            case 413 -> perArticle ? "an article's graph is larger than the database takes in one request" : "send fewer triples per request with --chunk N";
            default -> e.status() < 0 && e.problem().contains(": no answer within") ? "a slow database may need a longer --timeout" : e.hint();
        };
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Retries as they happen, and progress every few seconds on long pushes (both quiet with --quiet). */
    private final class Progress implements GraphStorePush.Listener {
        private long last = System.nanoTime();

        @Override
        public void retrying(String failure, int retry, int retries, Duration delay) {
            common.info("newsgraph push: " + failure + "; retry " + retry + " of " + retries + " in " + GraphStorePush.seconds(delay));
        }

        @Override
        public void sent(PushReport soFar) {
            long now = System.nanoTime();
            if (!soFar.complete() && now - last >= PROGRESS_EVERY.toNanos()) {
                last = now;
                common.info("newsgraph push: " + soFar.progress());
            }
        }
    }
}
