package org.newsgraph.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.entity.Discourse;
import org.newsgraph.entity.Entity;

/**
 * The office a predecessor held: someone who holds one office, and no office they are only chosen or
 * running for, and who has replaced someone, replaced them in that office ("Prime Minister Ana Ruiz …
 * censured her predecessor, Luis Vega": Vega was prime minister). A succession written in the future
 * ("will replace") leaves the predecessor in post, and states no office held.
 */
final class PredecessorOffice {

    static final Rule RULE = Rule.inference(Predicate.HELD_OFFICE, "predecessor-held-office",
            "Ana Ruiz was sworn in as prime minister of Peru. She replaced Luis Vega, who lost a vote of censure.",
            "succeeds(X, Y), X holdsOffice O (its only office), X not appointedTo or candidateFor anything,"
                    + " the succession neither in the future nor 'as' another office => Y heldOffice O");


    private PredecessorOffice() {
    }

    static List<Fact> infer(List<Fact> facts, Discourse d) {
        List<Fact> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fact s : facts) {
            if (s.predicate() != Predicate.SUCCEEDS || future(s)) {
                continue;
            }
            Entity office = onlyOffice(s.subject(), facts);
            if (office == null
                    // "Foreign Minister Ana Ruiz replaced Luis Vega as party leader": another office changed hands
                    || asOtherOffice(s, office, d, facts)
                    // "named Ana Ruiz, deputy governor of the bank, to replace him": her title is the office she leaves
                    || Succession.purpose(s.sentence()) && !statedWithSuccession(s, office, facts)
                    || holds(s.object(), office, facts)) {
                continue;
            }
            if (seen.add(s.object().key() + "|" + office.key())) {
                out.add(new Fact(s.object(), Predicate.HELD_OFFICE, office, null, s.sentence(), RULE, null, null));
            }
        }
        return out;
    }

    /**
     * The one office the person holds, when the article gives them no office they are chosen or running for; a
     * party's leadership held beside an office of state does not count ("sworn in as prime minister … Labor MPs
     * chose her as their new leader": she took over the premiership).
     */
    private static Entity onlyOffice(Entity person, List<Fact> facts) {
        Set<Entity> offices = new java.util.LinkedHashSet<>();
        for (Fact f : facts) {
            if (f.subject() != person) {
                continue;
            }
            switch (f.predicate()) {
                case APPOINTED_TO, CANDIDATE_FOR, WITHDREW_FROM -> {
                    return null;
                }
                case HOLDS_OFFICE -> {
                    if (f.object().title() == null || !f.object().title().isSeat()) {
                        offices.add(f.object()); // a senator who succeeds a Senate president succeeds no one as senator
                    }
                }
                default -> {
                }
            }
        }
        for (Fact f : facts) {
            if (f.subject() == person && f.predicate() == Predicate.HELD_OFFICE) {
                offices.remove(f.object()); // "Governor X stepped down to become secretary of the interior": the office he left
            }
        }
        if (offices.size() > 1) {
            offices.removeIf(o -> o.title() != null && o.title().isPartyLeader());
        }
        return offices.size() == 1 ? offices.iterator().next() : null;
    }

    private static boolean holds(Entity person, Entity office, List<Fact> facts) {
        return Succession.states(person, office, facts, Predicate.HOLDS_OFFICE, Predicate.APPOINTED_TO);
    }

    /** The sentence of the succession itself says, other than by a title, that the successor holds the office. */
    private static boolean statedWithSuccession(Fact s, Entity office, List<Fact> facts) {
        for (Fact f : facts) {
            if (f.predicate() == Predicate.HOLDS_OFFICE && f.subject() == s.subject() && f.object() == office
                    && f.sentence() == s.sentence() && !f.rule().name().equals("title-before-name")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence of the succession names, after "as", an office other than this one, and not one that a third
     * person of the sentence held ("he served two terms as mayor of Arequipa and was minister under Quispe's
     * predecessor, Pedro Castañeda": that office is his, not Quispe's).
     */
    private static boolean asOtherOffice(Fact s, Entity office, Discourse d, List<Fact> facts) {
        for (Entity other : Succession.officesAfterAs(s, d)) {
            if (other != office && !heldByAThird(s, other, facts)) {
                return true;
            }
        }
        return false;
    }

    private static boolean heldByAThird(Fact s, Entity office, List<Fact> facts) {
        for (Fact f : facts) {
            if (f.object() == office && f.sentence() == s.sentence() && f.subject() != s.subject() && f.subject() != s.object()
                    && (f.predicate() == Predicate.HELD_OFFICE || f.predicate() == Predicate.HOLDS_OFFICE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean future(Fact f) {
        return org.newsgraph.text.Tense.futureOrIntended(f.sentence());
    }
}
