package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * The rules that tell an HTML page's article text from its furniture (navigation, cookie banners, ads,
 * share bars, related links), kept as data in {@code html-furniture.txt}, whose header documents them.
 * Immutable once loaded.
 */
final class HtmlRules {

    private static final String RESOURCE = "/org/newsgraph/ingest/html-furniture.txt";

    /** The rules bundled with newsgraph. */
    static final HtmlRules BUNDLED = bundled();

    /** CSS selectors of the element holding the article, in the order they are tried. */
    final List<String> bodies = new ArrayList<>();
    private final Set<String> tags = new HashSet<>();
    private final Set<String> roles = new HashSet<>();
    private final Set<String> words = new HashSet<>();
    private final List<List<String>> phrases = new ArrayList<>();
    /** Attribute name → the value that hides, or "" for any value. */
    private final Map<String, String> attrs = new HashMap<>();
    private final List<String> styles = new ArrayList<>();

    private HtmlRules() {
    }

    private static HtmlRules bundled() {
        HtmlRules r = new HtmlRules();
        for (KindValueFile.Row row : KindValueFile.resource(HtmlRules.class, RESOURCE, "VALUE")) {
            String value = row.value().strip();
            if (value.isEmpty()) {
                throw row.error("expected KIND<TAB>VALUE");
            }
            String v = value.toLowerCase(Locale.ROOT);
            switch (row.kind()) {
                case "body" -> r.bodies.add(value);
                case "tag" -> r.tags.add(v);
                case "role" -> r.roles.add(v);
                case "word" -> {
                    List<String> w = words(value);
                    if (w.size() == 1) {
                        r.words.add(w.get(0));
                    } else {
                        r.phrases.add(w);
                    }
                }
                case "attr" -> {
                    int eq = v.indexOf('=');
                    r.attrs.put(eq < 0 ? v : v.substring(0, eq), eq < 0 ? "" : v.substring(eq + 1));
                }
                case "style" -> r.styles.add(v.replaceAll("\\s+", ""));
                default -> throw row.error("unknown kind " + row.kind());
            }
        }
        return r;
    }

    /** Is this element furniture by its tag, a hiding attribute or its style? */
    boolean dropsAnywhere(Element e) {
        if (tags.contains(e.normalName())) {
            return true;
        }
        for (Map.Entry<String, String> a : attrs.entrySet()) {
            if (e.hasAttr(a.getKey())
                    && (a.getValue().isEmpty() || e.attr(a.getKey()).strip().equalsIgnoreCase(a.getValue()))) {
                return true;
            }
        }
        if (!styles.isEmpty() && e.hasAttr("style")) {
            String style = e.attr("style").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
            for (String s : styles) {
                if (style.contains(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Is this element furniture by its role, class or id (the rules that spare running text)? */
    boolean dropsOutsideText(Element e) {
        if (e.hasAttr("role")) {
            for (String role : e.attr("role").toLowerCase(Locale.ROOT).split("\\s+")) {
                if (roles.contains(role)) {
                    return true;
                }
            }
        }
        return matches(e.attr("class")) || matches(e.id());
    }

    private boolean matches(String attribute) {
        if (attribute.isEmpty()) {
            return false;
        }
        for (String token : attribute.split("\\s+")) {
            List<String> w = words(token);
            for (String word : w) {
                if (words.contains(word)) {
                    return true;
                }
            }
            for (List<String> phrase : phrases) {
                if (phrase.size() <= w.size() && java.util.Collections.indexOfSubList(w, phrase) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The words of a class or id: cut at characters other than letters and digits, between letters and
     * digits, and where lower case turns upper ({@code topAd}, {@code GDPRBanner}); lower-cased.
     */
    static List<String> words(String value) {
        List<String> out = new ArrayList<>();
        int n = value.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? value.charAt(i) : ' ';
            boolean alnum = Character.isLetterOrDigit(c);
            if (start >= 0) {
                char p = value.charAt(i - 1);
                boolean cut = !alnum
                        || Character.isDigit(c) != Character.isDigit(p)
                        || (Character.isUpperCase(c) && Character.isLowerCase(p))
                        || (Character.isUpperCase(p) && Character.isUpperCase(c) && i + 1 < n && Character.isLowerCase(value.charAt(i + 1)));
                if (cut) {
                    out.add(value.substring(start, i).toLowerCase(Locale.ROOT));
                    start = -1;
                }
            }
            if (alnum && start < 0) {
                start = i;
            }
        }
        return out;
    }
}
