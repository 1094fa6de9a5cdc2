package org.newsgraph.entity;

import java.util.List;

import org.newsgraph.text.Token;

/**
 * A mention alone in brackets right after a person's name, "Anna Weber (Germany)": the way results and lists
 * give a person's country or party. Flagged {@code bracketed} for the rules that read it.
 */
final class Brackets {

    private Brackets() {
    }

    static void flag(List<Token> t, List<Mention> ms) {
        for (int i = 1; i < ms.size(); i++) {
            Mention m = ms.get(i);
            Mention before = ms.get(i - 1);
            if (m.start() >= 2 && m.end() < t.size() && t.get(m.start() - 1).text().equals("(") && t.get(m.end()).text().equals(")")
                    && before.end() == m.start() - 1 && before.type() == EntityType.PERSON) {
                m.flag("bracketed");
            }
        }
    }
}
