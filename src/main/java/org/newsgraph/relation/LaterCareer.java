package org.newsgraph.relation;

import java.util.List;

import org.newsgraph.entity.Entity;
import org.newsgraph.entity.Lexicon;
import org.newsgraph.relation.Element.MentionEl;
import org.newsgraph.relation.Element.WordEl;
import org.newsgraph.text.Sentence;

/**
 * An office named with its polity in a bare past copula is past when the next sentence goes on with the same person's later
 * life: "David Clarke was Britain's prime minister. He later became a banker." Alone, "X was prime minister" may
 * still be the office held ("was prime minister when the crisis began"), and states nothing.
 */
final class LaterCareer {

    static final Rule RULE = Rule.inference(Predicate.HELD_OFFICE, "was-office-then-later",
            "David Clarke was Britain's prime minister. He later became a banker.",
            "a sentence that is only 'X was O' (O named with its polity), and the next opens with X and a word of the"
                    + " lexicon's later-career ('later', 'then', 'subsequently') => X heldOffice O");

    /** The whole sentence: a person, "was", an office named with its polity. */
    private static final Rule COPULA = new Rule(Predicate.HELD_OFFICE, "was-office-then-later", "(inference)", 0, RULE.example(),
            "^ {PERSON:s subj} was {OFFICE:o polity !designate !former} $");

    /** How many words may stand between the person and the word of later life ("He has since …", "She then quickly …"). */
    private static final int REACH = 3;

    /** The person and office of a bare past copula, waiting for the next sentence. */
    record Candidate(Entity person, Entity office, Sentence sentence) {
    }

    private LaterCareer() {
    }

    /** The sentence read as "X was O", or null. */
    static Candidate candidate(List<Element> elements, Matcher matcher, Sentence s) {
        Matcher.Match m = matcher.matchAt(COPULA, 0);
        if (m == null || !(m.bindings().get("s") instanceof MentionEl p) || !(m.bindings().get("o") instanceof MentionEl o)
                || p.mention().entity() == null || o.mention().entity() == null) {
            return null;
        }
        return new Candidate(p.mention().entity(), o.mention().entity(), s);
    }

    /** The fact of the candidate when the next sentence opens with the same person and a word of later life, or null. */
    static Fact confirmed(Candidate c, List<Element> next, Lexicon lexicon) {
        if (c == null || next.isEmpty() || !(next.get(0) instanceof MentionEl first) || first.mention().entity() != c.person()) {
            return null;
        }
        for (int i = 1; i < next.size() && i <= REACH; i++) {
            if (!(next.get(i) instanceof WordEl w)) {
                return null;
            }
            if (lexicon.is("negation", w.token()) || lexicon.is("hedge", w.token())) {
                return null;
            }
            if (lexicon.is("later-career", w.token())) {
                return new Fact(c.person(), Predicate.HELD_OFFICE, c.office(), null, c.sentence(), RULE, null, null);
            }
        }
        return null;
    }
}
