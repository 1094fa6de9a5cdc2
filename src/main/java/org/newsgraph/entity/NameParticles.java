package org.newsgraph.entity;

import java.util.Set;

/**
 * The small words inside personal names, before a family name ("van der Hoeven", "de Villepreux", "Ó Dálaigh",
 * "bin Othman", "al-Nour"), folded. Shared by the name reader and the rule matcher, which reads a
 * particle before a surname mention as part of the name.
 */
public final class NameParticles {

    private static final Set<String> WORDS = Set.of("van", "von", "de", "der", "den", "da", "di", "du", "le",
            "la", "bin", "binti", "bint", "al", "ibn", "dos", "das", "del", "della", "y", "ter", "ten", "el", "abu", "ben", "o", "ni", "nic", "ui");

    private NameParticles() {
    }

    /** Is the (folded) word a name particle? */
    public static boolean is(String folded) {
        return WORDS.contains(folded);
    }
}
