package org.newsgraph.export;

import java.time.Duration;

/**
 * What a push sent, or had sent when it stopped: graphs and triples the store confirmed (a 2xx answer),
 * out of how many, in how many requests, with how many retries.
 *
 * @param endpoint     the Graph Store Protocol service URL
 * @param mode         {@link Mode#ADD} (POST into one graph) or {@link Mode#REPLACE} (PUT each named graph)
 * @param target       with {@link Mode#ADD}, the graph added to (null: the default graph); null otherwise
 * @param graphs       graphs sent (with {@link Mode#ADD}: 1 once anything is sent, else 0)
 * @param graphsTotal  graphs to send
 * @param triples      triples sent
 * @param triplesTotal triples to send
 * @param requests     requests the store confirmed
 * @param retries      requests sent again after a failure worth retrying
 * @param elapsed      time since the push began
 */
public record PushReport(String endpoint, Mode mode, String target, int graphs, int graphsTotal, long triples,
        long triplesTotal, int requests, int retries, Duration elapsed) {

    /** How a push writes. */
    public enum Mode {
        /** Adds every triple to one graph by POST, in chunks: what the graph held stays. */
        ADD,
        /** Replaces each named graph by PUT to {@code ?graph=IRI}: sending the same graphs again changes nothing. */
        REPLACE
    }

    /** Was everything sent? */
    public boolean complete() {
        return triples == triplesTotal && graphs == graphsTotal;
    }

    /** The graph written to in {@link Mode#ADD}: {@code the default graph} or {@code graph <IRI>}. */
    public String targetName() {
        return target == null ? "the default graph" : "graph <" + target + ">";
    }

    /**
     * What was and was not sent, e.g. {@code sent 3 of 12 graphs (3512 triples); not sent: 9 graphs (9120 triples)}
     * or {@code sent 50000 of 120000 triples to the default graph; not sent: 70000 triples}.
     */
    public String progress() {
        if (mode == Mode.REPLACE) {
            String s = "sent " + graphs + " of " + count(graphsTotal, "graph") + " (" + count(triples, "triple") + ")";
            return graphs == graphsTotal ? s
                    : s + "; not sent: " + count(graphsTotal - graphs, "graph") + " (" + count(triplesTotal - triples, "triple") + ")";
        }
        String s = "sent " + triples + " of " + count(triplesTotal, "triple") + " to " + targetName();
        return triples == triplesTotal ? s : s + "; not sent: " + count(triplesTotal - triples, "triple");
    }

    /** {@code 1 graph}, {@code 2 graphs}. */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
