package org.newsgraph.text;

import java.util.Locale;

/**
 * One token of an article: its text (typographic apostrophes, quotes and dashes made plain), its
 * character span (UTF-16 offsets into the article text, where the original characters stand) and its
 * folded form ({@link Normalizer#fold}), computed once because every lookup asks for it.
 */
public record Token(String text, int start, int end, String folded) {

    public Token(String text, int start, int end) {
        this(text, start, end, Normalizer.fold(text));
    }

    /** The token in lower case, with typographic apostrophes and dashes made plain. */
    public String lower() {
        return Normalizer.key(text);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }

    public boolean is(String word) {
        return text.toLowerCase(Locale.ROOT).equals(word);
    }
}
