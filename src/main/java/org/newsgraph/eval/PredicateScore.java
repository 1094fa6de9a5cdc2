package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;

/** Counts for one predicate: true and false positives, misses, optional and unjudged facts. */
public final class PredicateScore {
    int tp;
    int fp;
    int fn;
    int optional;
    int unjudged;
    final List<String> missed = new ArrayList<>();
    final List<String> wrong = new ArrayList<>();

    public int tp() {
        return tp;
    }

    public int fp() {
        return fp;
    }

    public int fn() {
        return fn;
    }

    public int optional() {
        return optional;
    }

    public int unjudged() {
        return unjudged;
    }

    public List<String> missed() {
        return missed;
    }

    public List<String> wrong() {
        return wrong;
    }

    @Override
    public String toString() {
        return "tp " + tp + " fp " + fp + " fn " + fn + (missed.isEmpty() ? "" : " missed " + missed)
                + (wrong.isEmpty() ? "" : " false " + wrong);
    }

    void add(PredicateScore o) {
        tp += o.tp;
        fp += o.fp;
        fn += o.fn;
        optional += o.optional;
        unjudged += o.unjudged;
    }

    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
