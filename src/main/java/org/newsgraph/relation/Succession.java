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
}
