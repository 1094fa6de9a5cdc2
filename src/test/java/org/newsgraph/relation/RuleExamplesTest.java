package org.newsgraph.relation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.TestSupport;

/** Every rule reads the example sentence written above it. */
class RuleExamplesTest {

    static Stream<Rule> rules() {
        RuleSet set = RuleSet.bundled();
        return Stream.concat(Stream.concat(set.rules().stream(), RelationExtractor.inferences().stream()),
                set.raceRules().stream().filter(r -> false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("raceRules")
    void raceExampleSetsTheRace(Rule rule) {
        // a race rule states no fact: its example names a withdrawal, which reads the race's office
        Extraction x = TestSupport.NG.analyze(TestSupport.article(rule.example() + " Klaus Iohannis withdrew from the race."));
        assertTrue(x.facts().stream().anyMatch(f -> f.predicate() == Predicate.WITHDREW_FROM),
                rule.id() + " sets no race in: " + rule.example() + "\n  read: " + x.facts());
    }

    static Stream<Rule> raceRules() {
        return RuleSet.bundled().raceRules().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void exampleFiresItsRule(Rule rule) {
        Extraction x = TestSupport.NG.analyze(TestSupport.article(rule.example()));
        assertTrue(x.facts().stream().anyMatch(f -> f.rule().id().equals(rule.id())),
                rule.id() + " does not read its example: " + rule.example() + "\n  read: " + x.facts());
    }

    @Test
    void everyPredicateHasRules() {
        for (Predicate p : Predicate.values()) {
            assertTrue(rules().anyMatch(r -> r.predicate() == p), "no rule states " + p.localName());
        }
    }

    @Test
    void aRuleWithoutExampleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RuleSet.parse(Predicate.SUPPORTS, "x.rules",
                "back: {AGENT:s} @back {AGENT:o}\n"));
    }

    @Test
    void badPatternsAreRefusedWithTheirLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSet.parse(Predicate.SUPPORTS,
                "x.rules", "# Romania will back Mark Rutte.\nback: {AGNT:s} @back {AGENT:o}\n"));
        assertTrue(e.getMessage().startsWith("x.rules:2:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RuleSet.parse(Predicate.SUPPORTS, "x.rules",
                "# Romania will back Mark Rutte.\nback: {AGENT:s} [@back {AGENT:o}\n"));
        assertThrows(IllegalArgumentException.class, () -> RuleSet.parse(Predicate.SUPPORTS, "x.rules",
                "# Romania will back Mark Rutte.\nback: {AGENT:s} @back {AGENT:o} => s x\n"));
    }

    @Test
    void anUnknownFlagIsRefusedWithTheValidOnes() {
        // a misspelt flag would never match: the rule would be dead without a word said
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSet.parse(Predicate.SUPPORTS,
                "x.rules", "# Romania will back Mark Rutte.\nback: {AGENT:s} @back {PERSON:o formr}\n"));
        assertTrue(e.getMessage().startsWith("x.rules:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("'formr'") && e.getMessage().contains("former"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RuleSet.parse(Predicate.SUPPORTS, "x.rules",
                "# Romania will back Mark Rutte.\nback: {AGENT:s !posss} @back {PERSON:o}\n"));
    }

    @Test
    void verbFormsAreInflected() {
        assertTrue(Inflection.verbForms("back").containsAll(java.util.List.of("back", "backs", "backed", "backing")));
        assertTrue(Inflection.verbForms("drop").containsAll(java.util.List.of("dropped", "dropping", "drops")));
        assertTrue(Inflection.verbForms("replace").containsAll(java.util.List.of("replaced", "replacing", "replaces")));
        assertTrue(Inflection.verbForms("withdraw").contains("withdrew"));
        assertFalse(Inflection.verbForms("back").contains("backked"));
    }
}
