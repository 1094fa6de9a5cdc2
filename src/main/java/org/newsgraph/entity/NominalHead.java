package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.newsgraph.text.Normalizer;

/**
 * A definite description of a body ("the bank", "the party", "the fund") stands for the latest body the
 * article named whose name holds that noun ("Bank of Ghana"), rather than just the latest body named.
 */
final class NominalHead {

    private NominalHead() {
    }

    /**
     * The most recent polity of the type (an organisation also takes an alliance's place, as before) whose
     * name holds the head noun, or null when none does.
     */
    static Entity latestNamedBy(Collection<Entity> recentFirst, EntityType type, String head) {
        String h = Normalizer.fold(head);
        for (Entity e : recentFirst) {
            if (e.type() != type && !(type == EntityType.ORGANIZATION && e.type() == EntityType.ALLIANCE)) {
                continue;
            }
            List<String> names = new ArrayList<>();
            names.add(e.name());
            if (e.entry() != null) {
                names.addAll(e.entry().aliases()); // "the bank" after "Banco de la República", also "Bank of the Republic"
            }
            for (String n : names) {
                for (String w : n.split("[\\s-]+")) {
                    String f = Normalizer.fold(w);
                    if (f.equals(h) || f.equals(h + "s")) {
                        return e;
                    }
                }
            }
        }
        return null;
    }
}
