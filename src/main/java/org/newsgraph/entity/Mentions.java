package org.newsgraph.entity;

import java.util.List;

/** Lookups in a sentence's mentions by token position, shared by the readings that work on them. */
final class Mentions {

    private Mentions() {
    }

    /** The first mention that starts at token {@code k}, or null. */
    static Mention startingAt(List<Mention> ms, int k) {
        for (Mention m : ms) {
            if (m.start() == k) {
                return m;
            }
        }
        return null;
    }

    /** A resolved country mention that ends just before token {@code k}, or null. */
    static Mention countryEndingAt(List<Mention> ms, int k) {
        for (Mention m : ms) {
            if (m.end() == k && m.type() == EntityType.COUNTRY && m.entity() != null) {
                return m;
            }
        }
        return null;
    }

    /** Whether a mention covers token {@code k}. */
    static boolean covers(List<Mention> ms, int k) {
        for (int i = 0; i < ms.size(); i++) { // by index: asked for every token, it makes no iterator
            Mention m = ms.get(i);
            if (m.start() <= k && k < m.end()) {
                return true;
            }
        }
        return false;
    }
}
