package org.newsgraph.store;

import java.util.List;

/**
 * The outcome of an unload.
 *
 * @param articles the IRIs of the article graphs removed
 * @param triples  the triples those graphs held
 */
public record UnloadReport(List<String> articles, long triples) {

    public UnloadReport {
        articles = List.copyOf(articles);
    }
}
