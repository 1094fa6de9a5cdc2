package org.newsgraph.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture that carries no facts: gallery markers, photo credits, "ADVERTISEMENT" lines. Kept
 * as data in {@code furniture.txt}. Furniture is masked with spaces, never deleted, so that every
 * offset into the article text stays true.
 */
public final class Furniture {

    private static final String RESOURCE = "/org/newsgraph/text/furniture.txt";
    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("\\(\\s[^()]*\\s\\)\\s*$");

    private final List<Pattern> captions = new ArrayList<>();
    private final List<Pattern> masks = new ArrayList<>();
    private final List<Pattern> lines = new ArrayList<>();

    private Furniture() {
    }

    /** The furniture rules bundled with newsgraph. */
    public static Furniture bundled() {
        try (InputStream in = Furniture.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Furniture parse(BufferedReader reader) throws IOException {
        Furniture f = new Furniture();
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException(RESOURCE + ":" + n + ": expected KIND<TAB>REGEX");
            }
            Pattern p = Pattern.compile(line.substring(tab + 1), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            switch (line.substring(0, tab)) {
                case "caption" -> f.captions.add(p);
                case "mask" -> f.masks.add(p);
                case "line" -> f.lines.add(p);
                default -> throw new IllegalStateException(RESOURCE + ":" + n + ": unknown kind " + line.substring(0, tab));
            }
        }
        return f;
    }

    /**
     * Masks the furniture of one line of text in place: {@code buf[from, to)} is the line.
     */
    void mask(char[] buf, int from, int to) {
        String line = new String(buf, from, to - from);
        for (Pattern p : lines) {
            if (p.matcher(line.strip()).matches()) {
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
