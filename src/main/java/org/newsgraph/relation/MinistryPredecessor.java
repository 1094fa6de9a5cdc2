package org.newsgraph.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.entity.Entity;
import org.newsgraph.text.Token;

/**
 * A predecessor "at the ministry" held the successor's ministerial office: "Latvia's defence minister Ilze Ozola
 * was chosen for Nato. Her predecessor at the ministry, Andris Kalniņš, welcomed it": Kalniņš was defence minister,
 * whatever else Ozola is chosen for. Read only when the successor has one ministerial office, held now or before.
 */
final class MinistryPredecessor {

    static final Rule RULE = Rule.inference(Predicate.HELD_OFFICE, "predecessor-at-ministry",
            "Latvia's defence minister Ilze Ozola was appointed deputy secretary general of Nato. "
                    + "Her predecessor at the ministry, Andris Kalniņš, welcomed the appointment.",
            "succeeds(X, Y) from a sentence with 'predecessor at the … ministry', X holds or held exactly one office of a"
                    + " minister => Y heldOffice O, unless Y holds or is chosen for it");

    /** How many words may stand between "at" and "ministry" ("at the trade ministry"). */
    private static final int REACH = 3;

    private MinistryPredecessor() {
    }

    static List<Fact> infer(List<Fact> facts) {
        List<Fact> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fact s : facts) {
            if (s.predicate() != Predicate.SUCCEEDS || !atMinistry(s.sentence().tokens())) {
                continue;
            }
            Entity office = onlyMinisterialOffice(s.subject(), facts);
            if (office == null || has(s.object(), office, facts) || !seen.add(s.object().key() + "|" + office.key())) {
                continue;
            }
            out.add(new Fact(s.object(), Predicate.HELD_OFFICE, office, null, s.sentence(), RULE, null, null));
        }
        return out;
    }

    /** "predecessor at the ministry", "predecessor at the trade ministry". */
    static boolean atMinistry(List<Token> t) {
        for (int i = 0; i + 2 < t.size(); i++) {
            if (!t.get(i).folded().startsWith("predecessor") || !t.get(i + 1).folded().equals("at")) {
                continue;
            }
            for (int j = i + 2; j < t.size() && j <= i + 1 + REACH; j++) {
                if (t.get(j).folded().equals("ministry")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Entity onlyMinisterialOffice(Entity person, List<Fact> facts) {
        Set<Entity> offices = new LinkedHashSet<>();
        for (Fact f : facts) {
            if (f.subject() == person && (f.predicate() == Predicate.HOLDS_OFFICE || f.predicate() == Predicate.HELD_OFFICE)
                    && f.object().title() != null && f.object().title().kind().equals("minister")) {
                offices.add(f.object());
            }
        }
        return offices.size() == 1 ? offices.iterator().next() : null;
    }

    private static boolean has(Entity person, Entity office, List<Fact> facts) {
        for (Fact f : facts) {
            if (f.subject() == person && f.object() == office && f.predicate() != Predicate.OFFICE_OF) {
                return true;
            }
        }
        return false;
    }
}
