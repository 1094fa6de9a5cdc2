package org.newsgraph.relation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.relation.Element.WordEl;

/**
 * The rules a sentence may fire, found from its words, and how far into the sentence a match of each may
 * start. Every rule names word sets of which a sentence must hold one word each ({@link Rule#required()});
 * the distinct sets are numbered, and each word (by its number, {@link WordIds}) points at the sets it is
 * in, each set at the rules that need it. A sentence marks the sets its words satisfy, counting for each rule the sets it needs that are
 * marked: a rule is a candidate when all are. A match holds a word of each set, so it starts no later than
 * the last word of the set whose last word comes first. The rules come back in rule-set order. Immutable
 * and thread-safe.
 */
final class RuleIndex {

    /** A rule that may fire, and the last element a match of it may start at. */
    record Candidate(Rule rule, int lastStart) {
    }

    private final List<Rule> rules;
    /** By word number: the sets the word is in, or null. */
    private final int[][] setsByWord;
    private final int[][] setsOfRule;
    private final int[][] rulesOfSet;
    /** The rules that need no word, candidates in every sentence, in order. */
    private final int[] unconditional;

    RuleIndex(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<Set<String>, Integer> ids = new LinkedHashMap<>();
        setsOfRule = new int[this.rules.size()][];
        for (int i = 0; i < this.rules.size(); i++) {
            List<Set<String>> required = this.rules.get(i).required();
            int[] own = required.stream().mapToInt(set -> ids.computeIfAbsent(set, s -> ids.size())).distinct().toArray();
            setsOfRule[i] = own;
        }
        Map<String, List<Integer>> byWord = new HashMap<>();
        ids.forEach((set, id) -> set.forEach(w -> byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(id)));
        Map<Integer, int[]> byNumber = new HashMap<>();
        byWord.forEach((w, list) -> byNumber.put(WordIds.number(w), list.stream().mapToInt(Integer::intValue).toArray()));
        setsByWord = new int[byNumber.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1][];
        byNumber.forEach((id, sets) -> setsByWord[id] = sets);
        List<List<Integer>> bySet = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            bySet.add(new ArrayList<>());
        }
        for (int i = 0; i < setsOfRule.length; i++) {
            for (int id : setsOfRule[i]) {
                bySet.get(id).add(i);
            }
        }
        unconditional = java.util.stream.IntStream.range(0, setsOfRule.length).filter(i -> setsOfRule[i].length == 0).toArray();
        rulesOfSet = bySet.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** The rules that may match a sentence of these elements, in rule-set order. */
    List<Candidate> candidates(List<Element> elements) {
        int[] last = new int[rulesOfSet.length]; // 1 + the last element holding a word of each set; 0: none
        int[] marked = new int[setsOfRule.length];
        int[] complete = new int[setsOfRule.length];
        int n = 0;
        for (int pos = 0; pos < elements.size(); pos++) {
            if (elements.get(pos) instanceof WordEl w && w.id() >= 0 && w.id() < setsByWord.length) {
                int[] sets = setsByWord[w.id()];
                if (sets != null) {
                    for (int id : sets) {
                        if (last[id] == 0) {
                            for (int r : rulesOfSet[id]) {
                                if (++marked[r] == setsOfRule[r].length) {
                                    complete[n++] = r;
                                }
                            }
                        }
                        last[id] = pos + 1;
                    }
                }
            }
        }
        Arrays.sort(complete, 0, n);
        List<Candidate> out = new ArrayList<>(n + unconditional.length);
        int lastElement = elements.size() - 1;
        int a = 0;
        int b = 0;
        while (a < unconditional.length || b < n) {
            if (b == n || (a < unconditional.length && unconditional[a] < complete[b])) {
                out.add(new Candidate(rules.get(unconditional[a++]), lastElement));
            } else {
                int r = complete[b++];
                int lastStart = lastElement;
                for (int id : setsOfRule[r]) {
                    lastStart = Math.min(lastStart, last[id] - 1);
                }
                out.add(new Candidate(rules.get(r), lastStart));
            }
        }
        return out;
    }
}
