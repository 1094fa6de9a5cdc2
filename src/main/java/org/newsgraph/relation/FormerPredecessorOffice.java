package org.newsgraph.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.entity.Entity;

/**
 * Whom a former holder took over from held the office too: "Karl Berg was president of the Bundesbank from 1993
 * to 1999, taking over from Otto Lenz" (Lenz held it before Berg, and Berg has left it since). The sentence
 * states both the tenure that is over, with its end, and the succession; the successor has no other office that the
 * succession could be in.
 */
final class FormerPredecessorOffice {

    static final Rule RULE = Rule.inference(Predicate.HELD_OFFICE, "predecessor-of-former-holder",
            "Karl Berg was president of the Bundesbank from 1993 to 1999, taking over from Otto Lenz.",
            "succeeds(X, Y) and X heldOffice O in the same sentence, dated to its end (the only office held there), X"
                    + " holding, chosen for or running for no other office, the succession neither in the future nor 'as'"
                    + " another office => Y heldOffice O");

    private FormerPredecessorOffice() {
    }

    static List<Fact> infer(List<Fact> facts, org.newsgraph.entity.Discourse d) {
        List<Fact> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fact s : facts) {
            if (s.predicate() != Predicate.SUCCEEDS || org.newsgraph.text.Tense.futureOrIntended(s.sentence())) {
                continue;
            }
            Entity office = null;
            int n = 0;
            for (Fact h : facts) {
                if (h.predicate() == Predicate.HELD_OFFICE && h.subject() == s.subject() && h.sentence() == s.sentence()
                        && h.object() != office) {
                    office = h.object();
                    n += h.end() != null ? 1 : 2; // a tenure whose end the sentence dates: the one taken over
                }
            }
            Entity held = office;
            if (n != 1 || holds(s.object(), held, facts) || othersSought(s.subject(), held, facts)
                    || Succession.officesAfterAs(s, d).stream().anyMatch(o -> o != held)) {
                continue;
            }
            if (seen.add(s.object().key() + "|" + office.key())) {
                out.add(new Fact(s.object(), Predicate.HELD_OFFICE, office, null, s.sentence(), RULE, null, null));
            }
        }
        return out;
    }

    /** The successor holds, is chosen for or runs for another office: the succession may be in that one. */
    private static boolean othersSought(Entity person, Entity office, List<Fact> facts) {
        for (Fact f : facts) {
            if (f.subject() == person && f.object() != office && (f.predicate() == Predicate.HOLDS_OFFICE
                    || f.predicate() == Predicate.APPOINTED_TO || f.predicate() == Predicate.CANDIDATE_FOR)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(Entity person, Entity office, List<Fact> facts) {
        return Succession.states(person, office, facts, Predicate.HOLDS_OFFICE, Predicate.APPOINTED_TO, Predicate.HELD_OFFICE);
    }
}
