package org.newsgraph.serve;

import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A SPARQL 1.1 Protocol endpoint on embedded Fuseki, safe by default:
 * <ul>
 * <li>it listens on one address, the loopback address unless told otherwise;</li>
 * <li>it is read-only: SPARQL queries at {@code /newsgraph/sparql} (also {@code /newsgraph/query} and
 * {@code /newsgraph?query=}) and Graph Store Protocol reads at {@code /newsgraph/get} (also
 * {@code /newsgraph?graph=}); with updates allowed, SPARQL Update at {@code /newsgraph/update} and Graph
 * Store Protocol writes at {@code /newsgraph/data}, both for authenticated users only (HTTP Basic), and
 * not from HTML forms (no cross-site request forgery); {@code LOAD} is refused all the same;</li>
 * <li>{@code SERVICE} is disabled: no query makes the server contact another endpoint;</li>
 * <li>queries and updates time out, and a query returns at most a capped number of results;</li>
 * <li>CORS headers let browser pages on other origins query it, without the browser's credentials.</li>
 * </ul>
 * Results come in the format the client's {@code Accept} header asks for: SPARQL JSON or XML, CSV or TSV for
 * SELECT and ASK; Turtle, N-Triples, JSON-LD, RDF/XML (and others) for CONSTRUCT, DESCRIBE and graphs.
 */
public final class SparqlServer implements AutoCloseable {

    /** The dataset's path on the server. */
    public static final String DATASET = "/newsgraph";

    /**
     * How to serve.
     *
     * @param host        the address to listen on (127.0.0.1 by default)
     * @param port        the port (0: any free port)
     * @param timeout     the longest a query or update may run
     * @param maxResults  the most rows a SELECT returns (and LIMIT of CONSTRUCT and DESCRIBE)
     * @param allowUpdate whether SPARQL Update and Graph Store Protocol writes are enabled
     * @param users       who may write (user → password); required, and only used, when updates are allowed
     * @param cors        whether to answer cross-origin requests from browsers
     */
    public record Settings(String host, int port, Duration timeout, int maxResults, boolean allowUpdate,
            Map<String, String> users, boolean cors) {

        public static final String DEFAULT_HOST = "127.0.0.1";
        public static final int DEFAULT_PORT = 3030;
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
        public static final int DEFAULT_MAX_RESULTS = 10_000;

        public Settings {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(timeout, "timeout");
            users = users == null ? Map.of() : Map.copyOf(users);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("the port must lie between 0 and 65535, not " + port);
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the timeout must be positive, not " + timeout);
            }
            if (maxResults < 1) {
                throw new IllegalArgumentException("the result cap must be at least 1, not " + maxResults);
            }
            if (allowUpdate && users.isEmpty()) {
                throw new IllegalArgumentException("updates need credentials: at least one user and password");
            }
        }

