package org.newsgraph.store;

/**
 * The outcome of a load.
 *
 * @param added    articles that were new to the store
 * @param replaced articles whose earlier graph was replaced
 * @param skipped  articles that could not be read
 * @param failed   articles on which extraction failed
 * @param triples  triples written (the sum of the loaded article graphs)
 * @param batches  write transactions committed
 */
public record LoadReport(int added, int replaced, int skipped, int failed, long triples, int batches) {

    /** Articles now in the store from this load. */
    public int loaded() {
        return added + replaced;
    }
}
