package org.newsgraph.eval;

import java.util.List;
import java.util.Map;

/** The score of one article: per predicate, and how many gold entities were typed right. */
public record ArticleScore(String name, Map<String, PredicateScore> perPredicate, int goldEntities, int entitiesTyped,
                           List<String> entitiesMissed, List<String> extraEntities) {

    /** All predicates together. */
    public PredicateScore overall() {
        PredicateScore all = new PredicateScore();
        perPredicate.values().forEach(all::add);
        return all;
    }
}
