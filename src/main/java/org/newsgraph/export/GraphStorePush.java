package org.newsgraph.export;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javax.net.ssl.SSLException;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.web.HttpSC;
import org.newsgraph.export.PushReport.Mode;

/**
 * Sends graphs to any store that speaks the
 * <a href="https://www.w3.org/TR/sparql11-http-rdf-update/">SPARQL 1.1 Graph Store Protocol</a> (Fuseki,
 * GraphDB, Oxigraph, Neptune, Virtuoso, …), through Jena's GSP client, in N-Triples. Two ways:
 * <ul>
 * <li>{@link #add}: every triple of a graph is added by POST to the store's default graph, or to one named
 * graph, in chunks of {@link #withChunkSize} triples, so that memory and request size stay bounded. What the
 * graph held stays. The triples with blank nodes go together in one last request, since a blank node is
 * only the same node within one request.</li>
 * <li>{@link #replace}: each named graph of a dataset (one per article, named by the article's IRI) replaces
 * the store's graph of that name, by PUT to {@code ?graph=IRI}: pushing the same graphs again changes
 * nothing, and the store's other graphs are left alone.</li>
 * </ul>
 * A request that fails for want of a connection, for a timeout, or with 408, 429 or a 5xx status (but 501
 * and 505) is sent again, up to {@link #withRetries} times, after 0.5 s, 1 s, 2 s, … (by default), or after
 * what the answer's {@code Retry-After} asks, up to {@link #MAX_DELAY}. Other statuses (401, 403, 404, …) stop
 * the push at once, with a {@link PushException} that says what was and was not sent. Redirects are not
 * followed. With credentials, every request carries an HTTP Basic {@code Authorization} header.
 * <p>
 * Instances are immutable: the {@code with…} methods return a copy. A push runs in the calling thread.
 */
public final class GraphStorePush {

    public static final int DEFAULT_RETRIES = 3;
    public static final int DEFAULT_CHUNK = 50_000;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_FIRST_DELAY = Duration.ofMillis(500);
    /** The longest wait before a retry, whatever the backoff or the server's {@code Retry-After} say. */
    public static final Duration MAX_DELAY = Duration.ofSeconds(30);

    /** Hears about a push as it goes. */
    public interface Listener {
        /**
         * A request failed in a way worth retrying, and will be sent again after a delay.
         *
         * @param failure what happened, e.g. {@code 503 Service Unavailable for graph <…>}
         * @param retry   this retry's number, from 1
         * @param retries the most retries
         */
        default void retrying(String failure, int retry, int retries, Duration delay) {
        }

        /** A request was confirmed by the store: what has been sent so far. */
        default void sent(PushReport soFar) {
        }
    }

    private static final Listener SILENT = new Listener() {
    };

    private final URI endpoint;
    private final String user;
    private final String password;
    private final int retries;
    private final Duration firstDelay;
    private final Duration timeout;
    private final int chunkSize;
    private final Listener listener;

    private GraphStorePush(URI endpoint, String user, String password, int retries, Duration firstDelay, Duration timeout,
            int chunkSize, Listener listener) {
        this.endpoint = endpoint;
        this.user = user;
        this.password = password;
        this.retries = retries;
        this.firstDelay = firstDelay;
        this.timeout = timeout;
        this.chunkSize = chunkSize;
        this.listener = listener;
    }

    /**
     * A push to a Graph Store Protocol service, e.g. {@code http://localhost:3030/ds/data}: an http or https URL,
     * without {@code ?default} or {@code ?graph=} (added per request) and without credentials.
     *
     * @throws IllegalArgumentException for any other URL, with a one-line message
     */
    public static GraphStorePush to(String endpoint) {
        return new GraphStorePush(checkEndpoint(endpoint), null, null, DEFAULT_RETRIES, DEFAULT_FIRST_DELAY, DEFAULT_TIMEOUT,
                DEFAULT_CHUNK, SILENT);
    }

    private static URI checkEndpoint(String endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        String e = endpoint.strip();
        URI u;
        try {
            u = new URI(e);
        } catch (URISyntaxException x) {
            throw new IllegalArgumentException("the endpoint '" + endpoint + "' is not a valid URL: " + x.getReason());
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("the endpoint must be an http:// or https:// URL (the Graph Store Protocol service, "
                    + "e.g. http://localhost:3030/ds/data), not '" + endpoint + "'");
        }
        if (u.getHost() == null || u.getHost().isEmpty()) {
            throw new IllegalArgumentException("the endpoint '" + endpoint + "' has no host");
        }
        if (u.getRawUserInfo() != null) {
            throw new IllegalArgumentException("the endpoint URL must not hold a user name or password: give them as credentials");
        }
        if (u.getRawFragment() != null) {
            throw new IllegalArgumentException("the endpoint URL must not have a #fragment: '" + endpoint + "'");
        }
        String q = u.getRawQuery();
        if (q != null && (q.equals("default") || q.startsWith("default&") || q.contains("&default") || q.startsWith("graph=")
                || q.contains("&graph="))) {
            throw new IllegalArgumentException("give the endpoint without ?default or ?graph= (each request adds its own): '" + endpoint + "'");
        }
        return u;
    }

