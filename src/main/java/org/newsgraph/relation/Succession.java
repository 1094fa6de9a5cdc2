package org.newsgraph.relation;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.entity.Discourse;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/** What the sentence of a succession says about it, for the inferences that read successions. */
final class Succession {

    private Succession() {
    }

    /** "named Ana Ruiz to replace him": the succession is a purpose ("to replace", "to succeed", "to take over"). */
    static boolean purpose(Sentence s) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            String next = t.get(i + 1).folded();
            if (t.get(i).folded().equals("to") && (next.startsWith("replac") || next.startsWith("succeed") || next.equals("take"))) {
                return true;
            }
        }
        return false;
    }

    /** The offices the sentence of the succession names after "as" ("replaced Luis Vega as party leader"). */
    static List<Entity> officesAfterAs(Fact succession, Discourse d) {
        List<Token> t = succession.sentence().tokens();
        List<Entity> out = new ArrayList<>();
        for (Mention m : d.mentions(succession.sentence().index())) {
            if (m.type() == EntityType.OFFICE && m.entity() != null && m.start() > 0 && t.get(m.start() - 1).folded().equals("as")) {
                out.add(m.entity());
            }
        }
        return out;
    }

    /**
     * Whether the sentence of the succession names after "at" a body other than {@code body}: an organisation or
     * alliance mention of another entity, or a capitalised word that is no part of the body's name ("was succeeded at
     * ANOCA by X", an acronym the gazetteer does not know).
     */
    static boolean atOtherBody(Fact succession, Discourse d, Entity body) {
        List<Token> t = succession.sentence().tokens();
        List<Mention> ms = d.mentions(succession.sentence().index());
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!t.get(i).folded().equals("at")) {
                continue;
            }
            Mention m = null;
            for (Mention c : ms) {
                if (c.start() == i + 1 || c.start() == i + 2 && t.get(i + 1).folded().equals("the")) {
                    m = c;
                }
            }
            if (m != null) {
                if ((m.type() == EntityType.ORGANIZATION || m.type() == EntityType.ALLIANCE) && m.entity() != null && m.entity() != body) {
                    return true;
                }
            } else if (t.get(i + 1).isCapitalized() && !java.util.Arrays.asList(body.name().split("\\s+")).contains(t.get(i + 1).text())) {
                return true;
            }
        }
        return false;
    }

    /** Does the text state one of the predicates of this person and this office? */
    static boolean states(Entity person, Entity office, List<Fact> facts, Predicate... predicates) {
        for (Fact f : facts) {
            if (f.subject() == person && f.object() == office && java.util.Arrays.asList(predicates).contains(f.predicate())) {
                return true;
            }
        }
        return false;
    }
}
