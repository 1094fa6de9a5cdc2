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
 * in. Each rule is filed under one of its sets, its trigger: the one whose words the fewest rules name,
 * likely the rarest in text ("resigned" rather than "was" or ","). A sentence marks the sets its words
 * satisfy; the rules filed under a marked set are candidates when their other sets are marked too. So a
 * sentence looks at the few rules its rare words trigger, not at every rule a comma or "the" would count.
 * A match holds a word of each set, so it starts no later than the last word of the set whose last word
 * comes first. The rules come back in rule-set order. Immutable and thread-safe.
 */
final class RuleIndex {

    /** A rule that may fire, and the last element a match of it may start at. */
    record Candidate(Rule rule, int lastStart) {
    }

    private final List<Rule> rules;
    /** By word number: the sets the word is in, or null. */
    private final int[][] setsByWord;
    private final int[][] setsOfRule;
    /** By set: the rules it triggers (empty for most sets). */
    private final int[][] triggered;
    /** The rules that need no word, candidates in every sentence, in order. */
    private final int[] unconditional;
    /** Each thread's working arrays, sized for this index and left cleared after each sentence. */
    private final ThreadLocal<Scratch> scratch;

    /** Per set: 1 + the last element holding one of its words (0: none); the sets marked, in order; candidates. */
    private record Scratch(int[] last, int[] marked, int[] complete) {
    }

    RuleIndex(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<Set<String>, Integer> ids = new LinkedHashMap<>();
        setsOfRule = new int[this.rules.size()][];
        for (int i = 0; i < this.rules.size(); i++) {
            List<Set<String>> required = this.rules.get(i).required();
            int[] own = required.stream().mapToInt(set -> ids.computeIfAbsent(set, s -> ids.size())).distinct().toArray();
            setsOfRule[i] = own;
        }
        List<Set<String>> sets = new ArrayList<>(ids.keySet());
        Map<String, List<Integer>> byWord = new HashMap<>();
        ids.forEach((set, id) -> set.forEach(w -> byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(id)));
        Map<Integer, int[]> byNumber = new HashMap<>();
        byWord.forEach((w, list) -> byNumber.put(WordIds.number(w), list.stream().mapToInt(Integer::intValue).toArray()));
        setsByWord = new int[byNumber.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1][];
        byNumber.forEach((id, s) -> setsByWord[id] = s);
        // how many rules name each word: a word many rules need ("was", ",") is a common one
        Map<String, Integer> rulesNaming = new HashMap<>();
        for (int[] own : setsOfRule) {
            java.util.Set<String> words = new java.util.HashSet<>();
            for (int id : own) {
                words.addAll(sets.get(id));
            }
            words.forEach(w -> rulesNaming.merge(w, 1, Integer::sum));
        }
        List<List<Integer>> bySet = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            bySet.add(new ArrayList<>());
        }
        for (int i = 0; i < setsOfRule.length; i++) {
            int trigger = -1;
            long best = Long.MAX_VALUE;
            for (int id : setsOfRule[i]) {
                long commonness = sets.get(id).stream().mapToLong(rulesNaming::get).sum();
                if (commonness < best) {
                    best = commonness;
                    trigger = id;
                }
            }
            if (trigger >= 0) {
                bySet.get(trigger).add(i);
            }
        }
        unconditional = java.util.stream.IntStream.range(0, setsOfRule.length).filter(i -> setsOfRule[i].length == 0).toArray();
        triggered = bySet.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        int setCount = triggered.length;
        int ruleCount = setsOfRule.length;
        scratch = ThreadLocal.withInitial(() -> new Scratch(new int[setCount], new int[setCount], new int[ruleCount]));
    }

    /** The rules that may match a sentence of these elements, in rule-set order. */
    List<Candidate> candidates(List<Element> elements) {
        Scratch work = scratch.get();
        int[] last = work.last();
        int[] marked = work.marked();
        int m = 0;
        try {
            for (int pos = 0; pos < elements.size(); pos++) {
                if (elements.get(pos) instanceof WordEl w && w.id() >= 0 && w.id() < setsByWord.length) {
                    int[] sets = setsByWord[w.id()];
                    if (sets != null) {
                        for (int id : sets) {
                            if (last[id] == 0) {
                                marked[m++] = id;
                            }
                            last[id] = pos + 1;
                        }
                    }
                }
            }
            int[] complete = work.complete();
            int n = 0;
            for (int k = 0; k < m; k++) {
                for (int r : triggered[marked[k]]) {
                    if (allMarked(setsOfRule[r], last)) {
                        complete[n++] = r;
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
        } finally {
            for (int k = 0; k < m; k++) {
                last[marked[k]] = 0; // cleared for the next sentence, whatever happened
            }
        }
    }

    private static boolean allMarked(int[] sets, int[] last) {
        for (int id : sets) {
            if (last[id] == 0) {
                return false;
            }
        }
        return true;
    }
}
