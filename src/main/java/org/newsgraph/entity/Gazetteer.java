package org.newsgraph.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.newsgraph.text.Normalizer;
import org.newsgraph.text.Token;

/**
 * The names newsgraph knows, kept as TSV files with a header: countries (with their aliases,
 * demonyms and capitals), alliances and organisations (with acronyms and the title of their head),
 * office titles, well-known persons, and given names. Looked up by the longest phrase that starts at a
 * token. Immutable and thread-safe once built.
 */
public final class Gazetteer {

    /**
     * What a phrase of the text can be. A REGION's name (a state, province or city, see regions.tsv) is found only
     * when asked for by kind: it may be a country's, a capital's or a person's name as well ("Georgia", "Victoria").
     */
    public enum Kind { NAME, DEMONYM, CAPITAL, TITLE, REGION }

    /** A phrase of the gazetteer: its folded words and what it names. */
    public record Phrase(String[] words, boolean caseSensitive, Kind kind, GazetteerEntry entry, OfficeTitle title, String[] folded) {
        public Phrase(String[] words, boolean caseSensitive, Kind kind, GazetteerEntry entry, OfficeTitle title) {
            this(words, caseSensitive, kind, entry, title, foldAll(words));
        }

        private static String[] foldAll(String[] words) {
            String[] f = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                f[i] = Normalizer.fold(words[i]);
            }
            return f;
        }

