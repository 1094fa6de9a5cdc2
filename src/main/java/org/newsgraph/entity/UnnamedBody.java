package org.newsgraph.entity;

import java.util.List;

import org.newsgraph.text.Token;

/**
 * A title owned by a body the text does not name, only a common noun of bodies before the title: "Ghana's
 * federation president", "the union chief", "South Africa's federation chief". Such a title names no office of
 * a country or of another organisation the article names elsewhere; with no name the office stays unknown.
 */
final class UnnamedBody {

    private UnnamedBody() {
    }

    /** Whether the word right before the title (at {@code titleStart}, the mention starting at {@code start}) is such a noun. */
    static boolean before(Lexicon lexicon, List<Token> t, int titleStart, int start) {
        if (start != titleStart || titleStart == 0) {
            return false;
        }
        Token w = t.get(titleStart - 1);
        return w.isWord() && !w.isCapitalized() && lexicon.is("body-noun", w) && !w.is("party");
    }
}
