package org.newsgraph.text;

import java.util.List;

/**
 * Curly single quotation marks used as quotation marks: ‘We will not give up,’ she said. An opening mark
 * (U+2018) that no letter or digit precedes and a letter, digit or ellipsis follows is paired with the first
 * closing mark (U+2019) after it that no letter or digit follows and that punctuation touches ("up,’" or
 * "’." or the end of the line); failing that, with the last closing mark before the next opening mark
 * that no letter follows. A phrase set off in single marks ("calls for ‘new generation’") is no quotation: it
 * needs four words or punctuation before its closing mark. An apostrophe inside a word ("don’t", "Kyiv’s")
 * neither opens nor closes, and
 * single marks inside a double-quoted passage are a quotation inside a quotation, left alone. The
 * pair is written as double quotation marks in the normalised text, so that it is read as any quotation.
 */
final class SingleQuotes {

    private static final char OPEN = '\u2018';
    private static final char CLOSE = '\u2019';
    private static final int MIN_WORDS = 4;

    private SingleQuotes() {
    }

    /** Marks the pairs of the line {@code [from, to)} of {@code text} as double quotation marks in {@code buf}. */
    static void mark(String text, char[] buf, int from, int to) {
        List<int[]> doubles = TextAnalyzer.quoteSpans(new String(buf, from, to - from));
        int i = from;
        while (i < to) {
            if (text.charAt(i) != OPEN || !opens(text, i, from, to) || inside(doubles, i - from)) {
                i++;
                continue;
            }
            int close = closing(text, i, to);
            if (close < 0 || !spoken(text, i, close)) {
                i++;
                continue;
            }
            buf[i] = '"';
            buf[close] = '"';
            i = close + 1;
        }
    }

    private static boolean opens(String text, int i, int from, int to) {
        return (i == from || !Character.isLetterOrDigit(text.charAt(i - 1))) && i + 1 < to
                && (Character.isLetterOrDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '\u2026' || text.charAt(i + 1) == '.');
    }

    private static int closing(String text, int open, int to) {
        int weak = -1;
        for (int j = open + 2; j < to; j++) {
            char c = text.charAt(j);
            if (c == OPEN && opens(text, j, open, to)) {
                break; // the next quotation opens: this one closed before it, or never
            }
            if (c != CLOSE || j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))) {
                continue;
            }
            char before = text.charAt(j - 1);
            char after = j + 1 < to ? text.charAt(j + 1) : '.';
            if (isPunctuation(before) || isPunctuation(after) || j + 1 == to) {
                return j;
            }
            if (!Character.isWhitespace(before)) {
                weak = j; // "‘a disgrace’ and …", or a plural's possessive ("the leaders’ summit")
            }
        }
        return weak;
    }

    /**
     * Words someone said rather than a phrase set off ("calls for ‘new generation’", "‘informal’ talks"): four words
     * at least, or punctuation before the closing mark ("‘We,’ she said").
     */
    private static boolean spoken(String text, int open, int close) {
        char last = text.charAt(close - 1);
        if (last == ',' || last == '.' || last == '!' || last == '?' || last == '\u2026') {
            return true;
        }
        return text.substring(open + 1, close).strip().split("\\s+").length >= MIN_WORDS;
    }

    private static boolean isPunctuation(char c) {
        return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '\u2026';
    }

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] s : spans) {
            if (s[0] < at && at < s[1]) {
                return true;
            }
        }
        return false;
    }
}