        /** The first entry word, as written: to tell "US" from "us" and "WHO" from "who". */
        String form(int i) {
            return words[i];
        }
    }

    /** A phrase found in a sentence: tokens {@code [start, end)}. */
    public record Match(Phrase phrase, int start, int end) {
    }

    private static final String DIR = "/org/newsgraph/gazetteer/";

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    /** The phrases of {@link #byFirstWord} by their first and second words, and those of one word, in its order. */
    /** By first word (folded): the phrases of two words or more by their second word, and the one-word phrases. */
    private final Map<String, Starts> starts = new HashMap<>();
    private final Map<String, Gender> givenNames = new HashMap<>();
    private final Map<String, OfficeTitle> titlesByName = new HashMap<>();
    /** The last word of every title's key: a word that ends no title needs no lookup of longer phrases. */
    private final java.util.Set<String> titleLastWords = new java.util.HashSet<>();
    private final List<GazetteerEntry> entries = new ArrayList<>();
    private final Map<String, GazetteerEntry> byName = new HashMap<>();
    /** Family names of traditions that write them first ("Tran Duc Minh" is Mr Tran), folded. */
    private final java.util.Set<String> familyNamesFirst = new java.util.HashSet<>();
    /** The body of a polity a title belongs to: "European Union|commissioner" -> European Commission. */
    private final Map<String, String> titleBodies = new HashMap<>();
    /** A title written one way that names a country's office by another, by written title (folded); see title-styles.tsv. */
    private final Map<String, TitleStyle> titleStyles = new HashMap<>();

    /** A written title's office in a country, and the countries (folded) that keep the written title. */
    private record TitleStyle(String title, java.util.Set<String> except) {
    }
    /** The country of each political party: several countries have a "Conservative Party". */
    private final Map<GazetteerEntry, String> partyCountry = new HashMap<>();
    /** The chambers of national legislatures, by entry and by country (folded). */
    private final Map<GazetteerEntry, Legislature> legislatures = new HashMap<>();
    private final Map<String, List<Legislature>> legislaturesByCountry = new HashMap<>();
    /** The one country whose office a title names, by title: "Taoiseach" -> Ireland (offices.tsv). */
    private final Map<String, String> titleCountries = new HashMap<>();
    /** The head's title of a body the gazetteer does not list, by the folded last words of its name (body-heads.tsv). */
    private final Map<String, String> headsByEnding = new java.util.LinkedHashMap<>();
    /** The other names of titles: portfolios written after the title, variants of a title (see {@link OfficeNames}). */
    private final OfficeNames officeNames = new OfficeNames();
    /** The chamber whose members' title names it, by that title (folded): "member of the bundestag". */
    private final Map<String, Legislature> legislatureByMembers = new HashMap<>();
    /** Regions within countries (regions.tsv), by every name (folded), and the country and kind of each. */
    private final Map<String, List<GazetteerEntry>> regionsByName = new HashMap<>();
    private final Map<GazetteerEntry, GazetteerEntry> regionCountry = new HashMap<>();
    private final Map<GazetteerEntry, String> regionKind = new HashMap<>();

    private Gazetteer() {
    }

    /** The gazetteer bundled with newsgraph. */
    public static Gazetteer bundled() {
        Gazetteer g = new Gazetteer();
        g.readResource("countries.tsv", row -> g.addCountry(row));
        g.readResource("organizations.tsv", row -> g.addOrganization(row));
        g.readResource("parties.tsv", row -> g.addParty(row));
        g.readResource("persons.tsv", row -> g.addPerson(row));
        g.readResource("offices.tsv", row -> g.addTitle(row));
        g.readResource("legislatures.tsv", row -> g.addLegislature(row));
        g.readResource("regions.tsv", row -> g.addRegion(row));
        g.readResource("given-names.tsv", row -> g.givenNames.put(Normalizer.fold(row.get("name")), Gender.parse(row.get("gender"))));
        g.readResource("family-names-first.tsv", row -> g.familyNamesFirst.add(Normalizer.fold(row.get("name"))));
        g.readResource("title-bodies.tsv", row -> g.titleBodies.put(Normalizer.fold(row.get("polity")) + "|"
                + Normalizer.fold(row.get("title")), row.get("body")));
        g.readResource("title-styles.tsv", row -> g.titleStyles.put(Normalizer.fold(row.get("written")),
                new TitleStyle(row.get("title"), java.util.Arrays.stream(row.get("except").split("\\|"))
                        .map(Normalizer::fold).collect(java.util.stream.Collectors.toUnmodifiableSet()))));
        g.readResource("body-heads.tsv", row -> g.headsByEnding.put(Normalizer.fold(row.get("ending")), row.get("head")));
        g.readResource("portfolios.tsv", row -> g.officeNames.addPortfolio(row.get("portfolio"), split(row.get("names"))));
        g.readResource("title-variants.tsv", row -> g.officeNames.addVariants(row.get("title"), split(row.get("variants"))));
        g.sortPhrases();
        return g;
    }

    /** The country of a title only one country has ("Taoiseach": Ireland), or null. */
    public GazetteerEntry countryOfTitle(OfficeTitle title) {
        String c = titleCountries.get(title.name());
        return c == null ? null : named(c);
    }

    /** The other names of office titles: "Finance Minister" is also "Minister of Finance". */
    public OfficeNames officeNames() {
        return officeNames;
    }

    /**
     * Adds a user's entities from a TSV file with the header {@code name, type, aliases, sameAs}:
     * type Person, Country, Alliance or Organization; aliases separated by |; sameAs a Wikidata IRI or
     * id (optional). Returns the number of entities added.
     */
    public int addUserFile(java.nio.file.Path file) throws IOException {
        int[] n = {0};
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            readTsv(file.toString(), in, row -> {
                String name = row.get("name");
                String typeName = row.getOrDefault("type", "");
                EntityType type;
                try {
                    type = EntityType.parse(typeName);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ": " + name + ": " + e.getMessage());
                }
                if (type == EntityType.OFFICE) {
                    throw new IllegalArgumentException(file + ": " + name + ": offices are composed from titles; add titles, not offices");
                }
                if (type == EntityType.REGION) {
                    throw new IllegalArgumentException(file + ": " + name + ": regions are listed with their country in regions.tsv");
                }
                String sameAs = row.getOrDefault("sameAs", row.getOrDefault("wikidata", ""));
                String qid = sameAs.replaceFirst("^https?://www\\.wikidata\\.org/(entity|wiki)/", "");
                if (!qid.isEmpty() && !qid.matches("Q[0-9]+")) {
                    throw new IllegalArgumentException(file + ": " + name + ": sameAs must be a Wikidata IRI or id, not " + sameAs);
                }
                addEntry(new GazetteerEntry(type, name, split(row.get("aliases")), qid, List.of(), List.of(),
                        row.get("head"), Gender.parse(row.getOrDefault("gender", ""))));
                n[0]++;
            });
        }
        sortPhrases();
        return n[0];
    }

    /** The entry of this canonical name (folded), or null. */
    public GazetteerEntry named(String name) {
        return byName.get(Normalizer.fold(name));
    }

    /** All named entries (countries, alliances, organisations, persons). */
    public List<GazetteerEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** Is the word a family name of a tradition that writes it first ("Park" of "Park Ji-hoon")? */
    public boolean isFamilyNameFirst(String word) {
        return familyNamesFirst.contains(Normalizer.fold(word));
    }

    /** The gender of a given name, or null when it is not a known given name. */
    public Gender givenName(String word) {
        return givenNames.get(Normalizer.fold(word));
    }

    /** The office title of a name or any of its forms ("Secretary-General" is "Secretary General"), or null. */
    public OfficeTitle title(String name) {
        return titlesByName.get(titleKey(name));
    }

    private static String titleKey(String name) {
        String key = TITLE_KEYS.get(name);
        if (key == null) {
            key = Normalizer.fold(String.join(" ", words(name)));
            if (TITLE_KEYS.size() < 50_000) {
                TITLE_KEYS.put(name, key);
            }
        }
        return key;
    }

    /** {@link #titleKey} of the names asked about (the same few titles in every article), remembered; thread-safe. */
    private static final Map<String, String> TITLE_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The title of an organisation's head, as its gazetteer entry gives it ("Secretary General" of NATO), or null. */
    public OfficeTitle headTitle(GazetteerEntry e) {
        if (e == null || e.head() == null) {
            return null;
        }
        OfficeTitle t = title(e.head());
        return t != null ? t : new OfficeTitle(e.head(), "head");
    }

    /**
     * The title of an organisation's head: from the gazetteer, else "Leader" for a party (also "… Party of Manitoba"), "Governor" for a central
     * bank, the title body-heads.tsv gives by the end of its name ("Football Federation": President) and "Head" for any other
     * organisation the text names; null for a known body with no head title.
     */
    private static final java.util.regex.Pattern PARTY_NAME =
            java.util.regex.Pattern.compile(".*\\b(Party|Democrats|Republicans|Conservatives|Socialists|Alliance|Front|Movement|League|Coalition|Bloc|Rally)$|.*\\bParty of \\p{Lu}.*");
    private static final java.util.regex.Pattern CENTRAL_BANK_NAME =
            java.util.regex.Pattern.compile("(?i)((central|reserve) bank of .+|.+ central bank)");

    public OfficeTitle headTitle(Entity org) {
        if (org.entry() != null) {
            return headTitle(org.entry());
        }
        GazetteerEntry known = named(org.name());
        if (known != null) {
            return headTitle(known); // "Indian National Congress" read as a name that starts with a demonym
        }
        if (PARTY_NAME.matcher(org.name()).matches()) {
            OfficeTitle t = title("Leader");
            return t != null ? t : new OfficeTitle("Leader", "party-leader");
        }
        if (org.type() != EntityType.ORGANIZATION) {
            return null;
        }
        if (CENTRAL_BANK_NAME.matcher(org.name()).matches()) {
            // "Central Bank of Egypt", "Reserve Bank of Malawi": a governor heads it (not "Federal Reserve Bank of New York")
            OfficeTitle t = title("Governor");
            return t != null ? t : new OfficeTitle("Governor", "official");
        }
        String name = Normalizer.fold(org.name());
        for (Map.Entry<String, String> e : headsByEnding.entrySet()) {
            if (name.endsWith(" " + e.getKey())) {
                OfficeTitle t = title(e.getValue());
                return t != null ? t : new OfficeTitle(e.getValue(), "head"); // "the Turkish Football Federation": its President
            }
        }
        return new OfficeTitle("Head", "head"); // "the head of the Defense Procurement Agency": a body the gazetteer does not know
    }

    /**
     * The longest gazetteer phrase starting at token {@code i}, of one of the given kinds; hyphens in
     * the text are skipped ("secretary-general" matches "secretary general").
     */
    public Match longest(List<Token> tokens, int i, Kind... kinds) {
        Starts starts = startsOf(tokens.get(i));
        Map<String, List<Phrase>> seconds = starts.bySecondWord();
        if (seconds != null) {
            // phrases of two words or more, longest first: only those whose second word comes next (after hyphens)
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).text().equals("-")) {
                j++;
            }
            List<Phrase> longer = j < tokens.size() ? seconds.get(tokens.get(j).folded()) : null;
            Match m = longer == null ? null : firstMatch(longer, tokens, i, kinds);
            if (m != null) {
                return m;
            }
        }
        List<Phrase> single = starts.oneWord();
        return single == null ? null : firstMatch(single, tokens, i, kinds);
    }

    /** The phrases that start with a word: longer ones by their second word, and the word alone (either may be null). */
    private record Starts(Map<String, List<Phrase>> bySecondWord, List<Phrase> oneWord) {
    }

    private static final Starts NO_STARTS = new Starts(null, null);

    /** The phrases that start with the token's word, looked up once per token (the token remembers them). */
    private Starts startsOf(Token token) {
        Starts s = (Starts) token.memo(this);
        if (s == null) {
            s = starts.getOrDefault(token.folded(), NO_STARTS);
            token.memo(this, s);
        }
        return s;
    }

    /** The first of the phrases (in their order) that matches at token {@code i}, of one of the kinds. */
    private static Match firstMatch(List<Phrase> candidates, List<Token> tokens, int i, Kind[] kinds) {
        for (Phrase p : candidates) {
            if (kinds.length > 0 ? !oneOf(p.kind(), kinds) : p.kind() == Kind.REGION) {
                continue; // a region's name only when asked for
            }
            int end = matchAt(p, tokens, i);
            if (end > 0) {
                return new Match(p, i, end);
            }
        }
        return null;
    }

    private static boolean oneOf(Kind k, Kind[] kinds) {
        for (Kind x : kinds) {
            if (x == k) {
                return true;
            }
        }
        return false;
    }

    private static int matchAt(Phrase p, List<Token> tokens, int i) {
        int t = i;
        for (int w = 0; w < p.words().length; w++) {
            while (w > 0 && t < tokens.size() && tokens.get(t).text().equals("-")) {
                t++;
            }
            if (t >= tokens.size()) {
                return -1;
            }
            Token tok = tokens.get(t);
            String word = p.form(w);
            if (!tok.folded().equals(p.folded()[w])) {
                return -1;
            }
            if (p.caseSensitive() && !sameCase(tok.text(), word)) {
                return -1;
            }
            t++;
        }
        return t;
    }

    /** Acronyms must be written in capitals, names with a capital first letter. */
    private static boolean sameCase(String text, String word) {
        if (isAcronym(word)) {
            return text.replace(".", "").equals(word.replace(".", ""));
        }
        return !Character.isLetter(word.codePointAt(0)) || !Character.isUpperCase(word.codePointAt(0))
                || Character.isUpperCase(text.codePointAt(0));
    }

    private static boolean isAcronym(String word) {
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }

    // ---------------------------------------------------------------- loading

    private void addCountry(Map<String, String> row) {
        GazetteerEntry e = new GazetteerEntry(EntityType.COUNTRY, row.get("name"), split(row.get("aliases")),
                row.get("wikidata"), split(row.get("demonyms")), split(row.get("capitals")), null, Gender.UNKNOWN);
        addEntry(e);
        for (String d : e.demonyms()) {
            addPhrase(d, true, Kind.DEMONYM, e, null);
        }
        for (String c : e.capitals()) {
            addPhrase(c, true, Kind.CAPITAL, e, null);
        }
    }

    private void addOrganization(Map<String, String> row) {
        addEntry(new GazetteerEntry(EntityType.parse(row.get("type")), row.get("name"), split(row.get("aliases")),
                row.get("wikidata"), List.of(), List.of(), row.get("head"), Gender.UNKNOWN));
    }

    private void addParty(Map<String, String> row) {
        GazetteerEntry e = new GazetteerEntry(EntityType.parse(row.get("type")), row.get("name"), split(row.get("aliases")),
                row.get("wikidata"), List.of(), List.of(), row.get("head"), Gender.UNKNOWN);
        addEntry(e);
        partyCountry.put(e, row.get("country"));
    }

    private void addLegislature(Map<String, String> row) {
        GazetteerEntry e = new GazetteerEntry(EntityType.ORGANIZATION, row.get("name"), split(row.get("aliases")),
                row.get("wikidata"), List.of(), List.of(), null, Gender.UNKNOWN);
        addEntry(e);
        Legislature l = new Legislature(e, row.get("country"), row.get("house"), row.getOrDefault("members", ""),
                split(row.get("short")), "yes".equals(row.get("lawmakers")));
        legislatures.put(e, l);
        legislaturesByCountry.computeIfAbsent(Normalizer.fold(l.country()), k -> new ArrayList<>()).add(l);
        if (l.membersNameIt()) {
            // "member of the Bundestag" is a title of its own, of the chamber it names
            OfficeTitle t = new OfficeTitle(l.members(), "legislator");
            legislatureByMembers.put(titleKey(l.members()), l);
            putTitle(titleKey(l.members()), t, false);
            addPhrase(l.members(), false, Kind.TITLE, null, t);
            for (String a : split(row.get("member_aliases"))) {
                legislatureByMembers.put(titleKey(a), l);
                putTitle(titleKey(a), t, false);
                addPhrase(a, isAcronym(a.replace(".", "")), Kind.TITLE, null, t);
            }
        }
    }

    private void addRegion(Map<String, String> row) {
        GazetteerEntry country = byName.get(Normalizer.fold(row.get("country")));
        if (country == null || country.type() != EntityType.COUNTRY) {
            throw new IllegalArgumentException("regions.tsv: " + row.get("name") + ": unknown country " + row.get("country"));
        }
        GazetteerEntry e = new GazetteerEntry(EntityType.REGION, row.get("name"), split(row.get("aliases")),
                row.get("wikidata"), List.of(), List.of(), null, Gender.UNKNOWN);
        regionCountry.put(e, country);
        regionKind.put(e, row.get("kind"));
        for (String n : concat(e.name(), e.aliases())) {
            List<GazetteerEntry> named = regionsByName.computeIfAbsent(Normalizer.fold(String.join(" ", words(n))), k -> new ArrayList<>());
            if (!named.contains(e)) {
                named.add(e); // "Osun State" and "Osun state" are one name
            }
            addPhrase(n, true, Kind.REGION, e, null);
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    /** The regions (states, provinces, cities …) of this name or alias, in the order listed; empty for none. */
    public List<GazetteerEntry> regions(String name) {
        return regionsByName.getOrDefault(Normalizer.fold(String.join(" ", words(name))), List.of());
    }

    /** The country a region lies in, or null for an entry that is no region. */
    public GazetteerEntry regionCountry(GazetteerEntry region) {
        return regionCountry.get(region);
    }

    /** A region's kind as regions.tsv gives it ("state", "province", "city" …), or null for an entry that is no region. */
    public String regionKind(GazetteerEntry region) {
        return regionKind.get(region);
    }

    /** The chamber of a national legislature this entry names, or null. */
    public Legislature legislature(GazetteerEntry e) {
        return e == null ? null : legislatures.get(e);
    }

    /** The chambers of a country's legislature (and the legislature as a whole), in the order listed. */
    public List<Legislature> legislatures(String country) {
        return country == null ? List.of() : legislaturesByCountry.getOrDefault(Normalizer.fold(country), List.of());
    }

    /** The chamber whose members bear this title ("Member of the Bundestag"), or null. */
    public Legislature legislatureByMembers(String title) {
        return legislatureByMembers.get(titleKey(title));
    }

    /**
     * The body of a polity that a title belongs to ("Commissioner for Trade" of the European Union is the European
     * Commission's), or null when the title is the polity's own. The title is read without its portfolio ("Trade
     * Commissioner", "Commissioner for Trade").
     */
    public GazetteerEntry bodyOfTitle(String polity, String title) {
        int forAt = title.indexOf(" for ");
        String base = officeNames.withoutPortfolio(forAt >= 0 ? title.substring(0, forAt) : title);
        String body = titleBodies.get(Normalizer.fold(polity) + "|" + Normalizer.fold(base));
        return body == null ? null : named(body);
    }

    /**
     * The title of a country's office written with {@code title}: a country's "Premier" is its Prime Minister unless
     * its head of government is styled Premier (Taiwan's). Any other title is returned as it is.
     */
    public OfficeTitle countryTitle(OfficeTitle title, String country) {
        TitleStyle style = titleStyles.get(Normalizer.fold(title.name()));
        if (style == null || style.except().contains(Normalizer.fold(country))) {
            return title;
        }
        OfficeTitle named = title(style.title());
        return named != null ? named : title;
    }

    /** The country of a political party the gazetteer lists, or null for any other entry. */
    public String partyCountry(GazetteerEntry e) {
        return partyCountry.get(e);
    }

    /** The matches of the same words as {@code m} (itself included): "Conservative Party" of the UK and of Canada. */
    public List<Match> sameWords(Match m) {
        List<Match> out = new ArrayList<>();
        for (Phrase p : byFirstWord.getOrDefault(Normalizer.fold(m.phrase().words()[0]), List.of())) {
            if (p.kind() == m.phrase().kind() && p.entry() != null && p.words().length == m.phrase().words().length) {
                boolean same = true;
                for (int i = 0; i < p.words().length && same; i++) {
                    same = Normalizer.fold(p.words()[i]).equals(Normalizer.fold(m.phrase().words()[i]));
                }
                if (same && out.stream().noneMatch(x -> x.phrase().entry().equals(p.entry()))) {
                    out.add(new Match(p, m.start(), m.end()));
                }
            }
        }
        return out;
    }

    private void addPerson(Map<String, String> row) {
        addEntry(new GazetteerEntry(EntityType.PERSON, row.get("name"), split(row.get("aliases")),
                row.get("wikidata"), List.of(), List.of(), null, Gender.parse(row.getOrDefault("gender", ""))));
    }

    private void putTitle(String key, OfficeTitle t, boolean replace) {
        if (replace) {
            titlesByName.put(key, t);
        } else {
            titlesByName.putIfAbsent(key, t);
        }
        titleLastWords.add(key.substring(key.lastIndexOf(' ') + 1));
    }

    /** Could a title end with this word ("general" and "secretary-general" end "Secretary General")? */
    public boolean endsTitle(String word) {
        String k = titleKey(word);
        return titleLastWords.contains(k.substring(k.lastIndexOf(' ') + 1));
    }

    private void addTitle(Map<String, String> row) {
        OfficeTitle t = new OfficeTitle(row.get("title"), row.getOrDefault("kind", "official"));
        if (!row.getOrDefault("country", "").isEmpty()) {
            titleCountries.put(t.name(), row.get("country"));
        }
        putTitle(titleKey(t.name()), t, true);
        addPhrase(t.name(), false, Kind.TITLE, null, t);
        for (String a : split(row.get("aliases"))) {
            putTitle(titleKey(a), t, false);
            // "PM" is a title, "pm" a time of day
            addPhrase(a, isAcronym(a.replace(".", "")), Kind.TITLE, null, t);
        }
    }

    /** Adds a named entry (also used for entries a user supplies). */
    void addEntry(GazetteerEntry e) {
        entries.add(e);
        byName.putIfAbsent(Normalizer.fold(e.name()), e);
        addPhrase(e.name(), true, Kind.NAME, e, null);
        for (String a : e.aliases()) {
            addPhrase(a, true, Kind.NAME, e, null);
        }
    }

    private void addPhrase(String text, boolean caseSensitive, Kind kind, GazetteerEntry entry, OfficeTitle title) {
        String[] words = words(text);
        if (words.length == 0) {
            return;
        }
        byFirstWord.computeIfAbsent(Normalizer.fold(words[0]), k -> new ArrayList<>())
                .add(new Phrase(words, caseSensitive, kind, entry, title));
        if (text.indexOf('-') > 0) {
            // the tokenizer keeps some hyphenated words whole ("co-leader"): the phrase is also written so
            String[] whole = words(text.replace('-', '\u2060'));
            for (int i = 0; i < whole.length; i++) {
                whole[i] = whole[i].replace('\u2060', '-');
            }
            if (whole.length != words.length) {
                byFirstWord.computeIfAbsent(Normalizer.fold(whole[0]), k -> new ArrayList<>())
                        .add(new Phrase(whole, caseSensitive, kind, entry, title));
            }
        }
    }

    private void sortPhrases() {
        // longest first; among equal lengths names before demonyms before capitals before titles
        starts.clear();
        for (Map.Entry<String, List<Phrase>> e : byFirstWord.entrySet()) {
            List<Phrase> l = e.getValue();
            l.sort((a, b) -> a.words().length != b.words().length
                    ? b.words().length - a.words().length
                    : a.kind().compareTo(b.kind()));
            // the same order, cut by the second word: a lookup tries only phrases that can match ("Central Bank of …")
            Map<String, List<Phrase>> bySecond = null;
            List<Phrase> single = null;
            for (Phrase p : l) {
                if (p.words().length >= 2) {
                    if (bySecond == null) {
                        bySecond = new HashMap<>();
                    }
                    bySecond.computeIfAbsent(p.folded()[1], k -> new ArrayList<>()).add(p);
                } else {
                    if (single == null) {
                        single = new ArrayList<>();
                    }
                    single.add(p);
                }
            }
            if (bySecond != null || single != null) {
                starts.put(e.getKey(), new Starts(bySecond, single));
            }
        }
    }

    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s\\-\u2010\u2011]+");

    /** The words of a phrase as the tokenizer splits them: at spaces and hyphens, before a final "'s"; "the" first is dropped. */
    static String[] words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : WORD_BREAK.split(text.strip())) {
            if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"))) {
                out.add(w.substring(0, w.length() - 2)); // "People's" is two tokens, as the tokenizer splits it
                out.add("'s");
            } else if (!w.isEmpty()) {
                out.add(w);
            }
        }
        if (out.size() > 1 && out.get(0).equalsIgnoreCase("the")) {
            out.remove(0);
        }
        return out.toArray(new String[0]);
    }

    private static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private void readResource(String name, Consumer<Map<String, String>> sink) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer " + name + " is missing");
            }
            readTsv(name, in, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a TSV with a header line; '#' lines and blank lines are skipped. */
    static void readTsv(String name, InputStream in, Consumer<Map<String, String>> sink) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String[] header = null;
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = cells;
                continue;
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i].strip(), i < cells.length ? cells[i].strip() : "");
            }
            if (row.getOrDefault(header[0].strip(), "").isEmpty()) {
                throw new IllegalArgumentException(name + ":" + n + ": the first column is empty");
            }
            sink.accept(row);
        }
    }
}
