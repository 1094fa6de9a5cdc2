package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.text.Normalizer;

/**
 * The other names of an office's title, which users and annotators write as often as the one its label gives:
 * <ul>
 * <li>a portfolio written before the title is also written after it ({@code portfolios.tsv}): the "Finance Minister" is
 *     the "Minister of Finance" and the "Minister for Finance", the "Foreign Minister" the "Minister of Foreign Affairs",
 *     the "Trade Commissioner" the "Commissioner for Trade"; and the other way round;</li>
 * <li>a title has its variants ({@code title-variants.tsv}): the "Chair" is also the "Chairman", the "Secretary General"
 *     the "Secretary-General".</li>
 * </ul>
 * A rank before the title is kept: the "Deputy Health Minister" is the "Deputy Minister of Health".
 */
public final class OfficeNames {

    /**
     * The titles a portfolio is written with, and the words that join the portfolio after them: a minister "of" or "for"
     * it, a commissioner "for" it, a secretary "of" it.
     */
    private static final Map<String, List<String>> ROLES = Map.of(
            "Minister", List.of("of", "for"),
            "Commissioner", List.of("for"),
            "Secretary", List.of("of"));
    /** The titles a portfolio is written with, before or after: "Finance Minister", "Commissioner for Trade". */
    private static final List<String> ROLE_WORDS = List.of("Minister", "Commissioner", "Secretary");
    private static final Pattern BEFORE = Pattern.compile("(.+) (" + String.join("|", ROLE_WORDS) + ")");
    private static final Pattern AFTER = Pattern.compile("(" + String.join("|", ROLE_WORDS) + ") (of|for) (.+)");

    /** A portfolio's names by the word a title writes it with: "Foreign" -> "Foreign Affairs", "External Affairs". */
    private final Map<String, List<String>> portfolios = new LinkedHashMap<>();
    /** The portfolio of each name (folded, without "the"): "foreign affairs" -> "Foreign". */
    private final Map<String, String> portfolioOfName = new LinkedHashMap<>();
    /** Each title's variants, every one of a group for every other: "Chair" -> "Chairman", "Chairperson", …. */
    private final Map<String, List<String>> variants = new LinkedHashMap<>();
    /** The portfolios case-folded ({@link #caseFold}), for {@link #isPortfolio}. */
    private final java.util.Set<String> portfoliosFolded = new java.util.HashSet<>();
    /** {@link #otherTitles} of the titles asked about, remembered (up to {@value #MAX_REMEMBERED}); thread-safe. */
    private final Map<String, List<String>> otherTitlesOf = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 20_000;

    /** Adds a portfolio with its names, the usual first. */
    void addPortfolio(String portfolio, List<String> names) {
        portfolios.put(portfolio, List.copyOf(names));
        portfoliosFolded.add(caseFold(portfolio));
        otherTitlesOf.clear();
        for (String n : names) {
            portfolioOfName.putIfAbsent(key(n), portfolio);
        }
        portfolioOfName.putIfAbsent(key(portfolio), portfolio);
    }

    /** Is the word a portfolio a title is written with ("health" of "health commissioner")? */
    public boolean isPortfolio(String word) {
        return portfoliosFolded.contains(caseFold(word));
    }

