package org.newsgraph.relation;

import java.util.BitSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers for the words rules name, so that matching a rule's word against a sentence's word is a bit
 * test rather than a string lookup: a rule's word holds the numbers of its forms, and each word of a
 * sentence is looked up once. Words are numbered as rules are read; thread-safe.
 */
final class WordIds {

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();

    private WordIds() {
    }

    /** The numbers of the forms, each numbered on first sight. */
    static BitSet of(Set<String> forms) {
        BitSet ids = new BitSet();
        for (String f : forms) {
            ids.set(number(f));
        }
        return ids;
    }

    /** The number of a (folded) word, numbered on first sight. */
    static int number(String folded) {
        return IDS.computeIfAbsent(folded, k -> IDS.size());
    }

    /** Whose answers a token remembers ({@link org.newsgraph.text.Token#memo}). */
    private static final Object OWNER = new Object();

    /** The number of a token's folded form, or -1 when no rule names it; remembered by the token. */
    static int of(org.newsgraph.text.Token token) {
        Object id = token.memo(OWNER);
        if (id == null) {
            id = lookup(token.folded());
            token.memo(OWNER, id);
        }
        return (Integer) id;
    }

    /** The number of a (folded) word of a sentence, or -1 when no rule names it. */
    static int lookup(String folded) {
        Integer id = IDS.get(folded);
        return id == null ? -1 : id;
    }
}
