package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

import org.apache.jena.irix.IRIs;
import org.apache.jena.irix.IRIException;

/**
 * Mints IRIs under a base, always valid whatever the text: names become lower-case ASCII slugs
 * ("Viktor Orbán" → {@code viktor-orban}); letters outside Latin script are kept percent-encoded.
 */
public final class Iris {

    private final String base;

    public Iris(String base) {
        this.base = checkBase(base);
    }

    public String base() {
        return base;
    }

    /** Checks a base IRI: absolute, and ending in '/' or '#'. */
    public static String checkBase(String base) {
        if (base == null || !(base.endsWith("/") || base.endsWith("#"))) {
            throw new IllegalArgumentException("base IRI must end with '/' or '#': " + base);
        }
        try {
            if (!IRIs.check(base) || !IRIs.reference(base).isAbsolute()) {
                throw new IllegalArgumentException("not an absolute IRI: " + base);
            }
        } catch (IRIException e) {
            throw new IllegalArgumentException("not a valid IRI: " + base);
        }
        if (!base.startsWith("http://") && !base.startsWith("https://") && !base.startsWith("urn:")) {
            throw new IllegalArgumentException("base IRI must start with http://, https:// or urn: " + base);
        }
        return base;
    }

    /** {@code base + path + "/" + slug(name)}. */
    public String mint(String path, String name) {
        return base + path + "/" + slug(name);
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /** ASCII only: its compatibility decomposition is itself (most names). */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** A slug: lower case, diacritics dropped, runs of other characters made one '-'. */
    public static String slug(String text) {
        String s = (isAscii(text) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll(""))
                .toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
                b.appendCodePoint(cp);
                dash = false;
            } else if (Character.isLetterOrDigit(cp)) {
                for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(String.format("%02X", x & 0xff));
                }
                dash = false;
            } else if (!dash && b.length() > 0) {
                b.append('-');
                dash = true;
            }
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '-') {
            b.setLength(b.length() - 1);
        }
        if (b.length() > 120) {
            String h = hash(s);
            b.setLength(100);
            b.append('-').append(h, 0, 12);
        }
        return b.length() == 0 ? "x-" + hash(text).substring(0, 16) : b.toString();
    }

    /** SHA-256 of a string, in hex. */
    public static String hash(String s) {
        Hasher h = HASHER.get();
        if (s == h.lastInput) {
            return h.lastHash; // an article's text is hashed for its IRI and for its identifier: once
        }
        String hex = HEX.formatHex(h.sha256.digest(s.getBytes(StandardCharsets.UTF_8)));
        h.lastInput = s;
        h.lastHash = hex;
        return hex;
    }

    private static final HexFormat HEX = HexFormat.of();

    /** Each thread's digest (made once, not looked up by name for every IRI) and the last string it hashed. */
    private static final ThreadLocal<Hasher> HASHER = ThreadLocal.withInitial(Hasher::new);

    private static final class Hasher {
        final MessageDigest sha256;
        String lastInput;
        String lastHash;

        Hasher() {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