    /**
     * Checks a graph name: an absolute IRI.
     *
     * @throws IllegalArgumentException if it is not one
     */
    public static String checkGraphIri(String iri) {
        try {
            if (iri != null && IRIs.check(iri) && IRIs.reference(iri).isAbsolute()) {
                return iri;
            }
        } catch (IRIException e) {
            // reported below
        }
        throw new IllegalArgumentException("a graph name must be an absolute IRI, such as https://example.org/graph, not '" + iri + "'");
    }

    /** The same push with HTTP Basic credentials. */
    public GraphStorePush withCredentials(String user, String password) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isEmpty() || password.isEmpty()) {
            throw new IllegalArgumentException("the user name and the password must not be empty");
        }
        if (user.indexOf(':') >= 0) {
            throw new IllegalArgumentException("the user name '" + user + "' contains ':', which HTTP Basic cannot send");
        }
        return new GraphStorePush(endpoint, user, password, retries, firstDelay, timeout, chunkSize, listener);
    }

    /** The same push, retrying a failed request up to {@code n} times (0: never). */
    public GraphStorePush withRetries(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("the number of retries must be 0 or more, not " + n);
        }
        return new GraphStorePush(endpoint, user, password, n, firstDelay, timeout, chunkSize, listener);
    }

    /** The same push, waiting {@code d} before the first retry (twice as long before the next, and so on). */
    public GraphStorePush withFirstDelay(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("the delay must not be negative, not " + d);
        }
        return new GraphStorePush(endpoint, user, password, retries, d, timeout, chunkSize, listener);
    }

    /** The same push, giving up on a connection or an answer after {@code t} (then retrying). */
    public GraphStorePush withTimeout(Duration t) {
        if (t.isNegative() || t.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive, not " + t);
        }
        return new GraphStorePush(endpoint, user, password, retries, firstDelay, t, chunkSize, listener);
    }

    /** The same push, adding at most {@code n} triples per request in {@link #add}. */
    public GraphStorePush withChunkSize(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("the chunk size must be at least 1 triple, not " + n);
        }
        return new GraphStorePush(endpoint, user, password, retries, firstDelay, timeout, n, listener);
    }

    public GraphStorePush withListener(Listener l) {
        return new GraphStorePush(endpoint, user, password, retries, firstDelay, timeout, chunkSize, Objects.requireNonNull(l, "listener"));
    }

    /** The service URL, as given. */
    public String endpoint() {
        return endpoint.toString();
    }

    /** Will a password travel in clear text (plain HTTP to another machine)? */
    public boolean sendsPasswordInClear() {
        if (user == null || !endpoint.getScheme().equalsIgnoreCase("http")) {
            return false;
        }
        try {
            return !InetAddress.getByName(endpoint.getHost()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return true;
        }
    }

    // ---------------------------------------------------------------- the two ways

    /**
     * Adds the triples of a graph to the store's default graph ({@code target} null) or to the graph named
     * {@code target}, by POST, in chunks. A graph of a transactional dataset is read inside the caller's
     * transaction.
     *
     * @throws PushException when a request fails for good: what was sent stays sent
     */
    public PushReport add(Graph data, String target) throws PushException {
        Objects.requireNonNull(data, "data");
        if (target != null) {
            checkGraphIri(target);
        }
        long total = data.size();
        Run run = new Run(Mode.ADD, target, total > 0 ? 1 : 0, total);
        Graph chunk = GraphFactory.createDefaultGraph();
        Graph blank = GraphFactory.createDefaultGraph();
        ExtendedIterator<Triple> it = data.find();
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                    blank.add(t);
                    continue;
                }
                chunk.add(t);
                if (chunk.size() >= chunkSize) {
                    post(run, chunk);
                    chunk = GraphFactory.createDefaultGraph();
                }
            }
        } finally {
            it.close();
        }
        if (!chunk.isEmpty()) {
            post(run, chunk);
        }
        if (!blank.isEmpty()) {
            post(run, blank);
        }
        return run.report();
    }

    private void post(Run run, Graph chunk) throws PushException {
        send(run, false, run.target, chunk);
        run.graphs = 1;
        run.triples += chunk.size();
        run.sent();
    }

    /**
     * Replaces, by PUT, the store's graph of each named graph of a dataset (in IRI order) with that graph;
     * an extractor's graph (named by the IRI of the ng:Extractor it describes, with its rules) is added to
     * by POST instead. The dataset's default graph is not sent. A transactional dataset is read in a read transaction of its
     * own unless the caller is already in one.
     *
     * @throws IllegalArgumentException if a graph is named by a blank node (the protocol names graphs by IRI)
     * @throws PushException when a request fails for good: the graphs sent stay sent
     */
    /** Is this the graph of an extractor's and its rules' descriptions (named by the extractor it describes)? */
    public static boolean isExtractorGraph(Node name, Graph g) {
        return g.contains(name, org.apache.jena.vocabulary.RDF.type.asNode(), org.newsgraph.rdf.NG.Extractor.asNode());
    }

    public PushReport replace(DatasetGraph data) throws PushException {
        Objects.requireNonNull(data, "data");
        boolean own = data.supportsTransactions() && !data.isInTransaction();
        if (own) {
            data.begin(TxnType.READ);
        }
        try {
            List<Node> names = new ArrayList<>();
            data.listGraphNodes().forEachRemaining(names::add);
            for (Node n : names) {
                if (!n.isURI()) {
                    throw new IllegalArgumentException("the graph " + n + " is not named by an IRI, and the Graph Store Protocol names graphs by IRI");
                }
            }
            names.sort(Comparator.comparing(Node::getURI));
            long[] sizes = new long[names.size()];
            long total = 0;
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = data.getGraph(names.get(i)).size();
                total += sizes[i];
            }
            Run run = new Run(Mode.REPLACE, null, names.size(), total);
            for (int i = 0; i < sizes.length; i++) {
                Graph g = data.getGraph(names.get(i));
                // the graph of an extractor's and its rules' descriptions is shared by every output of those
                // rules: it is added to, not replaced, so the rules another push described stay described
                send(run, !isExtractorGraph(names.get(i), g), names.get(i).getURI(), g);
                run.graphs++;
                run.triples += sizes[i];
                run.sent();
            }
            return run.report();
        } finally {
            if (own) {
                data.end();
            }
        }
    }

    // ---------------------------------------------------------------- one request, with retries

    /** One push under way: its counts, and the HTTP client its requests go through. */
    private final class Run {
        final long t0 = System.nanoTime();
        final PushHttpClient client = new PushHttpClient(timeout, user, password);
        final Mode mode;
        final String target;
        final int graphsTotal;
        final long triplesTotal;
        int graphs;
        long triples;
        int requests;
        int retried;

        Run(Mode mode, String target, int graphsTotal, long triplesTotal) {
            this.mode = mode;
            this.target = target;
            this.graphsTotal = graphsTotal;
            this.triplesTotal = triplesTotal;
        }

        void sent() {
            requests++;
            listener.sent(report());
        }

        PushReport report() {
            return new PushReport(endpoint.toString(), mode, target, graphs, graphsTotal, triples, triplesTotal, requests, retried,
                    Duration.ofNanos(System.nanoTime() - t0));
        }
    }

    private void send(Run run, boolean put, String graph, Graph data) throws PushException {
        String target = graph == null ? "the default graph" : "graph <" + graph + ">";
        for (int attempt = 0;; attempt++) {
            run.client.forget();
            try {
                GSP gsp = GSP.service(endpoint.toString()).httpClient(run.client).contentType(RDFFormat.NTRIPLES);
                if (graph == null) {
                    gsp.defaultGraph();
                } else {
                    gsp.graphName(graph);
                }
                if (put) {
                    gsp.PUT(data);
                } else {
                    gsp.POST(data);
                }
                return;
            } catch (HttpException e) {
                Failure f = failure(e, run.client);
                if (!f.retryable() || attempt >= retries) {
                    String problem = (f.answered() ? endpoint + " answered " + f.brief() + " for " + target
                            : "cannot send " + target + " to " + endpoint + ": " + f.brief())
                            + (attempt == 0 ? "" : attempt == 1 ? ", after 1 retry" : ", after " + attempt + " retries");
                    throw new PushException(problem, f.hint(), f.status(), run.report(), e);
                }
                Duration d = delay(attempt, f.retryAfter());
                listener.retrying(f.brief() + " (" + target + ")", attempt + 1, retries, d);
                try {
                    Thread.sleep(d.toMillis());
                } catch (InterruptedException x) {
                    Thread.currentThread().interrupt();
                    throw new PushException("interrupted while waiting to send " + target + " again", null, f.status(), run.report(), x);
                }
                run.retried++;
            }
        }
    }

    /** The wait before retry number {@code attempt + 1}: the backoff, or longer if the server asks, at most {@link #MAX_DELAY}. */
    private Duration delay(int attempt, Duration retryAfter) {
        Duration d = firstDelay.multipliedBy(1L << Math.min(attempt, 20));
        if (retryAfter != null && retryAfter.compareTo(d) > 0) {
            d = retryAfter;
        }
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    /**
     * Why a request failed.
     *
     * @param brief      e.g. {@code 503 Service Unavailable} or {@code connection refused}
     * @param answered   whether the store answered (with a status)
     * @param status     the HTTP status, or -1
     * @param retryable  whether sending it again may work
     * @param hint       what to do, or null
     * @param retryAfter the wait the server asked for, or null
     */
    private record Failure(String brief, boolean answered, int status, boolean retryable, String hint, Duration retryAfter) {
    }

    private Failure failure(HttpException e, PushHttpClient client) {
        int status = e.getStatusCode();
        if (status > 0) {
            String brief = status + " " + HttpSC.getMessage(status) + serverMessage(e.getResponse(), status);
            boolean retryable = status == 408 || status == 429 || (status >= 500 && status != 501 && status != 505);
            Duration after = retryable ? client.lastHeader("Retry-After").map(GraphStorePush::retryAfter).orElse(null) : null;
            return new Failure(brief, true, status, retryable, hint(status, client), after);
        }
        boolean connectTimeout = false;
        boolean timedOut = false;
        boolean tls = false;
        boolean unresolved = false;
        boolean refused = false;
        boolean io = false;
        String tlsMessage = null;
        for (Throwable c = e; c != null; c = c.getCause()) {
            connectTimeout |= c instanceof HttpConnectTimeoutException;
            timedOut |= c instanceof HttpTimeoutException;
            unresolved |= c instanceof UnresolvedAddressException || c instanceof UnknownHostException;
            refused |= c instanceof ConnectException;
            io |= c instanceof IOException;
            if (c instanceof SSLException && tlsMessage == null) {
                tls = true;
                tlsMessage = c.getMessage();
            }
        }
        if (connectTimeout) {
            return new Failure("no connection within " + seconds(timeout), false, -1, true, null, null);
        }
        if (timedOut) {
            return new Failure("no answer within " + seconds(timeout), false, -1, true, "a slow database may need a longer timeout", null);
        }
        if (tls) {
            return new Failure("TLS failed: " + tlsMessage, false, -1, false, "check the server's certificate, or the URL's scheme", null);
        }
        if (unresolved) {
            return new Failure("unknown host '" + endpoint.getHost() + "'", false, -1, true, null, null);
        }
        if (refused) {
            return new Failure("connection refused", false, -1, true, "is the database running, at this host and port?", null);
        }
        if (io) {
            return new Failure("the connection failed: " + rootMessage(e), false, -1, true, null, null);
        }
        return new Failure("the request failed: " + rootMessage(e), false, -1, false, null, null);
    }

    /** ": "first line of the server's message"", when it says more than the status does. */
    private static String serverMessage(String body, int status) {
        if (body == null) {
            return "";
        }
        String line = body.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        if (line.isEmpty() || line.startsWith("<") || line.equalsIgnoreCase("Error " + status + ": " + HttpSC.getMessage(status))) {
            return "";
        }
        if (line.length() > 200) {
            line = line.substring(0, 200) + "…";
        }
        return ": \"" + line + "\"";
    }

    private static String hint(int status, PushHttpClient client) {
        return switch (status) {
            case 401 -> "the user name or password is wrong, or missing";
            case 403 -> "the user may not write there, or the database takes no writes at this URL";
            case 404 -> "no Graph Store Protocol service at this URL: give the dataset's, such as http://localhost:3030/ds/data";
            case 405 -> "this URL does not take writes: give the dataset's read-write Graph Store Protocol service, such as http://localhost:3030/ds/data";
            case 413 -> "the database refuses requests this large: send fewer triples per request";
            case 415 -> "the database does not take N-Triples at this URL";
            case 301, 302, 303, 307, 308 -> client.lastHeader("Location")
                    .map(l -> "it redirects to " + l + ", and redirects are not followed: give that URL")
                    .orElse("redirects are not followed");
            case 429 -> "the database limits how fast it takes requests: try again later";
            case 502, 503, 504 -> "the database, or a proxy in front of it, is down or overloaded: try again later";
            default -> status >= 500 ? "the database failed: its log may say why" : null;
        };
    }

    /** A {@code Retry-After} value: seconds, or an HTTP date; null if neither. */
    static Duration retryAfter(String value) {
        String v = value.strip();
        try {
            long s = Long.parseLong(v);
            return s < 0 ? null : Duration.ofSeconds(s);
        } catch (NumberFormatException e) {
            // perhaps a date
        }
        try {
            Duration d = Duration.between(Instant.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A duration as messages write it: {@code 60 s}, {@code 0.5 s}. */
    public static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : java.math.BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString() + " s";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return m == null || m.isBlank() ? root.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
