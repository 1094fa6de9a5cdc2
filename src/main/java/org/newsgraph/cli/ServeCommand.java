package org.newsgraph.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.ingest.InputException;
import org.newsgraph.query.DataLoader;
import org.newsgraph.serve.Credentials;
import org.newsgraph.serve.ServeException;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph serve}: a SPARQL endpoint over RDF files or a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves RDF files or a store as a SPARQL endpoint.",
            "SPARQL 1.1 Protocol at /newsgraph/sparql, Graph Store Protocol (read) at /newsgraph/get. The default",
            "graph is the union of the data and the ontology.",
            "Safe by default: it listens on 127.0.0.1 only, it is read-only, SERVICE is disabled, queries time out",
            "and return at most --max-results rows. --allow-update enables SPARQL Update at /newsgraph/update and",
            "Graph Store writes at /newsgraph/data for the users of --password-file (lines user:password) or of",
            "the environment variables " + Credentials.USER_VARIABLE + " and " + Credentials.PASSWORD_VARIABLE + "."})
final class ServeCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "DATA", description = "RDF files to serve (any format Jena reads).")
    List<Path> data = new ArrayList<>();

    @Option(names = "--store", paramLabel = "DIR", description = "Serve a store made by load instead of files.")
    Path store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + SparqlServer.Settings.DEFAULT_PORT,
            description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = SparqlServer.Settings.DEFAULT_HOST,
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "The longest a query (or update) may run, in seconds (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "" + SparqlServer.Settings.DEFAULT_MAX_RESULTS,
            description = "The most rows a query returns (default: ${DEFAULT-VALUE}).")
    int maxResults;

    @Option(names = "--allow-update", description = "Enable SPARQL Update and Graph Store writes, for authenticated users.")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Who may write with --allow-update: lines user:password.")
    Path passwordFile;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        if (store != null && !data.isEmpty()) {
            throw new UserError("give the data either as files or as a store with --store, not both");
        }
        if (store == null && data.isEmpty()) {
            throw new UserError("nothing to serve: give RDF files, or a store with --store DIR");
        }
        if (passwordFile != null && !allowUpdate) {
            throw new UserError("--password-file is for --allow-update (the server is read-only without it)");
        }
        SparqlServer.Settings settings = settings();

        Store s = null;
        DatasetGraph dsg;
        String what;
        if (store != null) {
            try {
                s = Store.open(store);
            } catch (StoreException e) {
                throw new UserError(e.getMessage());
            }
            dsg = s.view();
            what = "store " + store;
        } else {
            Dataset ds;
            try {
                ds = DataLoader.load(data, true);
            } catch (InputException e) {
                throw new UserError(e.getMessage());
            }
            dsg = ds.asDatasetGraph();
            what = data.size() == 1 ? data.get(0).toString() : data.size() + " files";
        }

        // this process only serves: no query may call out, whatever a context says
        ARQ.globalServiceAllowed = false;
        SparqlServer server;
        try {
            server = SparqlServer.start(dsg, settings);
        } catch (ServeException e) {
            if (s != null) {
                s.close();
            }
            throw new UserError(e.getMessage());
        }
        Store opened = s;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
                if (opened != null) {
                    opened.close();
                }
            } catch (RuntimeException e) {
                // stopping anyway; the store is crash-safe (TDB2 recovers on the next open)
            }
        }, "newsgraph-serve-shutdown"));
        common.info("newsgraph serve: " + server.sparqlUrl() + " (" + what + ", "
                + (allowUpdate ? "updates allowed for " + String.join(", ", settings.users().keySet()) : "read-only")
                + ", timeout " + timeout + " s, at most " + maxResults + " results; Ctrl-C stops)");
        if (allowUpdate && !isLoopback(host)) {
            common.info("newsgraph serve: warning: passwords travel in the clear over plain HTTP; put a TLS proxy in front"
                    + " when serving beyond this machine");
        }
        server.join();
        return Main.OK;
    }

    private SparqlServer.Settings settings() {
        Duration t = parseTimeout(timeout);
        Map<String, String> users = Map.of();
        if (allowUpdate) {
            try {
                users = passwordFile != null ? Credentials.fromFile(passwordFile) : Credentials.fromEnvironment(System.getenv());
            } catch (ServeException e) {
                throw new UserError(e.getMessage());
            }
            if (users.isEmpty()) {
                throw new UserError("--allow-update needs credentials: --password-file FILE (lines user:password) or the environment variables "
                        + Credentials.USER_VARIABLE + " and " + Credentials.PASSWORD_VARIABLE);
            }
        }
        try {
            SparqlServer.Settings st = SparqlServer.Settings.defaults().withHost(host).withPort(port).withTimeout(t).withMaxResults(maxResults);
            return allowUpdate ? st.withUpdates(users) : st;
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static boolean isLoopback(String h) {
        try {
            return java.net.InetAddress.getByName(h).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** A --timeout in seconds (e.g. 10 or 2.5); also read by push. */
    static Duration parseTimeout(String s) {
        try {
            BigDecimal seconds = new BigDecimal(s.strip());
            long millis = seconds.movePointRight(3).setScale(0, java.math.RoundingMode.CEILING).longValueExact();
            if (millis <= 0) {
                throw new UserError("--timeout must be positive, not " + s);
            }
            return Duration.ofMillis(millis);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UserError("invalid --timeout '" + s + "' (seconds, e.g. 10 or 2.5)");
        }
    }
}
