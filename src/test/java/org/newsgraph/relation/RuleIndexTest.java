package org.newsgraph.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestSupport;
import org.newsgraph.entity.Discourse;
import org.newsgraph.entity.Lexicon;
import org.newsgraph.ingest.Sample;
import org.newsgraph.text.Sentence;

/**
 * The shortcuts of rule matching never lose a match: every match that the backtracking matcher finds
 * when tried at every position of a sentence is also found when only the index's candidates are tried,
 * at the positions their start test admits. Checked on every rule's example and on the sample article.
 */
class RuleIndexTest {

    @Test
    void shortcutsLoseNoMatch() {
        RuleSet set = RuleSet.bundled();
        List<Rule> rules = new ArrayList<>(set.rules());
        rules.addAll(set.raceRules());
        RuleIndex index = new RuleIndex(rules);
        List<String> texts = new ArrayList<>();
        rules.forEach(r -> texts.add(r.example()));
        texts.add(Sample.article().text());
        int matches = 0;
        int skipped = 0;
        for (String text : texts) {
            Discourse d = TestSupport.NG.analyze(TestSupport.article(text)).discourse();
            for (Sentence s : d.sentences()) {
                List<Element> elements = Element.of(s, d.mentions(s.index()));
                Matcher matcher = new Matcher(elements, Lexicon.bundled());
                Map<Rule, Integer> lastStart = new HashMap<>();
                index.candidates(elements).forEach(c -> lastStart.put(c.rule(), c.lastStart()));
                for (Rule rule : rules) {
                    for (int from = 0; from < elements.size(); from++) {
                        boolean tried = lastStart.containsKey(rule) && from <= lastStart.get(rule)
                                && rule.mayStartAt(elements, from);
                        Matcher.Match full = matcher.match(rule, from);
                        if (full != null) {
                            matches++;
                            assertTrue(tried, rule.id() + " matches at " + from + " but is not tried there: " + s.text());
                            assertEquals(full, matcher.matchAt(rule, from), rule.id() + " in: " + s.text());
                        } else if (!tried) {
                            skipped++;
                        }
                    }
                }
            }
        }
        assertTrue(matches > rules.size(), "every example matches its rule at least: " + matches);
        assertTrue(skipped > 10 * matches, "the shortcuts rule out most attempts: " + skipped + " of " + matches);
    }

    @Test
    void aChoiceOfWordsIsRequired() {
        Rule r = RuleSet.parse(Predicate.SUPPORTS, "x.rules",
                "# Romania backed Mark Rutte.\nx: {AGENT:s} ( backed | came out for ) {AGENT:o}\n").get(0);
        assertEquals(List.of(java.util.Set.of("backed", "came")), r.required());
        assertFalse(r.required().isEmpty());
    }
}
