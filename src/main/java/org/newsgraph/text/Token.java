package org.newsgraph.text;

import java.util.Locale;
import java.util.Objects;

/**
 * One token of an article: its text (typographic apostrophes, quotes and dashes made plain), its
 * character span (UTF-16 offsets into the article text, where the original characters stand) and its
 * folded form ({@link Normalizer#fold}), computed once because every lookup asks for it.
 *
 * <p>A token also has a few memo slots, where a word list that is asked about the same token many times
 * (the lexicon's word classes, the gazetteer's phrases, the rules' word numbers) keeps its answer: each
 * slot remembers whose answer it holds, so each owner finds its own ({@value #MEMO_SLOTS} owners at
 * most; a further owner takes the first slot). Tokens are equal by text, span and folded form; the memo
 * takes no part.
 */
public final class Token {

    private final String text;
    private final int start;
    private final int end;
    private final String folded;
    private static final int MEMO_SLOTS = 3;
    /** Owner and value pairs, filled from the start. */
    private Object[] memo;

    public Token(String text, int start, int end, String folded) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.folded = folded;
    }

    public Token(String text, int start, int end) {
        this(text, start, end, Normalizer.fold(text));
    }

    public String text() {
        return text;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String folded() {
        return folded;
    }

    /** What {@code owner} remembered about this token, or null. */
    public Object memo(Object owner) {
        Object[] m = memo;
        if (m != null) {
            for (int i = 0; i < m.length && m[i] != null; i += 2) {
                if (m[i] == owner) {
                    return m[i + 1];
                }
            }
        }
        return null;
    }

    /** Remembers {@code value} for {@code owner}, in its own slot or a free one (else the first). */
    public void memo(Object owner, Object value) {
        if (memo == null) {
            memo = new Object[2 * MEMO_SLOTS];
        }
        int at = 0;
        for (int i = 0; i < memo.length; i += 2) {
            if (memo[i] == owner || memo[i] == null) {
                at = i;
                break;
            }
        }
        memo[at] = owner;
        memo[at + 1] = value;
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
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return text.toLowerCase(Locale.ROOT).equals(word); // lower case may lengthen it ("İ")
            }
            if (i >= word.length() || (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != word.charAt(i)) {
                return false; // what follows never shortens in lower case, nor changes what came before
            }
        }
        return n == word.length();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && start == t.start && end == t.end && text.equals(t.text) && folded.equals(t.folded);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, start, end, folded);
    }

    @Override
    public String toString() {
        return "Token[text=" + text + ", start=" + start + ", end=" + end + ", folded=" + folded + "]";
    }
}
