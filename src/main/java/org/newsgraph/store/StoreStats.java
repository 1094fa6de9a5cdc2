package org.newsgraph.store;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a store holds, counted over the union of its article graphs.
 *
 * @param articles    article nodes ({@code schema:NewsArticle})
 * @param graphs      named graphs (one per article)
 * @param triples     distinct triples in the union of the graphs
 * @param entities    distinct nodes typed with one of the five entity classes
 * @param byType      entities per class local name (Person, Office, …), zeros included
 * @param facts       distinct fact triples
 * @param byPredicate fact triples per predicate local name (holdsOffice, …), zeros included
 */
public record StoreStats(long articles, long graphs, long triples, long entities, Map<String, Long> byType,
        long facts, Map<String, Long> byPredicate) {

    public StoreStats {
        byType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byType));
        byPredicate = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byPredicate));
    }

    /** A readable table, one count a line. */
    public String table() {
        StringBuilder b = new StringBuilder();
        row(b, "articles", articles);
        row(b, "triples", triples);
        row(b, "entities", entities);
        byType.forEach((k, v) -> row(b, "  ng:" + k, v));
        row(b, "facts", facts);
        byPredicate.forEach((k, v) -> row(b, "  ng:" + k, v));
        return b.toString();
    }

    private static void row(StringBuilder b, String label, long n) {
        b.append(String.format(Locale.ROOT, "%-20s %9d\n", label, n));
    }
}
