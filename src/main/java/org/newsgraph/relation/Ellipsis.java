package org.newsgraph.relation;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.entity.Entity;
import org.newsgraph.relation.Element.MentionEl;
import org.newsgraph.relation.Element.WordEl;
import org.newsgraph.text.Sentence;

/**
 * A stance taken again by ellipsis: "The EPP said it would back Kallas. So did the Socialists." The
 * sentence that opens with "So did X" gives X each supports or opposes fact of the sentence before.
 */
final class Ellipsis {

    /** The inferences, for the tests and for evidence. */
    static final Rule SO_DID_SUPPORT = Rule.inference(Predicate.SUPPORTS, "so-did",
            "Romania said it would back Mark Rutte. So did Hungary, after a long delay.",
            "supports(Y, O) in a sentence, and the next opens \"So did X\" => X supports O");

    static final Rule SO_DID_OPPOSE = Rule.inference(Predicate.OPPOSES, "so-did",
            "Romania criticised Mark Rutte on Monday. So did Hungary, after a long delay.",
            "opposes(Y, O) in a sentence, and the next opens \"So did X\" => X opposes O");

    private Ellipsis() {
    }

    /** The stances of the sentence before, taken by the agent of a sentence that opens "So did X". */
    static List<Fact> soDid(List<Element> elements, List<Fact> before, Sentence s) {
        List<Fact> out = new ArrayList<>();
        if (before.isEmpty() || elements.size() < 3 || !word(elements.get(0), "so") || !word(elements.get(1), "did")
                || !(elements.get(2) instanceof MentionEl me) || me.mention().entity() == null
                || me.mention().type() == null || !me.mention().type().isAgent()) {
            return out;
        }
        Entity agent = me.mention().entity();
        for (Fact f : before) {
            boolean stance = f.predicate() == Predicate.SUPPORTS || f.predicate() == Predicate.OPPOSES;
            if (stance && f.object() != null && f.object() != agent) {
                Rule rule = f.predicate() == Predicate.SUPPORTS ? SO_DID_SUPPORT : SO_DID_OPPOSE;
                out.add(new Fact(agent, f.predicate(), f.object(), null, s, rule, null, null));
            }
        }
        return out;
    }

    private static boolean word(Element e, String w) {
        return e instanceof WordEl x && x.folded().equals(w);
    }
}
