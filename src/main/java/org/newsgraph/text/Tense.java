package org.newsgraph.text;

import java.util.Set;

/** The tense a sentence speaks in, read from its words: enough to tell "will replace" from "replaced". */
public final class Tense {

    /** Words that put a sentence in the future: "will take office", "is due to start", "is set to become". */
    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "set", "due", "poised");
    /** Words that make it an intention or a possibility rather than a fact: "would replace", "may succeed". */
    private static final Set<String> INTENDED = Set.of("would", "expected", "could", "may");

    private Tense() {
    }

    /** Does the sentence speak of the future? */
    public static boolean future(Sentence s) {
        return any(s, FUTURE);
    }

    /** Does it speak of the future, or of what would, could or is expected to happen? */
    public static boolean futureOrIntended(Sentence s) {
        return any(s, FUTURE) || any(s, INTENDED);
    }

    private static boolean any(Sentence s, Set<String> words) {
        for (Token t : s.tokens()) {
            if (words.contains(t.folded())) {
                return true;
            }
        }
        return false;
    }
}
