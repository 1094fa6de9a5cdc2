package org.newsgraph.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.entity.Discourse;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Flags;
import org.newsgraph.entity.Mention;
import org.newsgraph.text.Token;

/**
 * A person the article says died holds no office at publication: an office read as held ("he succeeded Luis
 * Vega at the head of the bank", "Finance Minister Ana Ruiz") was held. The person is the subject of "died",
 * "dies", "has died" or "passed away", right after the name or after an apposition set off by commas
 * ("Ricardo Valenzuela, the economist who tamed Chile's inflation, died on Tuesday"), and the name opens its
 * sentence (after a dateline or a date at most).
 */
final class Deceased {

    static final Rule RULE = Rule.inference(Predicate.HELD_OFFICE, "deceased-held-office",
            "Ghana's finance minister Ana Ruiz died on Tuesday.",
            "X holdsOffice O, and X is the subject of 'died', 'dies', 'has died' or 'passed away' => X heldOffice O"
                    + " (and no longer holds it)");

    private static final long SUBJ = Flags.bit("subj");
    private static final long NOT_SUBJ = Flags.bits(List.of("quoted", "poss", "governed", "object"));

    /** How far an apposition between the name and the verb may run, in tokens. */
    private static final int APPOSITION_MAX = 40;

    private Deceased() {
    }

    static List<Fact> infer(List<Fact> facts, Discourse d) {
        Set<Entity> dead = dead(d);
        List<Fact> out = new ArrayList<>();
        if (dead.isEmpty()) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (Fact f : facts) {
            if (f.predicate() == Predicate.HOLDS_OFFICE && dead.contains(f.subject())
                    && seen.add(f.subject().key() + "|" + f.object().key())) {
                out.add(new Fact(f.subject(), Predicate.HELD_OFFICE, f.object(), null, f.sentence(), RULE, f.start(), f.end()));
            }
        }
        return out;
    }

    /** The persons the article says died. */
    static Set<Entity> dead(Discourse d) {
        Set<Entity> out = new HashSet<>();
        for (int i = 0; i < d.sentences().size(); i++) {
            List<Token> t = d.sentences().get(i).tokens();
            for (Mention m : d.mentions(i)) {
                // the subject of its clause: not "the father of X died", "a man who attacked X died"
                if (m.type() != EntityType.PERSON || m.entity() == null || (m.flagBits() & SUBJ) == 0 || (m.flagBits() & NOT_SUBJ) != 0) {
                    continue;
                }
                if (!opensItsSentence(t, m)) {
                    continue; // "A man who attacked X died in custody"
                }
                int k = m.end();
                if (k < t.size() && t.get(k).text().equals(",")) {
                    k = appositionEnd(t, d.mentions(i), m, k);
                }
                if (k >= 0 && diesAt(t, k)) {
                    out.add(m.entity());
                }
            }
        }
        return out;
    }

    /**
     * After the comma at {@code comma}, the token after the comma that closes the person's apposition when "died" or
     * its like follows it, else -1. The apposition must not speak of someone else: no "whose" ("X, whose husband
     * died, spoke"), no reporting verb ("X, the minister, said her predecessor died"), no other person named.
     */
    private static int appositionEnd(List<Token> t, List<Mention> mentions, Mention m, int comma) {
        for (int j = comma + 1; j < t.size() && j - comma <= APPOSITION_MAX; j++) {
            Token w = t.get(j);
            if (w.is("whose") || w.is("said") || w.is("says") || w.is("told") || w.text().equals("\"")) {
                return -1;
            }
            if (w.text().equals(",") && diesAt(t, j + 1)) {
                for (Mention other : mentions) {
                    if (other.type() == EntityType.PERSON && other.start() > comma && other.start() < j
                            && other.entity() != null && other.entity() != m.entity()) {
                        return -1;
                    }
                }
                return j + 1;
            }
        }
        return -1;
    }

    /** No lower-case word before the mention: it opens the sentence, after a dateline or a date at most. */
    private static boolean opensItsSentence(List<Token> t, Mention m) {
        for (int k = 0; k < m.start(); k++) {
            if (t.get(k).isWord() && !t.get(k).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    private static boolean diesAt(List<Token> t, int k) {
        if (k >= t.size()) {
            return false;
        }
        if (t.get(k).is("died") || t.get(k).is("dies")) {
            return true;
        }
        if ((t.get(k).is("has") || t.get(k).is("had")) && k + 1 < t.size() && t.get(k + 1).is("died")) {
            return true;
        }
        return t.get(k).is("passed") && k + 1 < t.size() && t.get(k + 1).is("away");
    }
}
