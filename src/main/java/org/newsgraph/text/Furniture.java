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
     * ({@code ^}) is tried there only, and one whose every match holds some literal text (the ":" and "/" of
     * "photo: agency/name", the "(" of a credit in brackets) only in a line that holds it.
     */
    record Search(Pattern pattern, boolean anchored, List<String> required) {
        static Search of(String regex) {
            List<String> runs = literalRuns(regex);
            return new Search(Pattern.compile(regex), runs != null && regex.startsWith("^"), runs == null ? List.of() : runs);
        }

        /**
         * The literal runs every match holds: characters outside groups and classes that no quantifier makes
         * optional or repeats, cut where anything else stands. Conservative: an escape such as {@code \s}, a
         * group, a class, {@code .}, an anchor or a quantifier ends a run (and a quantified character is dropped).
         * None when a {@code |} outside groups splits the whole pattern ("a|b", "^a|b").
         */
        static List<String> requiredText(String regex) {
            List<String> runs = literalRuns(regex);
            return runs == null ? List.of() : runs;
        }

        /** {@link #requiredText}, or null when a {@code |} outside groups splits the pattern (nor is it anchored then). */
        private static List<String> literalRuns(String regex) {
            List<String> out = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            int i = 0;
            while (i < regex.length()) {
                char c = regex.charAt(i);
                if (c == '(' || c == '[') {
                    flush(run, out);
                    i = skipBracketed(regex, i);
                    continue;
                }
                if (c == '?' || c == '*' || c == '+' || c == '{') {
                    if (run.length() > 0 && i > 0 && regex.charAt(i - 1) != ')' && regex.charAt(i - 1) != ']') {
                        run.setLength(run.length() - 1); // "photos?": the "s" may be missing
                    }
                    flush(run, out);
                    i = c == '{' ? regex.indexOf('}', i) + 1 : i + 1;
                    if (i == 0) {
                        return List.of(); // an unclosed brace: require nothing
                    }
                    continue;
                }
                if (c == '\\' && i + 1 < regex.length()) {
                    char e = regex.charAt(i + 1);
                    if (Character.isLetterOrDigit(e)) {
                        flush(run, out); // \s, \d, \p{…}, \b: a class or an assertion, no literal
                        i += e == 'p' || e == 'P' ? Math.max(2, regex.indexOf('}', i) + 1 - i) : 2;
                    } else {
                        run.append(e); // \( \. \/: the character itself
                        i += 2;
                    }
                    continue;
                }
                if (c == '|') {
                    return null; // groups and classes are skipped whole: this one splits the pattern
                }
                if (c == '.' || c == '^' || c == '$' || c == ')' || c == ']') {
                    flush(run, out);
                } else {
                    run.append(c);
                }
                i++;
            }
            flush(run, out);
            return List.copyOf(out);
        }

        private static void flush(StringBuilder run, List<String> out) {
            if (run.length() > 0) {
                out.add(run.toString());
                run.setLength(0);
            }
        }

        /** The index after the group or class opening at {@code from} (escapes and nested groups skipped). */
        private static int skipBracketed(String regex, int from) {
            boolean inClass = regex.charAt(from) == '[';
            int depth = inClass ? 0 : 1;
            int i = from + 1;
            while (i < regex.length()) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (inClass) {
                    if (c == ']' && i > from + 1) {
                        inClass = false;
                        if (depth == 0) {
                            return i + 1;
                        }
                    }
                } else if (c == '[') {
                    inClass = true;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i + 1;
                }
                i++;
            }
            return regex.length();
        }

        /** The matches in the line, as (start, end) pairs; none for most lines. */
        List<int[]> find(String line) {
            for (String r : required) {
                if (!line.contains(r)) {
                    return List.of();
                }
            }
            Matcher m = pattern.matcher(line);
            if (anchored) {
                return m.lookingAt() ? List.of(new int[] {m.start(), m.end()}) : List.of();
            }
            List<int[]> out = new ArrayList<>();
            while (m.find()) {
                out.add(new int[] {m.start(), m.end()});
            }
            return out;
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
        boolean caption = false;
        for (Search s : captions) {
            for (int[] span : s.find(line)) {
                caption = true;
                blank(buf, from + span[0], from + span[1]);
            }
        }
        for (Search s : masks) {
            for (int[] span : s.find(line)) {
                blank(buf, from + span[0], from + span[1]);
            }
        }
        if (caption) {
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
