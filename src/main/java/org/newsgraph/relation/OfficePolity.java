package org.newsgraph.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;

/**
 * An office someone holds, held, is chosen for or runs for belongs to the polity it is named after, also when no
 * title was written for it: "Karim Nassar, who heads the Central Bank of Egypt" holds the Governor of the Central
 * Bank of Egypt, an office of the bank.
 */
final class OfficePolity {

    static final Rule RULE = Rule.inference(Predicate.OFFICE_OF, "office-of-its-polity",
            "Karim Nassar, who heads the Central Bank of Egypt, spoke.",
            "holdsOffice|heldOffice|appointedTo|candidateFor(X, O), O an office of P, and no officeOf(O, _) read => O officeOf P");

    private OfficePolity() {
    }

    static List<Fact> infer(List<Fact> facts) {
        Set<String> stated = new HashSet<>();
        for (Fact f : facts) {
            if (f.predicate() == Predicate.OFFICE_OF) {
                stated.add(f.subject().key());
            }
        }
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            Entity office = f.object();
            boolean tenure = f.predicate() == Predicate.HOLDS_OFFICE || f.predicate() == Predicate.HELD_OFFICE
                    || f.predicate() == Predicate.APPOINTED_TO || f.predicate() == Predicate.CANDIDATE_FOR;
            if (!tenure || office == null || office.type() != EntityType.OFFICE || office.polity() == null
                    || !stated.add(office.key())) {
                continue;
            }
            out.add(new Fact(office, Predicate.OFFICE_OF, office.polity(), null, f.sentence(), RULE, null, null));
        }
        return out;
    }
}
