package org.newsgraph.relation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a sentence may fire, found from its words. Every rule names word sets of which a sentence
 * must hold one word each ({@link Rule#required()}); the distinct sets are numbered, and each word
 * points at the sets it is in. A sentence marks the sets its words satisfy, once, and a rule is a
 * candidate when all its sets are marked: a few bit tests per rule instead of set intersections. The
 * rules come back in rule-set order. Immutable and thread-safe.
 */
final class RuleIndex {

    private final List<Rule> rules;
    private final Map<String, int[]> setsByWord = new HashMap<>();
    private final int[][] setsOfRule;

    RuleIndex(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<Set<String>, Integer> ids = new LinkedHashMap<>();
        setsOfRule = new int[this.rules.size()][];
        for (int i = 0; i < this.rules.size(); i++) {
            List<Set<String>> required = this.rules.get(i).required();
            int[] own = new int[required.size()];
            for (int k = 0; k < own.length; k++) {
                own[k] = ids.computeIfAbsent(required.get(k), s -> ids.size());
            }
            setsOfRule[i] = own;
        }
        Map<String, List<Integer>> byWord = new HashMap<>();
        ids.forEach((set, id) -> set.forEach(w -> byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(id)));
        byWord.forEach((w, list) -> setsByWord.put(w, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The rules that may match a sentence of these (folded) words, in rule-set order. */
    List<Rule> candidates(Set<String> words) {
        BitSet satisfied = new BitSet();
        for (String w : words) {
            int[] sets = setsByWord.get(w);
            if (sets != null) {
                for (int id : sets) {
                    satisfied.set(id);
                }
            }
        }
        List<Rule> out = new ArrayList<>();
        for (int i = 0; i < setsOfRule.length; i++) {
            if (all(setsOfRule[i], satisfied)) {
                out.add(rules.get(i));
            }
        }
        return out;
    }

    private static boolean all(int[] sets, BitSet satisfied) {
        for (int id : sets) {
            if (!satisfied.get(id)) {
                return false;
            }
        }
        return true;
    }
}
