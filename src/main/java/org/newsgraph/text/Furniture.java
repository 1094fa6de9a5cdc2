package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.ingest.KindValueFile;

/**
 * Page furniture that carries no facts: gallery markers, photo credits, "ADVERTISEMENT" lines. Kept
 * as data in {@code furniture.txt}. Furniture is masked with spaces, never deleted, so that every
 * offset into the article text stays true.
 */
public final class Furniture {

    private static final String RESOURCE = "/org/newsgraph/text/furniture.txt";
    private static final Pattern ESCAPES = Pattern.compile("\\\\[A-Za-z](\\{[^}]*\\})?");
    private static final Pattern UPPER_OUTSIDE_ESCAPES = Pattern.compile("[^\\p{Lu}]*");
    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("\\(\\s[^()]*\\s\\)\\s*$");

    private final List<Search> captions = new ArrayList<>();
    private final List<Search> masks = new ArrayList<>();
    private final List<Pattern> lines = new ArrayList<>();

    /**
     * A pattern searched for in a line, and what lets most lines skip it: a pattern anchored at the start
     * ({@code ^}) is tried there only, and one that opens with a literal character ({@code \(}) only in a
     * line that holds that character.
     */
    private record Search(Pattern pattern, boolean anchored, char first) {
        static Search of(String regex) {
            boolean whole = !topLevelAlternation(regex);
            boolean anchored = whole && regex.startsWith("^");
            char first = 0;
            if (whole && regex.length() >= 2 && regex.charAt(0) == '\\' && !Character.isLetterOrDigit(regex.charAt(1))
                    && (regex.length() == 2 || "?*{".indexOf(regex.charAt(2)) < 0)) {
                first = regex.charAt(1);
            }
            return new Search(Pattern.compile(regex), anchored, first);
        }

        /** Does a {@code |} outside groups and classes split the whole pattern ("^a|b" is not anchored)? */
        private static boolean topLevelAlternation(String regex) {
            int depth = 0;
            boolean inClass = false;
            for (int i = 0; i < regex.length(); i++) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (inClass) {
                    inClass = c != ']';
                } else if (c == '[') {
                    inClass = true;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == '|' && depth == 0) {
                    return true;
                }
            }
            return false;
        }

        /** Calls {@code found} with the start and end of each match in the line. */
        void find(String line, java.util.function.IntBinaryOperator found) {
            if (first != 0 && line.indexOf(first) < 0) {
                return;
            }
            Matcher m = pattern.matcher(line);
            if (anchored) {
                if (m.lookingAt()) {
                    found.applyAsInt(m.start(), m.end());
                }
                return;
            }
            while (m.find()) {
                found.applyAsInt(m.start(), m.end());
            }
        }
    }

    private Furniture() {
    }

    /** The furniture rules bundled with newsgraph. */
    public static Furniture bundled() {
        Furniture f = new Furniture();
        for (KindValueFile.Row row : KindValueFile.resource(Furniture.class, RESOURCE, "REGEX")) {
            // matched against the line in lower case: a pattern in lower case needs no case-insensitive
            // matching, which is several times slower (no fast search for its literal words)
            if (!UPPER_OUTSIDE_ESCAPES.matcher(ESCAPES.matcher(row.value()).replaceAll("")).matches()) {
                throw row.error("write the pattern in lower case (it is matched against the line in lower case)");
            }
            switch (row.kind()) {
                case "caption" -> f.captions.add(Search.of(row.value()));
                case "mask" -> f.masks.add(Search.of(row.value()));
                case "line" -> f.lines.add(Pattern.compile(row.value()));
                default -> throw row.error("unknown kind " + row.kind());
            }
        }
        return f;
    }

    /**
     * Masks the furniture of one line of text in place: {@code buf[from, to)} is the line.
     */
    void mask(char[] buf, int from, int to) {
        char[] lower = new char[to - from];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = Character.toLowerCase(buf[from + i]); // char by char: offsets stay those of the line
        }
        String line = new String(lower);
        String stripped = line.strip();
        for (Pattern p : lines) {
            if (p.matcher(stripped).matches()) {
                blank(buf, from, to);
                return;
            }
        }
        boolean[] caption = {false};
        for (Search s : captions) {
            s.find(line, (start, end) -> {
                caption[0] = true;
                blank(buf, from + start, from + end);
                return 0;
            });
        }
        for (Search s : masks) {
            s.find(line, (start, end) -> {
                blank(buf, from + start, from + end);
                return 0;
            });
        }
        if (caption[0]) {
            // a caption ends with its photo credit in parentheses: "( Copyright … )", "( AFP via Getty )"
            Matcher m = TRAILING_PARENTHESIS.matcher(line);
            if (m.find()) {
                blank(buf, from + m.start(), from + m.end());
            }
        }
    }

    private static void blank(char[] buf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] != '\n') {
                buf[i] = ' ';
            }
        }
    }
}