        /** Read-only on 127.0.0.1:3030, 10 s timeout, 10,000 results, CORS on. */
        public static Settings defaults() {
            return new Settings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT, DEFAULT_MAX_RESULTS, false, Map.of(), true);
        }

        public Settings withHost(String h) {
            return new Settings(h, port, timeout, maxResults, allowUpdate, users, cors);
        }

        public Settings withPort(int p) {
            return new Settings(host, p, timeout, maxResults, allowUpdate, users, cors);
        }

        public Settings withTimeout(Duration t) {
            return new Settings(host, port, t, maxResults, allowUpdate, users, cors);
        }

        public Settings withMaxResults(int n) {
            return new Settings(host, port, timeout, n, allowUpdate, users, cors);
        }

        /** Updates allowed, for these users. */
        public Settings withUpdates(Map<String, String> writers) {
            return new Settings(host, port, timeout, maxResults, true, writers, cors);
        }
    }

    private final FusekiServer server;
    private final Settings settings;

    private SparqlServer(FusekiServer server, Settings settings) {
        this.server = server;
        this.settings = settings;
    }

    /** Starts serving a dataset; returns once the server accepts connections. */
    public static SparqlServer start(DatasetGraph data, Settings s) throws ServeException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(s, "settings");
        InetAddress address;
        try {
            address = InetAddress.getByName(s.host());
        } catch (UnknownHostException e) {
            throw new ServeException("unknown host '" + s.host() + "'", e);
        }

        Context guards = guards(s);
        // the dataset's own context carries the guards too: updates take their settings from it
        DatasetGraph served = new DatasetGraphWrapper(data, Context.mergeCopy(data.getContext(), guards));

        ActionService query = new GuardedQuery(s.maxResults());
        DataService.Builder service = DataService.newBuilder(served);
        for (String name : new String[] {"sparql", "query", ""}) {
            service.addEndpoint(endpoint(Operation.Query, name, query, guards, null));
        }
        for (String name : new String[] {"get", ""}) {
            service.addEndpoint(endpoint(Operation.GSP_R, name, null, guards, null));
        }
        FusekiServer.Builder b = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .port(s.port())
                .enableCors(false)   // ours, without credentials: see Cors
                .enablePing(false)
                .enableStats(false)
                .enableMetrics(false);
        if (s.cors()) {
            b.addFilter("/*", new Cors());
        }
        if (s.allowUpdate()) {
            AuthPolicy writers = Auth.policyAllowSpecific(s.users().keySet());
            service.addEndpoint(endpoint(Operation.Update, "update", new GuardedUpdate(), guards, writers));
            service.addEndpoint(endpoint(Operation.GSP_RW, "data", null, guards, writers));
            UserStore users = new UserStore();
            s.users().forEach((u, p) -> JettySecurityLib.addUser(users, u, p));
            try {
                users.start();
            } catch (Exception e) {
                throw new IllegalStateException("cannot set up the user store", e);
            }
            b.securityHandler(JettySecurityLib.makeSecurityHandler("newsgraph", users, AuthScheme.BASIC));
            b.addFilter(DATASET + "/update", new NoFormWrites());
            b.addFilter(DATASET + "/data", new NoFormWrites());
        }
        b.add(DATASET, service.build());
        b.addServlet("", QueryPage.html());
        b.addServlet("/index.html", QueryPage.html());
        b.addServlet("/examples.json", QueryPage.examples());

        FusekiServer server = b.build();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(address.getHostAddress());
            }
        }
        try {
            server.start();
        } catch (FusekiException e) {
            stopQuietly(server);
            throw new ServeException(cannotListen(s, e), e);
        }
        return new SparqlServer(server, s);
    }

    private static String cannotListen(Settings s, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "cannot listen on " + hostForUrl(s.host()) + ":" + s.port() + ": "
                        + (t.getMessage() == null ? "address in use or not available" : t.getMessage().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return "cannot start the server on " + hostForUrl(s.host()) + ":" + s.port() + ": " + e.getMessage();
    }

    private static void stopQuietly(FusekiServer server) {
        try {
            server.getJettyServer().stop();
        } catch (Exception ignored) {
            // already failed to start
        }
    }

    /** The settings every query and update runs with: timeouts, SERVICE off. */
    static Context guards(Settings s) {
        Context c = new Context();
        String millis = Long.toString(s.timeout().toMillis());
        c.set(ARQ.queryTimeout, millis);
        c.set(ARQ.updateTimeout, millis);
        NoService.apply(c);
        return c;
    }

    private static Endpoint endpoint(Operation op, String name, ActionService processor, Context context, AuthPolicy auth) {
        return Endpoint.create().operation(op).endpointName(name).processor(processor).context(context).authPolicy(auth).build();
    }

    /** The addresses the server's connectors are bound to (for tests). */
    java.util.List<String> boundHosts() {
        java.util.List<String> hosts = new java.util.ArrayList<>();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                hosts.add(sc.getHost());
            }
        }
        return hosts;
    }

    /** The port the server listens on (the one chosen, when asked for port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:3030}. */
    public String baseUrl() {
        return "http://" + hostForUrl(settings.host()) + ":" + port();
    }

    /** The dataset's URL, e.g. {@code http://127.0.0.1:3030/newsgraph}. */
    public String datasetUrl() {
        return baseUrl() + DATASET;
    }

    /** The SPARQL endpoint's URL, e.g. {@code http://127.0.0.1:3030/newsgraph/sparql}. */
    public String sparqlUrl() {
        return datasetUrl() + "/sparql";
    }

    public Settings settings() {
        return settings;
    }

    /** Waits until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops the server. */
    public void stop() {
        try {
            server.getJettyServer().stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the server", e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static String hostForUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
