package org.newsgraph.relation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a sentence may fire, found from its words: each rule is filed under the words of its most
 * selective required word set, so a sentence looks up its own words instead of testing every rule.
 * The rules come back in their rule-set order, and each has all its required word sets in the sentence.
 * Immutable and thread-safe.
 */
final class RuleIndex {

    private final List<Rule> rules;
    private final Map<String, BitSet> byWord = new HashMap<>();
    private final BitSet always = new BitSet();

    RuleIndex(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        for (int i = 0; i < this.rules.size(); i++) {
            Set<String> anchor = null;
            for (Set<String> need : this.rules.get(i).required()) {
                if (anchor == null || need.size() < anchor.size()) {
                    anchor = need;
                }
            }
            if (anchor == null) {
                always.set(i);
            } else {
                for (String w : anchor) {
                    byWord.computeIfAbsent(w, k -> new BitSet()).set(i);
                }
            }
        }
    }

    /** The rules that may match a sentence of these (folded) words, in rule-set order. */
    List<Rule> candidates(Set<String> words) {
        BitSet hits = (BitSet) always.clone();
        for (String w : words) {
            BitSet b = byWord.get(w);
            if (b != null) {
                hits.or(b);
            }
        }
        List<Rule> out = new ArrayList<>(hits.cardinality());
        for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
            Rule r = rules.get(i);
            if (hasAll(r, words)) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean hasAll(Rule rule, Set<String> words) {
        for (Set<String> need : rule.required()) {
            if (java.util.Collections.disjoint(need, words)) {
                return false;
            }
        }
        return true;
    }
}
