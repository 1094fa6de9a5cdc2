package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.List;

/** For the benchmarks: the JVM options {@code extract} gives its child JVM for a corpus ({@link BoundedHeap}). */
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
