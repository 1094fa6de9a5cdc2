package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A quotation split by its attribution: "We," Anna Weber said, "will not give up." is one quotation, "We
 * will not give up." The first part ends with a comma inside its marks, the attribution between the parts
 * is short and ends with a comma, and the second part goes on in lower case. The first part then carries
 * the whole quotation and the second none (an empty text, which states nothing), so that the quotation
 * is read once, with the attribution that follows its start.
 */
final class SplitQuote {

    /** At most so many characters of attribution between the parts: ", Anna Weber, the chancellor, said, ". */
    private static final int MAX_BETWEEN = 80;

    private SplitQuote() {
    }

    static List<Quote> join(String text, List<Quote> quotes) {
        if (quotes.size() < 2) {
            return quotes;
        }
        List<Quote> out = new ArrayList<>(quotes);
        for (int k = 0; k + 1 < out.size(); k++) {
            Quote a = out.get(k);
            Quote b = out.get(k + 1);
            if (a.text().isEmpty() || b.text().isEmpty() || !continues(text, a, b)) {
                continue;
            }
            out.set(k, new Quote(a.text() + " " + b.text(), a.start(), a.end(), a.firstToken(), a.endToken()));
            out.set(k + 1, new Quote("", b.start(), b.end(), b.firstToken(), b.endToken()));
            k++;
        }
        return out;
    }

    private static boolean continues(String text, Quote a, Quote b) {
        if (a.end() < 2 || b.start() - a.end() > MAX_BETWEEN || b.start() <= a.end()) {
            return false;
        }
        if (text.charAt(a.end() - 2) != ',') {
            return false; // "We," — the first part breaks off with a comma inside its marks
        }
        String between = text.substring(a.end(), b.start()).strip();
        if (!between.endsWith(",") || between.length() < 3 || !Character.isLetter(between.charAt(0)) && between.charAt(0) != ',') {
            return false;
        }
        String second = b.text();
        return !second.isEmpty() && Character.isLowerCase(second.charAt(0));
    }
}
