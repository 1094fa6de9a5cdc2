package org.newsgraph.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.entity.Discourse;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.text.Tense;

/**
 * The office a successor takes: whom X replaces left one office the article names, so X takes that office
 * ("Police minister Bheki Mthembu was sacked and replaced by Lindiwe Sithole": Sithole holds it). Chosen to
 * replace ("named Ana Ruiz to replace him"), X is appointed to it; replaced already, X holds it. Nothing is read
 * when the predecessor left or holds another office too, when X is chosen or running for another office, holds
 * one already (for a past succession), or the succession names, after "as", another office, or after "at", another body.
 */
final class SuccessorOffice {

    static final Rule HOLDS = Rule.inference(Predicate.HOLDS_OFFICE, "successor-holds-office",
            "South Africa's former police minister Bheki Mthembu was sacked last month and replaced by Lindiwe Sithole.",
            "succeeds(X, Y) not in the future, Y heldOffice O (its only office), X with no office, appointment or candidacy"
                    + " => X holdsOffice O");

    static final Rule APPOINTED = Rule.inference(Predicate.APPOINTED_TO, "successor-appointed",
            "Argentina's economy minister Martin Echeverria resigned on Friday. The president named Carolina Pardo to replace him.",
            "succeeds(X, Y) in the future or as a purpose, Y heldOffice O (its only office), X not chosen or running"
                    + " for another office => X appointedTo O");

    private SuccessorOffice() {
    }

    static List<Fact> infer(List<Fact> facts, Discourse d) {
        List<Fact> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fact s : facts) {
            if (s.predicate() != Predicate.SUCCEEDS) {
                continue;
            }
            Entity office = onlyOfficeLeft(s.object(), facts);
            if (office == null || asOtherOffice(s, office, d)) {
                continue;
            }
            boolean future = Tense.futureOrIntended(s.sentence()) || Succession.purpose(s.sentence());
            if (!free(s.subject(), office, facts, !future)) {
                continue;
            }
            if (seen.add(s.subject().key() + "|" + office.key())) {
                out.add(new Fact(s.subject(), future ? Predicate.APPOINTED_TO : Predicate.HOLDS_OFFICE, office, null,
                        s.sentence(), future ? APPOINTED : HOLDS, null, null));
            }
        }
        return out;
    }

    /** The one office the person is said to have left, when they hold, seek or are chosen for no other. */
    private static Entity onlyOfficeLeft(Entity person, List<Fact> facts) {
        Entity office = null;
        for (Fact f : facts) {
            if (f.subject() == person && f.predicate() == Predicate.HELD_OFFICE) {
                if (office != null && office != f.object()) {
                    return null;
                }
                office = f.object();
            }
        }
        if (office == null) {
            return null;
        }
        for (Fact f : facts) {
            if (f.subject() == person && f.object() != office && switch (f.predicate()) {
                case HOLDS_OFFICE, APPOINTED_TO, CANDIDATE_FOR, WITHDREW_FROM -> true;
                default -> false;
            }) {
                return null;
            }
        }
        return office;
    }

    /**
     * The successor is not chosen or running for another office, has no fact about this one yet, and (for a past
     * succession) holds no office already.
     */
    private static boolean free(Entity person, Entity office, List<Fact> facts, boolean past) {
        for (Fact f : facts) {
            if (f.subject() != person || f.object() == null || f.object().type() != EntityType.OFFICE) {
                continue;
            }
            if (f.object() == office && f.predicate() != Predicate.OFFICE_OF) {
                return false;
            }
            switch (f.predicate()) {
                case APPOINTED_TO, CANDIDATE_FOR, WITHDREW_FROM -> {
                    return false;
                }
                case HOLDS_OFFICE -> {
                    if (past) {
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return true;
    }

    /**
     * The sentence of the succession names, after "as", an office other than this one, or, after "at", a body other
     * than the one this office belongs to ("was succeeded at ANOCA by X" is not about the office he held at another body).
     */
    private static boolean asOtherOffice(Fact s, Entity office, Discourse d) {
        Entity body = office.polity();
        return Succession.officesAfterAs(s, d).stream().anyMatch(o -> o != office)
                || body != null && body.type() != EntityType.COUNTRY
                && Succession.atOtherBody(s, d, body);
    }
}
