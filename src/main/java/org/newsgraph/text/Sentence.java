package org.newsgraph.text;

import java.util.List;

/**
 * A sentence of an article, or a quotation together with its attribution when the quotation spans
 * several sentences: its index in the article, its span (UTF-16 offsets into the article text), its
 * text exactly as in the article, its tokens and the quotations it holds.
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, List<Quote> quotes) {

    public Sentence {
        tokens = List.copyOf(tokens);
        quotes = List.copyOf(quotes);
    }

    /** The quotation covering token {@code i}, or null. */
    public Quote quoteAt(int i) {
        for (int k = 0; k < quotes.size(); k++) { // by index: asked for every token, it makes no iterator
            Quote q = quotes.get(k);
            if (i >= q.firstToken() && i < q.endToken()) {
                return q;
            }
        }
        return null;
    }
}
