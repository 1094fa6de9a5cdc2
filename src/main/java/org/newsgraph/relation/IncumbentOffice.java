package org.newsgraph.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.entity.Entity;
import org.newsgraph.text.Tense;
import org.newsgraph.text.Token;

/**
 * The office of someone about to be replaced: "Ana Ruiz will take over from Luis Vega as head of the
 * agency, whose term ends in March" leaves Vega in post at publication, holding the one office Ruiz is
 * chosen for. Only a succession written in the future, of someone the article gives no other office or
 * candidacy, and not said to have left ("resigned", "died", "former").
 */
final class IncumbentOffice {

    static final Rule RULE = Rule.inference(Predicate.HOLDS_OFFICE, "incumbent-holds-office",
            "Ana Ruiz was named head of the IMF. She will take over from Luis Vega, whose term ends in March.",
            "succeeds(X, Y) written in the future (or Y 'who is retiring|stepping down'), X appointedTo O (its only office),"
                    + " Y with no office or candidacy of its own and not said to have left => Y holdsOffice O");

    private static final Set<String> LEFT = Set.of("resigned", "resigns", "died", "dies", "late", "former", "ex",
            "ousted", "sacked", "fired", "dismissed", "quit", "quits", "retired", "stepped", "left", "removed");

    private static final Set<String> LEAVING = Set.of("retiring", "stepping", "leaving", "standing");

    private IncumbentOffice() {
    }

    static List<Fact> infer(List<Fact> facts) {
        List<Fact> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fact s : facts) {
            if (s.predicate() != Predicate.SUCCEEDS || !(Tense.future(s.sentence()) || leaving(s)) || has(s, LEFT)) {
                continue;
            }
            Entity office = onlyAppointment(s.subject(), facts);
            if (office == null || hasOffice(s.object(), facts)) {
                continue;
            }
            if (seen.add(s.object().key() + "|" + office.key())) {
                out.add(new Fact(s.object(), Predicate.HOLDS_OFFICE, office, null, s.sentence(), RULE, null, null));
            }
        }
        return out;
    }

    /** The one office the person is chosen for, when they hold none and run for nothing else. */
    private static Entity onlyAppointment(Entity person, List<Fact> facts) {
        Entity office = null;
        for (Fact f : facts) {
            if (f.subject() != person) {
                continue;
            }
            if (f.predicate() == Predicate.HOLDS_OFFICE && !(f.object().title() != null && f.object().title().isSeat())) {
                return null; // a seat in parliament is no office the person would leave for this one
            }
            if (f.predicate() == Predicate.APPOINTED_TO) {
                if (office != null && office != f.object()) {
                    return null;
                }
                office = f.object();
            }
        }
        return office;
    }

    /** Does the article give the person an office, a former office or a candidacy of their own? */
    private static boolean hasOffice(Entity person, List<Fact> facts) {
        for (Fact f : facts) {
            if (f.subject() == person && switch (f.predicate()) {
                case HOLDS_OFFICE, HELD_OFFICE, APPOINTED_TO, CANDIDATE_FOR, WITHDREW_FROM -> true;
                default -> false;
            }) {
                return true;
            }
        }
        return false;
    }

    /**
     * "She replaces Jorge Villamizar, who is retiring": the one replaced is about to leave, written in the present
     * progressive ("is retiring", "is stepping down"), so still in post.
     */
    private static boolean leaving(Fact f) {
        List<Token> t = f.sentence().tokens();
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.get(i).is("who") && (t.get(i + 1).is("is") || t.get(i + 1).is("are")) && LEAVING.contains(t.get(i + 2).folded())) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Fact f, Set<String> words) {
        for (Token t : f.sentence().tokens()) {
            if (words.contains(t.folded())) {
                return true;
            }
        }
        return false;
    }
}
