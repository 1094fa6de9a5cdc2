package org.newsgraph.relation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.entity.Discourse;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Mention;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * An interview written as questions and answers ("Q: … A: \"…\""): the answers are the interviewee's, the person
 * the article names most often. Rules name that person {@code interviewee}. An article with fewer than two
 * questions is no interview, and has none.
 */
final class Interview {

    private Interview() {
    }

    /** The person an interview in question-and-answer form is with, or null. */
    static Entity interviewee(Discourse d) {
        int questions = 0;
        int answers = 0;
        for (Sentence s : d.sentences()) {
            List<Token> t = s.tokens();
            if (t.size() >= 2 && t.get(1).text().equals(":")) {
                questions += t.get(0).text().equals("Q") ? 1 : 0;
                answers += t.get(0).text().equals("A") ? 1 : 0;
            }
        }
        if (questions < 2 || answers < 2) {
            return null;
        }
        Map<Entity, Integer> counts = new HashMap<>();
        Map<Entity, Integer> firstSeen = new HashMap<>();
        int order = 0;
        for (int i = 0; i < d.sentences().size(); i++) {
            for (Mention m : d.mentions(i)) {
                if (m.type() == EntityType.PERSON && m.entity() != null) {
                    counts.merge(m.entity(), 1, Integer::sum);
                    firstSeen.putIfAbsent(m.entity(), order++);
                }
            }
        }
        Entity best = null;
        for (Map.Entry<Entity, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)
                    || e.getValue().equals(counts.get(best)) && firstSeen.get(e.getKey()) < firstSeen.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }
}
