package org.newsgraph.relation;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.entity.Entity;
import org.newsgraph.relation.Element.MentionEl;
import org.newsgraph.relation.Element.WordEl;
import org.newsgraph.text.Sentence;

/**
 * A stance taken again by ellipsis: "The EPP said it would back Kallas. So did the Socialists." The
 * sentence that opens with "So did X", or that is only "X has too.", gives X each supports or opposes fact
 * of the sentence before; "X followed suit" or "X followed his lead" gives X the stances of its own sentence
 * (of the leader the possessive names), else of the sentence before.
 */
final class Ellipsis {

    /** The inferences, for the tests and for evidence. */
    static final Rule SO_DID_SUPPORT = Rule.inference(Predicate.SUPPORTS, "so-did",
            "Romania said it would back Mark Rutte. So did Hungary, after a long delay.",
            "supports(Y, O) in a sentence, and the next opens \"So did X\" => X supports O");

    static final Rule SO_DID_OPPOSE = Rule.inference(Predicate.OPPOSES, "so-did",
            "Romania criticised Mark Rutte on Monday. So did Hungary, after a long delay.",
            "opposes(Y, O) in a sentence, and the next opens \"So did X\" => X opposes O");

    static final Rule TOO_SUPPORT = Rule.inference(Predicate.SUPPORTS, "has-too",
            "Romania has backed Mark Rutte. Hungary has too.",
            "supports(Y, O) in a sentence, and the next is \"X has too\" => X supports O");

    static final Rule FOLLOWED_SUPPORT = Rule.inference(Predicate.SUPPORTS, "followed-lead",
            "Jonas Berg endorsed Anna Weber, and the Centre Party followed his lead.",
            "supports(Y, O) in a sentence (or the one before), and \"X followed Y's lead\" or \"X followed suit\" => X supports O");

    static final Rule FOLLOWED_OPPOSE = Rule.inference(Predicate.OPPOSES, "followed-lead",
            "Jonas Berg criticised Anna Weber, and the Centre Party followed his lead.",
            "opposes(Y, O) in a sentence (or the one before), and \"X followed Y's lead\" or \"X followed suit\" => X opposes O");

    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("has", "have", "did", "does", "had", "will", "would");

    private Ellipsis() {
    }

    /** "Canada has too.": the agent backs each person the sentence before says was backed. */
    static List<Fact> too(List<Element> elements, List<Fact> before, Sentence s) {
        int n = elements.size();
        while (n > 0 && elements.get(n - 1) instanceof WordEl w && (w.folded().equals(".") || w.folded().equals("!"))) {
            n--;
        }
        if (before.isEmpty() || n < 3 || n > 4 || !(elements.get(0) instanceof MentionEl me) || !agent(me)
                || !(elements.get(1) instanceof WordEl aux) || !AUXILIARIES.contains(aux.folded())
                || !word(elements.get(n - 1), "too") || n == 4 && !word(elements.get(2), ",")) {
            return List.of();
        }
        List<Fact> out = new ArrayList<>();
        for (Fact f : before) {
            // backing a person (a candidate): what "has too" most often takes up
            if (f.predicate() == Predicate.SUPPORTS && f.object() != null && f.object().type() == org.newsgraph.entity.EntityType.PERSON
                    && f.object() != me.mention().entity()
                    && f.subject() != me.mention().entity()) {
                out.add(new Fact(me.mention().entity(), f.predicate(), f.object(), null, s, TOO_SUPPORT, null, null));
            }
        }
        return out;
    }

    /**
     * "…, and the Caribbean Community followed his lead": the agent before "followed" takes the stances of
     * the leader ("his": the person the possessive names) read in this sentence, else in the one before.
     */
    static List<Fact> followed(List<Element> elements, List<Fact> here, List<Fact> before, Sentence s) {
        for (int i = 0; i + 2 < elements.size(); i++) {
            if (!(elements.get(i) instanceof MentionEl me) || !agent(me) || !word(elements.get(i + 1), "followed")) {
                continue;
            }
            Entity leader = null;
            if (word(elements.get(i + 2), "suit")) {
                leader = null;
            } else if (i + 3 < elements.size() && elements.get(i + 2) instanceof MentionEl poss && poss.mention().has("poss")
                    && poss.mention().entity() != null && word(elements.get(i + 3), "lead")) {
                leader = poss.mention().entity();
            } else {
                continue;
            }
            Entity agent = me.mention().entity();
            List<Fact> out = stances(here, leader, agent, s);
            return out.isEmpty() ? stances(before, leader, agent, s) : out;
        }
        return List.of();
    }

    private static List<Fact> stances(List<Fact> facts, Entity leader, Entity agent, Sentence s) {
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            boolean stance = f.predicate() == Predicate.SUPPORTS || f.predicate() == Predicate.OPPOSES;
            if (stance && f.object() != null && f.object() != agent && f.subject() != agent
                    && (leader == null || f.subject() == leader)) {
                out.add(new Fact(agent, f.predicate(), f.object(), null, s,
                        f.predicate() == Predicate.SUPPORTS ? FOLLOWED_SUPPORT : FOLLOWED_OPPOSE, null, null));
            }
        }
        return out;
    }

    private static boolean agent(MentionEl me) {
        return me.mention().entity() != null && me.mention().type() != null && me.mention().type().isAgent();
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
