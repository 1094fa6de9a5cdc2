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

    private final List<Pattern> captions = new ArrayList<>();
    private final List<Pattern> masks = new ArrayList<>();
    private final List<Pattern> lines = new ArrayList<>();

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
            Pattern p = Pattern.compile(row.value());
            switch (row.kind()) {
                case "caption" -> f.captions.add(p);
                case "mask" -> f.masks.add(p);
                case "line" -> f.lines.add(p);
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
        for (Pattern p : captions) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                caption = true;
                blank(buf, from + m.start(), from + m.end());
            }
        }
        for (Pattern p : masks) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                blank(buf, from + m.start(), from + m.end());
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
