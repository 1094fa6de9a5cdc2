package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * For the benchmarks: the JVM options {@code extract} gives its child JVM for a corpus of {@link BoundedHeap#SHORT_RUN}
 * articles or more, with the optimising compiler, whose code a warm run measures.
 */
public final class CorpusJvm {

    private CorpusJvm() {
    }

    public static List<String> options() {
        List<String> o = new ArrayList<>();
        o.add(BoundedHeap.HEAP);
        o.addAll(BoundedHeap.CORPUS_HEAP);
        o.add(BoundedHeap.GC);
        o.addAll(BoundedHeap.JIT);
        return o;
    }
}