    /** Each character folded as {@link String#equalsIgnoreCase} compares them: two words fold alike when it finds them equal. */
    private static String caseFold(String word) {
        char[] c = new char[word.length()];
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(Character.toUpperCase(word.charAt(i)));
        }
        return new String(c);
    }

    /** The title without a portfolio written before it: "Trade Commissioner" -> "Commissioner"; any other as it is. */
    public String withoutPortfolio(String title) {
        for (String role : ROLE_WORDS) {
            // BEFORE without a regular expression: a portfolio, a space and a role word
            int at = title.length() - role.length() - 1;
            if (at > 0 && title.endsWith(role) && title.charAt(at) == ' ' && portfolios.containsKey(title.substring(0, at))) {
                return role;
            }
        }
        return title;
    }

    /** Adds a title and the same title written otherwise. */
    void addVariants(String title, List<String> others) {
        otherTitlesOf.clear();
        List<String> group = new ArrayList<>();
        group.add(title);
        group.addAll(others);
        for (String t : group) {
            List<String> l = variants.computeIfAbsent(t, k -> new ArrayList<>());
            for (String o : group) {
                if (!o.equals(t) && !l.contains(o)) {
                    l.add(o);
                }
            }
        }
    }

    /**
     * The other names of a title, in a fixed order, without the title itself: "Finance Minister" -> "Minister of Finance",
     * "Minister for Finance"; "Deputy Secretary General" -> "Deputy Secretary-General".
     */
    public List<String> otherTitles(String title) {
        List<String> known = otherTitlesOf.get(title);
        if (known == null) {
            known = findOtherTitles(title);
            if (otherTitlesOf.size() < MAX_REMEMBERED) {
                otherTitlesOf.put(title, known);
            }
        }
        return known;
    }

    private List<String> findOtherTitles(String title) {
        Set<String> out = new LinkedHashSet<>();
        String[] words = title.split(" ");
        for (int i = 0; i < words.length; i++) {
            // the words before i are a rank that stays as written: "Deputy", "First Deputy", "Vice"
            String rank = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
            String core = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            String before = rank.isEmpty() ? "" : rank + " ";
            for (String v : variantsOf(core)) {
                out.add(before + v);
            }
            for (String p : portfolioNames(core)) {
                out.add(before + p);
            }
        }
        out.remove(title);
        return List.copyOf(out);
    }

    /** The office's other names: its title's other names with the rest of its name ("… of Austria"). */
    public List<String> otherNames(Entity office) {
        OfficeTitle title = office.title();
        if (title == null || !office.name().startsWith(title.name())) {
            return List.of();
        }
        String rest = office.name().substring(title.name().length());
        List<String> others = otherTitles(title.name());
        List<String> out = new ArrayList<>();
        for (String t : others) {
            out.add(t + rest);
        }
        boolean ofPolity = office.polity() != null
                && (rest.equals(" of " + office.polity().name()) || rest.equals(" of the " + office.polity().name()));
        List<String> titles = new ArrayList<>();
        titles.add(title.name());
        titles.addAll(others);
        for (String acronym : ofPolity ? acronymsOf(office.polity()) : List.<String>of()) {
            for (String t : titles) {
                out.add(acronym + " " + t); // "WHO Regional Director for Africa", "NATO Secretary General"
            }
        }
        int forAt = title.name().indexOf(" for ");
        if (ofPolity && forAt > 0 && office.polity().type() != EntityType.COUNTRY) {
            // "Regional Director of UNICEF for West and Central Africa": the post's region or portfolio after its body
            out.add(title.name().substring(0, forAt) + rest + title.name().substring(forAt));
        }
        return out;
    }

    /** The acronyms a body goes by, which are written before its offices' titles: "NATO", "WHO", "EIB"; none of a country. */
    private static List<String> acronymsOf(Entity polity) {
        if (polity == null || polity.type() == EntityType.COUNTRY) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (isAcronym(polity.name())) {
            out.add(polity.name());
        }
        if (polity.entry() != null) {
            for (String a : polity.entry().aliases()) {
                if (isAcronym(a)) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    private static boolean isAcronym(String name) {
        return name.length() >= 2 && name.length() <= 8 && name.matches("\\p{Lu}[\\p{Lu}0-9]+");
    }

    /** "Chair of the Board" -> "Chairman of the Board", …: a variant of the title that the words start with. */
    private List<String> variantsOf(String core) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : variants.entrySet()) {
            String t = e.getKey();
            if (core.equals(t) || core.startsWith(t + " ")) {
                for (String v : e.getValue()) {
                    out.add(v + core.substring(t.length()));
                }
            }
        }
        return out;
    }

    /** "Finance Minister" -> "Minister of Finance", "Minister for Finance"; "Minister of Finance" -> "Finance Minister", …. */
    private List<String> portfolioNames(String core) {
        String portfolio = null;
        String role = null;
        Matcher before = BEFORE.matcher(core);
        Matcher after = AFTER.matcher(core);
        if (before.matches() && portfolios.containsKey(before.group(1))) {
            portfolio = before.group(1);
            role = before.group(2);
        } else if (before.matches() && isJoined(before.group(1))) {
            String joined = before.group(1);
            List<String> out = new ArrayList<>();
            for (String joiner : ROLES.get(before.group(2))) {
                out.add(before.group(2) + " " + joiner + " " + joined); // "Minister of Energy and Mineral Resources"
            }
            return out;
        } else if (after.matches() && ROLES.get(after.group(1)).contains(after.group(2))
                && portfolioOfName.containsKey(key(after.group(3)))) {
            portfolio = portfolioOfName.get(key(after.group(3)));
            role = after.group(1);
        }
        if (portfolio == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add(portfolio + " " + role);
        for (String name : portfolios.get(portfolio)) {
            for (String joiner : ROLES.get(role)) {
                out.add(role + " " + joiner + " " + name);
            }
        }
        return out;
    }

    /** Portfolios joined by "and", the first one a known portfolio: "Energy and Mineral Resources". */
    private boolean isJoined(String portfolio) {
        int and = portfolio.indexOf(" and ");
        return and > 0 && portfolios.containsKey(portfolio.substring(0, and));
    }

    private static String key(String name) {
        return Normalizer.fold(name).replaceFirst("^the ", "");
    }
}
