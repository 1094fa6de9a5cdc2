package org.newsgraph.entity;

import java.util.List;

import org.newsgraph.text.Token;

/**
 * A name the text introduces as a body by an apposition: "Fair Trials, a campaign group that …", "Fedesarrollo,
 * the Bogotá think tank", or by a body noun before it: "state oil company Pertamina". The name is an organisation's,
 * however much it looks like a person's.
 */
final class BodyApposition {

    /** How many words may stand between the article and the body noun ("a London-based campaign group"). */
    private static final int MODIFIERS = 3;

    private BodyApposition() {
    }

    /**
     * Does "[a|the|of] [modifiers] BODY-NOUN" come right before the name that starts at token {@code start}: "a former chief
     * executive of state oil company Pertamina", "the rights group Fair Trials"?
     */
    static boolean precedes(List<Token> t, int start, Lexicon lexicon) {
        if (start < 2 || !t.get(start - 1).isWord() || t.get(start - 1).isCapitalized() || !lexicon.is("body-noun", t.get(start - 1))) {
            return false;
        }
        for (int k = start - 2; k >= 0 && k >= start - 2 - MODIFIERS; k--) {
            Token w = t.get(k);
            String f = w.text().toLowerCase(java.util.Locale.ROOT);
            if (f.equals("a") || f.equals("an") || f.equals("the") || f.equals("of") || f.equals("at") || f.equals("for")) {
                return true;
            }
            if (!w.isWord() && !w.text().equals("-") || w.isCapitalized() || lexicon.is("person-noun", w) || f.equals("'s")) {
                return false;
            }
        }
        return false;
    }

    /** Does ", a|an|the [modifiers] BODY-NOUN" follow the name that ends before token {@code end}? */
    static boolean follows(List<Token> t, int end, Lexicon lexicon) {
        if (end + 2 >= t.size() || !t.get(end).text().equals(",")) {
            return false;
        }
        String det = t.get(end + 1).text().toLowerCase(java.util.Locale.ROOT);
        if (!det.equals("a") && !det.equals("an") && !det.equals("the")) {
            return false;
        }
        for (int k = end + 2; k < t.size() && k <= end + 2 + MODIFIERS; k++) {
            Token w = t.get(k);
            if (!w.isWord() && !w.text().equals("-")) {
                return false;
            }
            if (lexicon.is("body-noun", w)) {
                int after = k + 1;
                while (after < t.size() && lexicon.is("body-noun", t.get(after))) {
                    after++; // "a campaign group"
                }
                // the noun ends the phrase: not "a union leader", not "the group's director"
                return after >= t.size() || !t.get(after).isWord() && !t.get(after).text().equals("'s")
                        || lexicon.is("body-noun-follower", t.get(after));
            }
            if (lexicon.is("preposition", w) || lexicon.is("person-noun", w) || w.text().equals("'s")) {
                return false;
            }
        }
        return false;
    }
}
