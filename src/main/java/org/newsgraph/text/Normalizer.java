package org.newsgraph.text;

import java.text.Normalizer.Form;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normal forms of words used to look them up: lower case, plain apostrophes, no diacritics. */
public final class Normalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Normalizer() {
    }

    /** Lower case with typographic apostrophes, quotes and dashes made plain; diacritics kept. */
    public static String key(String s) {
        if (isKey(s)) {
            return s;
        }
        char[] b = new char[s.length()];
        boolean ascii = true;
        for (int i = 0; i < b.length; i++) {
            char c = plain(s.charAt(i));
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (c >= 0x80) {
                ascii = false;
            }
            b[i] = c;
        }
        return ascii ? new String(b) : new String(b).toLowerCase(Locale.ROOT);
    }

    /** Already a key: no upper case and no typographic character (most words of a text). */
    private static boolean isKey(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c == '`' || (c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** {@link #key} without diacritics: "Orbán" and "Orban" fold together. */
    public static String fold(String s) {
        String k = key(s);
        for (int i = 0; i < k.length(); i++) {
            if (k.charAt(i) > 0x7f) {
                return MARKS.matcher(java.text.Normalizer.normalize(k, Form.NFD)).replaceAll("");
            }
        }
        return k;
    }

    /** A typographic character replaced by its plain equivalent, one char for one, so offsets hold. */
    public static char plain(char c) {
        switch (c) {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '`':
                return '\'';
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB':
                return '"';
            case '\u2010': case '\u2011': case '\u2012':
                return '-';
            case '\u00A0': case '\u2009': case '\u202F':
                return ' ';
            default:
                return c;
        }
    }
}
