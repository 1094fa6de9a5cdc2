package org.newsgraph.relation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.entity.Entity;

/**
 * A succession the text implies rather than states: "X will take over as Nato chief" and "current Nato
 * chief Y will step down" mean X succeeds Y. Someone appointed to an office succeeds its sitting holder
 * when the article names exactly one (two holders mean an office of several seats) and states no other
 * succession of theirs.
 */
final class SuccessionInference {

    private SuccessionInference() {
    }

    static List<Fact> infer(List<Fact> facts, Rule rule) {
        List<Fact> out = new ArrayList<>();
        Set<Entity> stated = new LinkedHashSet<>();
        for (Fact f : facts) {
            if (f.predicate() == Predicate.SUCCEEDS) {
                stated.add(f.subject());
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Fact a : facts) {
            if (a.predicate() != Predicate.APPOINTED_TO || stated.contains(a.subject())
                    || a.object().title() != null && a.object().title().isSeat()) { // a seat has many holders
                continue;
            }
            Set<Entity> holders = holders(facts, a.object());
            if (holders.size() == 1 && !holders.contains(a.subject())
                    && seen.add(a.subject().key() + "|" + a.object().key())) {
                Entity incumbent = holders.iterator().next();
                out.add(new Fact(a.subject(), Predicate.SUCCEEDS, incumbent, null, a.sentence(), rule, null, null));
                stated.add(a.subject());
            }
        }
        return out;
    }

    /** Everyone the facts say holds the office now. */
    private static Set<Entity> holders(List<Fact> facts, Entity office) {
        Set<Entity> holders = new LinkedHashSet<>();
        for (Fact f : facts) {
            if (f.predicate() == Predicate.HOLDS_OFFICE && f.object() == office) {
                holders.add(f.subject());
            }
        }
        return holders;
    }
}
