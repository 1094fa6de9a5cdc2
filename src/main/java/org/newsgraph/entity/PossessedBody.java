package org.newsgraph.entity;

import java.util.List;
import java.util.Locale;

import org.newsgraph.text.Token;

/**
 * A body the text names by its owner's possessive and a common noun: "the European Parliament's civil liberties
 * committee, whose chair …". The chair is the committee's, not the Parliament's: the office is named "Chair of the
 * Civil Liberties Committee" of the European Parliament. Where no owner is named ("the civil liberties committee,
 * whose chair"), the title belongs to no body the text names.
 */
final class PossessedBody {

    /** How many words may describe the body before its noun ("civil liberties committee"). */
    private static final int MODIFIERS = 3;

    /** The body's words [from, to) and where its owner's possessive ends ({@code ownerEnd}, -1 if none). */
    record Span(int from, int to, int ownerEnd) {

        /** "Civil Liberties Committee": the body's words, capitalised. */
        String name(List<Token> t) {
            StringBuilder b = new StringBuilder();
            for (int k = from; k < to; k++) {
                String w = t.get(k).text();
                b.append(b.length() == 0 ? "" : " ").append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
            }
            return b.toString();
        }
    }

    private PossessedBody() {
    }

    /**
     * The body ending before ", whose" at token {@code whose}: lower-case words ending in a body noun, after an
     * owner's "'s" or a determiner; null if the words before are no such phrase.
     */
    static Span before(Lexicon lexicon, List<Token> t, int whose) {
        int end = whose - 1;
        if (end < 1 || !t.get(end).text().equals(",")) {
            return null;
        }
        Token noun = t.get(end - 1);
        if (!noun.isWord() || noun.isCapitalized() || !lexicon.is("body-title-noun", noun)) {
            return null;
        }
        int from = end - 1;
        while (from - 1 >= 0 && end - 1 - from < MODIFIERS && t.get(from - 1).isWord() && !t.get(from - 1).isCapitalized()
                && !lexicon.is("preposition", t.get(from - 1)) && !lexicon.is("capitalized-function-word", t.get(from - 1))
                && !t.get(from - 1).text().equals("'s")) {
            from--;
        }
        if (from >= 1 && t.get(from - 1).text().equals("'s")) {
            return new Span(from, end, from);
        }
        return from >= 1 && lexicon.is("capitalized-function-word", t.get(from - 1)) ? new Span(from, end, -1) : null;
    }
}
