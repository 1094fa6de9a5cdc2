package org.newsgraph.entity;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.ListIterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsgraph.entity.Gazetteer.Kind;
import org.newsgraph.entity.Mention.Form;
import org.newsgraph.entity.Mention.Status;
import org.newsgraph.text.Normalizer;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Finds the mentions of an article and resolves them to entities.
 * <ul>
 * <li>names from the gazetteer: countries (also by demonym and capital), alliances, organisations,
 *     well-known persons;</li>
 * <li>persons from context: a capitalised name after a title ("Romanian president Klaus Iohannis"), an
 *     honorific ("Mr Rutte") or starting with a known given name ("Viktor Orbán");</li>
 * <li>organisations from capitalised names ending in an organisation word ("Supreme Defence Council");</li>
 * <li>offices: a title with its polity and tense ("Norway's former prime minister", "the next Nato
 *     chief", "the secretary-general of the alliance");</li>
 * <li>dates ("since 2014", "in September 2022", "in October");</li>
 * <li>coreference: surnames, pronouns, "the 57-year-old", "the Russian leader", "the alliance".</li>
 * </ul>
 * Thread-safe: every article is read by a fresh run.
 */
public final class MentionFinder {

    private static final Set<String> NOT_AFTER_NOUN = Set.of("and", "or", "nor", "of", "including", "whose", "whom", "like",
            "than");
    private static final Pattern DIGITS = Pattern.compile("\\d+-?");
    /** A minister's title with its portfolio before it: "Health Minister". */
    private static final Pattern PORTFOLIO_MINISTER = Pattern.compile("(\\p{Lu}\\p{L}+) Minister");
    /** "20th", "1st", "42nd". */
    /** The kinds of gazetteer phrases looked up, as constants: a varargs call would make an array at every token. */
    private static final Kind[] KINDS_DEMONYM = {Kind.DEMONYM};
    private static final Kind[] KINDS_NAME = {Kind.NAME};
    private static final Kind[] KINDS_NAME_DEMONYM = {Kind.NAME, Kind.DEMONYM};
    private static final Kind[] KINDS_NAME_DEMONYM_CAPITAL = {Kind.NAME, Kind.DEMONYM, Kind.CAPITAL};
    private static final Kind[] KINDS_NAME_DEMONYM_CAPITAL_TITLE = {Kind.NAME, Kind.DEMONYM, Kind.CAPITAL, Kind.TITLE};
    private static final Kind[] KINDS_NAME_DEMONYM_TITLE = {Kind.NAME, Kind.DEMONYM, Kind.TITLE};
    private static final Kind[] KINDS_NAME_DEMONYM_TITLE_CAPITAL = {Kind.NAME, Kind.DEMONYM, Kind.TITLE, Kind.CAPITAL};
    private static final Kind[] KINDS_REGION = {Kind.REGION};
    private static final Kind[] KINDS_TITLE = {Kind.TITLE};
    private static final Pattern ORDINAL_NUMBER = Pattern.compile("\\d+(st|nd|rd|th)");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    /** A span of years written as one token, "2012-2016": a date of its last year, flagged {@code range}. */
    private static final Pattern YEAR_RANGE = Pattern.compile("(?:19|20)\\d\\d[-\u2013]((?:19|20)\\d\\d)");
    /** How many of the latest subjects a pronoun may reach back to (see {@code recentSubjectAgreeing}). */
    private static final int SUBJECTS_REMEMBERED = 3;
    private static final Pattern DAY = Pattern.compile("([1-9]|[12]\\d|3[01])(st|nd|rd|th)?");
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    public MentionFinder(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /**
     * Does a polity's name take "the"? Countries listed in the lexicon do ("the Netherlands"); so do
     * organisations named in words rather than by an acronym ("the United Nations", not "the NATO").
     */
    boolean takesThe(Entity polity) {
        if (polity.type() == EntityType.COUNTRY) {
            return lexicon.is("country-with-the", polity.name());
        }
        if (polity.type() == EntityType.REGION) {
            return false; // "Premier of Ontario", "Governor of Osun State"
        }
        if (gazetteer.legislature(polity.entry()) != null) {
            return !polity.name().toLowerCase(java.util.Locale.ROOT).startsWith("the "); // "the Bundestag", "the Knesset"
        }
        String n = polity.name();
        return !n.equals(n.toUpperCase(java.util.Locale.ROOT)) && n.contains(" ") && !n.toLowerCase(java.util.Locale.ROOT).startsWith("the ");
    }

    /** Reads the mentions of an article's sentences; {@code published} (may be null) dates "in October". */
    public Discourse read(List<Sentence> sentences, LocalDate published) {
        return new Run(sentences, published).read();
    }

    // ==================================================================== lexical items

    private enum ItemKind { GAZ, TITLE, RUN, PRONOUN, NOMINAL, AGE, PERSON_NOMINAL, DATE }


    /** A lexical item of a sentence before mentions are built. */
    private static final class Item {
        ItemKind kind;
        final int start;
        int end;
        Gazetteer.Match match;
        boolean possessive;
        boolean quoted;
        EntityType nominalType;
        TemporalValue date;
        boolean consumed;
        /** A run that ends in a party's name the gazetteer knows ("Peronist" + "Justicialist Party"): that name. */
        Gazetteer.Match inner;
        /** A region's name that starts with a capital's ("Buenos Aires province"): the capital's country, which it names. */
        GazetteerEntry capitalInside;

        Item(ItemKind kind, int start, int end) {
            this.kind = kind;
            this.start = start;
            this.end = end;
        }

        GazetteerEntry entry() {
            return match == null ? null : match.phrase().entry();
        }
    }

    // ==================================================================== one article

    private final class Run {
        final List<Sentence> sentences;
        final LocalDate published;
        final EntityRegistry registry = new EntityRegistry(MentionFinder.this::takesThe, gazetteer.officeNames(), this::headsABody);
        final Map<String, String> fullNames = new HashMap<>();       // folded full name -> as written
        final Set<String> calledByGivenName = new HashSet<>();        // folded full names written after "Datuk", "Tan Sri"
        final Map<String, Gender> fullNameGender = new HashMap<>();
        final Set<String> surnames = new HashSet<>();                 // folded surnames of known persons
        final Map<String, String> organizations = new HashMap<>();    // initials -> organisation named in full
        final Map<String, String> acronyms = new HashMap<>();         // acronym defined in the text -> name
        /** Names the text introduces as bodies ("Fair Trials, a campaign group"), folded. */
        final Set<String> introducedBodies = new HashSet<>();
        final Map<Entity, Entity> nationality = new HashMap<>();
        final Map<String, Entity> holders = new HashMap<>();           // office key|status -> the person named with it
        final Map<String, Set<Entity>> holdersByHead = new HashMap<>(); // last word of a title|status -> persons named with it
        final Map<EntityType, Entity> lastPolity = new HashMap<>();
        final Deque<Entity> recentPolities = new ArrayDeque<>();
        /** The items of the sentence being built (offices are built before the names they follow are noted). */
        List<Item> sentenceItems = List.of();
        /** How often the article names each country (by name, demonym or capital). */
        final Map<String, Integer> countryMentions = new HashMap<>();
        final Deque<Entity> recentPersons = new ArrayDeque<>();
        /** The sentence each person was last named in, and the persons who were subjects, latest first. */
        final Map<Entity, Integer> lastNamedIn = new HashMap<>();
        final Deque<Entity> recentSubjects = new ArrayDeque<>();
        final Map<Entity, Gender> pronounGender = new HashMap<>();    // the gender of the pronouns read as each person
        Entity previousSubject;
        Map<Gender, Entity> pronounsBefore = new java.util.EnumMap<>(Gender.class); // "her" of the sentence before, not its subject
        Map<Gender, Entity> pronounsNow = new java.util.EnumMap<>(Gender.class);
        Entity home;
        /** The body a title was last written with, when not a country: "president" -> Indian National Congress. */
        final Map<String, Entity> titlePolity = new HashMap<>();
        /** Titles with a portfolio the article gave a polity, by the title without it: "high commissioner" -> "… for Human Rights". */
        final Map<String, Set<OfficeTitle>> portfolioTitles = new HashMap<>();
        /** Every body a title was written with: a bare party title is read only when that is one body. */
        final Map<String, Set<Entity>> titlePolities = new HashMap<>();
        /** The chamber of a legislature the article named last: "Minority Leader X" is that chamber's. */
        Legislature lastChamber;
        final LegislativeSeats seats = new LegislativeSeats(gazetteer, lexicon, registry, this::modifier);
        /** Places the article names, and the offices of places it named ("Mayor of Arequipa"). */
        final PlaceOffice placeOffices = new PlaceOffice(lexicon, gazetteer);
        /** Which region a name means (see {@link Regions}). */
        final Regions regions = new Regions(gazetteer, lexicon);
        /**
         * The state, province or region the article is about: named at least twice, more than twice as often as any other
         * and at least as often as its country; "the state's deputy governor" and a "provincial finance minister" are its offices, and so
         * is a bare "premier" or "health minister" where the article names no other country.
         */
        Entity homeRegion;
        /** Does the article name any country (its home region's too)? Then a bare "finance minister" may be that country's. */
        boolean countryNamed;
        /** Organisations the article names, by the title of their head: "director general" -> WHO. */
        final Map<String, Set<GazetteerEntry>> headed = new HashMap<>();

        /**
         * The article's country, when one dominates its mentions of countries (at least two mentions
         * and three in five): a title without polity in a story about Japan is Japan's.
         */
        Entity homeCountry(List<List<Item>> items) {
            Map<GazetteerEntry, Integer> counts = new HashMap<>();
            int all = 0;
            GazetteerEntry dateline = null;
            // a dateline ("TOKYO, Oct 21 (Reuters) -") places the story: it weighs as three mentions
            for (int i = 0; i < Math.min(3, items.size()); i++) {
                List<Item> l = items.get(i);
                List<Token> t = sentences.get(i).tokens();
                // a dateline may also stand alone on its line ("NEW DELHI")
                if (!l.isEmpty() && l.get(0).start == 0 && l.get(0).kind == ItemKind.GAZ
                        && l.get(0).match.phrase().kind() == Kind.CAPITAL && isDateline(t, l.get(0).end)) {
                    counts.merge(l.get(0).entry(), 2, Integer::sum);
                    all += 2;
                    dateline = l.get(0).entry();
                    break;
                }
            }
            for (List<Item> l : items) {
                for (Item it : l) {
                    if (it.kind == ItemKind.GAZ && it.entry().type() == EntityType.COUNTRY) {
                        counts.merge(it.entry(), 1, Integer::sum);
                        all++;
                    } else if (it.kind == ItemKind.GAZ && it.capitalInside != null) {
                        counts.merge(it.capitalInside, 1, Integer::sum); // "Buenos Aires province" names Argentina's capital
                        all++;
                    }
                }
            }
            GazetteerEntry best = null;
            int n = 0;
            for (Map.Entry<GazetteerEntry, Integer> e : counts.entrySet()) {
                if (e.getValue() > n || (e.getValue() == n && best != null && e.getKey().name().compareTo(best.name()) < 0)) {
                    best = e.getKey();
                    n = e.getValue();
                }
            }
            int second = 0;
            for (Map.Entry<GazetteerEntry, Integer> e : counts.entrySet()) {
                if (e.getKey() != best) {
                    second = Math.max(second, e.getValue());
                }
            }
            // a story datelined in a country's capital that names it at least three times as often as any other is about it
            boolean placed = best != null && best == dateline && n >= 5 && n >= 3 * second;
            return best != null && n >= 2 && (n * 5 >= all * 3 || placed) ? registry.of(best) : null;
        }

        /**
         * With too few countries named to place the story, the parties it names place it: a story that names
         * Canada once and its Liberals, Conservatives and NDP eight times is about Canada. Every named party
         * counts as a mention of its country; the same share as {@link #homeCountry} is needed, and three parties.
         */
        Entity homeCountryOfParties(List<List<Item>> items) {
            Map<String, Integer> counts = new HashMap<>(countryMentions);
            int parties = 0;
            for (List<Item> l : items) {
                for (Item it : l) {
                    String c = it.kind == ItemKind.GAZ ? gazetteer.partyCountry(it.entry()) : null;
                    if (c != null) {
                        counts.merge(c, 1, Integer::sum);
                        parties++;
                    }
                }
            }
            int all = counts.values().stream().mapToInt(Integer::intValue).sum();
            String best = null;
            int n = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (e.getValue() > n || e.getValue() == n && best != null && e.getKey().compareTo(best) < 0) {
                    best = e.getKey();
                    n = e.getValue();
                }
            }
            GazetteerEntry country = best == null ? null : gazetteer.named(best);
            return parties >= 3 && country != null && country.type() == EntityType.COUNTRY && n * 5 >= all * 3
                    ? registry.of(country) : null;
        }

        /** A party's name means the party of the article's country, or of one it names (see {@link PartyChoice}). */
        void choosePartyNames(List<List<Item>> items) {
            Map<String, Integer> named = countryMentions;
            for (List<Item> l : items) {
                for (Item it : l) {
                    if (it.kind == ItemKind.GAZ && it.entry().type() == EntityType.COUNTRY) {
                        named.merge(it.entry().name(), 1, Integer::sum);
                    } else if (it.kind == ItemKind.GAZ && it.capitalInside != null) {
                        named.merge(it.capitalInside.name(), 1, Integer::sum);
                    }
                }
            }
            for (List<Item> l : items) {
                for (ListIterator<Item> li = l.listIterator(); li.hasNext();) {
                    Item it = li.next();
                    Gazetteer.Match inner = it.kind == ItemKind.RUN && it.inner != null
                            ? PartyChoice.choose(gazetteer, it.inner, home == null ? null : home.name(), named) : null;
                    if (inner != null && gazetteer.partyCountry(inner.phrase().entry()) != null) {
                        // "the Peronist Justicialist Party" in a story about Argentina: the party it knows, after a word
                        Item known = new Item(ItemKind.GAZ, inner.start(), it.end);
                        known.match = inner;
                        known.possessive = it.possessive;
                        known.quoted = it.quoted;
                        li.set(known);
                        continue;
                    }
                    if (it.kind != ItemKind.GAZ) {
                        continue;
                    }
                    Gazetteer.Match chosen = PartyChoice.choose(gazetteer, it.match, home == null ? null : home.name(), named);
                    if (chosen == null) {
                        it.kind = ItemKind.RUN; // a party of a country the article never names: read the words as written
                        if (!it.possessive && it.end > it.match.end()) {
                            it.end = it.match.end(); // "the European Solidarity party": the name without its "party"
                        }
                        it.match = null;
                    } else {
                        it.match = chosen;
                    }
                }
            }
        }

        /**
         * "the Senate", "Congress", "the House of Commons": words the scan read as a capitalised name, that call a
         * chamber of the article's country by its short name, name that chamber. A name the gazetteer knows, or a
         * longer name the words are part of ("Senate Foreign Relations Committee"), keeps its reading.
         */
        void chambersByShortName(List<List<Item>> items) {
            if (home == null) {
                return;
            }
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                List<Token> t = s.tokens();
                List<Item> l = items.get(i);
                for (int k = 0; k < t.size(); k++) {
                    int[] end = new int[1];
                    Legislature c = !t.get(k).isCapitalized() || s.quoteAt(k) != null ? null : seats.calledAt(t, k, home.name(), end);
                    int from = k;
                    int to = end[0];
                    // "the House Speaker, Mike Johnson": a run that goes on with a title is the chamber and its officer
                    Item titled = null;
                    for (Item it : l) {
                        Gazetteer.Match title = it.kind == ItemKind.RUN && it.start == from && it.end > to && !it.possessive
                                ? gazetteer.longest(t, to, KINDS_TITLE) : null;
                        if (c != null && title != null && title.end() == it.end) {
                            titled = new Item(ItemKind.TITLE, to, it.end);
                            titled.match = title;
                        }
                    }
                    Item split = titled;
                    if (c == null || l.stream().anyMatch(it -> it.start < to && it.end > from
                            && (it.kind != ItemKind.RUN || it.start < from || it.end > to && split == null))) {
                        continue;
                    }
                    l.removeIf(it -> it.start >= from && (it.end <= to || split != null && it.end == split.end));
                    if (split != null) {
                        int after = 0;
                        while (after < l.size() && l.get(after).start < from) {
                            after++;
                        }
                        l.add(after, split);
                    }
                    Item it = new Item(ItemKind.GAZ, from, to);
                    it.match = new Gazetteer.Match(new Gazetteer.Phrase(Gazetteer.words(s.text().substring(
                            t.get(from).start() - s.start(), t.get(to - 1).end() - s.start())), true, Kind.NAME, c.entry(), null), from, to);
                    if (to < t.size() && (t.get(to).text().equals("'s") || t.get(to).text().equals("'"))) {
                        it.possessive = true;
                        it.end++;
                    }
                    int at = 0;
                    while (at < l.size() && l.get(at).start < from) {
                        at++;
                    }
                    l.add(at, it);
                    k = it.end - 1;
                }
            }
        }

        Run(List<Sentence> sentences, LocalDate published) {
            this.sentences = sentences;
            this.published = published;
        }

        Discourse read() {
            List<List<Item>> items = new ArrayList<>();
            for (Sentence s : sentences) {
                items.add(scan(s));
            }
            home = homeCountry(items);
            choosePartyNames(items);
            chambersByShortName(items);
            if (home == null) {
                home = homeCountryOfParties(items);
            }
            for (int i = 0; i < sentences.size(); i++) {
                collectFullNames(sentences.get(i), items.get(i));
            }
            regionsNotSurnames(items);
            homeRegion = homeRegion(items);
            openersBeforeSurnames(items);
            shortFormsOfFullNames();
            givenNamesInUse(items);
            List<List<Mention>> mentions = new ArrayList<>();
            List<Mention> subjects = new ArrayList<>();
            for (List<Item> l : items) {
                for (Item it : l) {
                    if (it.kind == ItemKind.GAZ && it.entry().type().isPolity() && it.entry().type() != EntityType.COUNTRY
                            && it.entry().head() != null && gazetteer.partyCountry(it.entry()) == null) {
                        OfficeTitle head = gazetteer.headTitle(it.entry());
                        if (head != null) {
                            headed.computeIfAbsent(Normalizer.fold(head.name()), k -> new java.util.LinkedHashSet<>()).add(it.entry());
                        }
                    }
                }
            }
            List<Mention> listBefore = List.of();
            for (int i = 0; i < sentences.size(); i++) {
                List<Mention> ms = build(sentences.get(i), items.get(i));
                for (Mention m : ms) {
                    if (m.entity() != null && (PartyName.isParty(gazetteer, m.entity())
                            || m.type() == EntityType.OFFICE && m.entity().polity() != null && PartyName.isParty(gazetteer, m.entity().polity()))) {
                        m.flag("party"); // rules may ask for a party or its office: "X, of the Peronist Justicialist Party,"
                    }
                }
                PartyLabel.find(sentences.get(i), ms, lexicon, this::knownParty, this::partyByName);
                Nationality.find(sentences.get(i), ms, lexicon);
                Brackets.flag(sentences.get(i).tokens(), ms);
                they(sentences.get(i), ms, listBefore);
                holdersByTitle(sentences.get(i), ms);
                Mention subject = subject(sentences.get(i), ms);
                resolvePersons(sentences.get(i), ms, subject);
                mentions.add(ms);
                subjects.add(subject);
                listBefore = subject != null && !subject.companions().isEmpty() ? listBefore : subjectList(sentences.get(i), ms, subject);
            }
            namedHeads(mentions);
            return new Discourse(sentences, mentions, subjects, registry, published);
        }

        /**
         * A body's generic "Head" (its head's title unknown to the gazetteer) is the one head's title of that body the article
         * names: "the former head of Pertamina … its chief executive" (see {@link EntityRegistry#namedHead}).
         */
        void namedHeads(List<List<Mention>> mentions) {
            for (Entity generic : List.copyOf(registry.all())) {
                if (generic.type() != EntityType.OFFICE || generic.polity() == null || generic.title() == null
                        || !generic.title().name().equals(EntityRegistry.HEAD)) {
                    continue;
                }
                Entity head = registry.namedHead(generic.polity());
                if (head == null) {
                    continue;
                }
                registry.nameHead(generic, head);
                for (List<Mention> ms : mentions) {
                    for (Mention m : ms) {
                        for (Mention o : java.util.Arrays.asList(m, m.office())) {
                            if (o != null && o.entity() == generic) {
                                o.resolve(head);
                                o.setOffice(head.title(), head.polity(), o.status());
                            }
                        }
                    }
                }
            }
        }

        /** Is the title one that heads a body ("President", "Chief Executive", "Director-General"), no deputy's and not "Head"? */
        boolean headsABody(OfficeTitle t) {
            return (t.kind().equals("head") || t.kind().equals("head-of-state") || t.kind().equals("head-of-government"))
                    && !isDeputy(t) && !t.name().equals(EntityRegistry.HEAD);
        }

        // ------------------------------------------------------------ scanning

        List<Item> scan(Sentence s) {
            List<Token> t = s.tokens();
            List<Item> items = new ArrayList<>();
            int i = 0;
            while (i < t.size()) {
                boolean quoted = s.quoteAt(i) != null;
                Item it = quoted ? scanQuoted(t, i) : scanAt(t, i, i == 0 || isOpening(t, i));
                if (it == null) {
                    i++;
                    continue;
                }
                it.quoted = quoted;
                if (it.end < t.size() && (t.get(it.end).text().equals("'s") || t.get(it.end).text().equals("'"))
                        && it.kind != ItemKind.PRONOUN && it.kind != ItemKind.DATE && it.kind != ItemKind.TITLE) {
                    it.possessive = true;
                    it.end++;
                }
                items.add(it);
                i = Math.max(it.end, i + 1);
            }
            return items;
        }

        /** Only names are read inside quotations: they tell which entities the article speaks of. */
        Item scanQuoted(List<Token> t, int i) {
            Gazetteer.Match m = gazetteer.longest(t, i, KINDS_NAME_DEMONYM);
            if (m == null || m.phrase().entry().type() == EntityType.PERSON) {
                return null;
            }
            Item it = new Item(ItemKind.GAZ, i, m.end());
            it.match = m;
            return it;
        }

        boolean isOpening(List<Token> t, int i) {
            String p = t.get(i - 1).text();
            return p.equals("\"") || p.equals(":") || p.equals("(");
        }

        Item scanAt(List<Token> t, int i, boolean sentenceStart) {
            Token tok = t.get(i);
            String w = tok.folded();
            if (w.equals("-")) {
                return null;
            }
            Item date = date(t, i);
            if (date != null) {
                return date;
            }
            if (w.equals("the")) {
                Item d = definite(t, i);
                if (d != null) {
                    return d;
                }
            }
            Gazetteer.Match m = gazetteer.longest(t, i, KINDS_NAME_DEMONYM_CAPITAL);
            Gazetteer.Match seat = m == null || gazetteer.legislature(m.phrase().entry()) == null ? null : gazetteer.longest(t, i, KINDS_TITLE);
            if (seat != null && seat.end() > m.end()) {
                m = null; // "Bundestag member Jan Weber": a member's title that starts with its chamber's name
            }
            if (m != null && m.phrase().kind() == Kind.DEMONYM && i > 0 && t.get(i - 1).isCapitalized()
                    && lexicon.is("region-prefix", t.get(i - 1))) {
                m = null; // "a Latin American secretary-general", "Central American", "Sub-Saharan African": a region's, no country's
            }
            if (m != null && m.phrase().kind() == Kind.CAPITAL && m.end() < t.size() && t.get(m.end()).isCapitalized()
                    && t.get(m.end()).isWord() && gazetteer.givenName(tok.text()) != null) {
                m = null; // "Sofia Lindqvist" is a person, not Bulgaria's capital
            }
            if (m != null && m.phrase().kind() == Kind.NAME && m.end() == i + 1 && m.phrase().entry().type() == EntityType.PERSON
                    && gazetteer.isFamilyNameFirst(tok.text()) && m.end() < t.size() && t.get(m.end()).isCapitalized()
                    && t.get(m.end()).isWord() && !lexicon.is("capitalized-function-word", t.get(m.end()))
                    && !lexicon.is("organization-word", t.get(m.end())) && gazetteer.longest(t, m.end(), KINDS_NAME_DEMONYM_TITLE) == null) {
                m = null; // "Tsai Po-han" is not Tsai Ing-wen, whom "Tsai" alone names: a family name written first, then given names
            }
            if (m != null && m.phrase().kind() == Kind.NAME && m.end() == i + 1 && m.phrase().entry().type() == EntityType.PERSON
                    && gazetteer.givenName(tok.text()) != null && m.end() < t.size() && t.get(m.end()).isCapitalized()
                    && t.get(m.end()).isWord() && !lexicon.is("capitalized-function-word", t.get(m.end()))
                    && !lexicon.is("organization-word", t.get(m.end())) && !lexicon.is("non-person-word", t.get(m.end()))
                    && !lexicon.is("weekday", t.get(m.end()))
                    && gazetteer.longest(t, m.end(), KINDS_NAME_DEMONYM_TITLE_CAPITAL) == null) {
                m = null; // "Anwar Rahimov" is not Anwar Ibrahim, whom "Anwar" alone names: a given name, then a family name
            }
            if (m != null && m.phrase().kind() == Kind.NAME && m.end() == i + 1 && m.phrase().entry().type() == EntityType.COUNTRY
                    && gazetteer.givenName(tok.text()) != null && m.end() < t.size() && t.get(m.end()).isCapitalized()
                    && t.get(m.end()).isWord() && !lexicon.is("organization-word", t.get(m.end()))
                    && !lexicon.is("non-person-word", t.get(m.end())) && !lexicon.is("capitalized-function-word", t.get(m.end()))
                    && gazetteer.longest(t, m.end(), KINDS_NAME_DEMONYM) == null) {
                m = null; // "Jordan Whitecalf" is a person, not the kingdom
            }
            Item region = regionAt(t, i, m);
            if (region != null) {
                return region;
            }
            if (m != null && m.end() < t.size() && t.get(m.end()).isCapitalized() && m.phrase().entry().type() == EntityType.COUNTRY
                    && m.phrase().kind() != Kind.DEMONYM) {
                // "London School of Economics", "Pakistan Bar Council": a body named after a place
                int run = runEnd(t, m.end());
                if (run > m.end() && lexicon.is("organization-word", t.get(run - 1))) {
                    return new Item(ItemKind.RUN, i, organizationOf(t, run));
                }
            }
            if (m != null && m.end() < t.size() && t.get(m.end()).isCapitalized()
                    && (m.phrase().kind() == Kind.DEMONYM || m.phrase().entry().type() != EntityType.COUNTRY
                        && m.phrase().entry().type() != EntityType.PERSON)) {
                // "Indian National Congress", "African Union Commission": a name that starts with another
                int end = organizationOf(t, runEnd(t, m.end()));
                if (end > m.end()) {
                    List<String> following = new ArrayList<>();
                    for (int k = m.end(); k < end; k++) {
                        following.add(t.get(k).text());
                    }
                    if (following.stream().anyMatch(x -> lexicon.is("organization-word", x))) {
                        return new Item(ItemKind.RUN, i, end);
                    }
                }
            }
            if (m != null) {
                Item it = new Item(ItemKind.GAZ, i, m.end());
                it.match = m;
                if (m.phrase().kind() == Kind.NAME && m.phrase().entry().type() == EntityType.ORGANIZATION && m.end() < t.size()
                        && !t.get(m.end()).isCapitalized() && (lexicon.is("organization-nominal", t.get(m.end()))
                            || lexicon.is("alliance-nominal", t.get(m.end())))
                        && !lexicon.is("organization-nominal", Normalizer.fold(m.phrase().words()[m.phrase().words().length - 1]))) {
                    it.end = m.end() + 1; // "European Solidarity party", "the Congress party"
                }
                return it;
            }
            Gazetteer.Match title = gazetteer.longest(t, i, KINDS_TITLE);
            if (title != null && title.end() >= i + 4 && title.end() < t.size() && t.get(title.end() - 1).is("opposition")
                    && t.get(title.end()).isCapitalized()) {
                // "leader of the opposition Citizens Coalition for Change": the leader of that party
                title = gazetteer.longest(t.subList(0, title.end() - 3), i, Kind.TITLE);
            }
            if (title != null && !(tok.isCapitalized() && nextIsCapitalizedRunOfOrganization(t, i))) {
                Item it = new Item(ItemKind.TITLE, i, title.end());
                it.match = title;
                return it;
            }
            if (lexicon.is("pronoun-male", tok) || lexicon.is("pronoun-female", tok)) {
                return new Item(ItemKind.PRONOUN, i, i + 1);
            }
            if (NameParticles.is(w) && i + 2 < t.size() && t.get(i + 1).text().equals("-") && t.get(i + 2).isCapitalized()) {
                int end = runEnd(t, i + 2); // "al-Saadi" said
                if (end > i + 2) {
                    return new Item(ItemKind.RUN, i, end);
                }
            }
            if (tok.isCapitalized() && honorificBeforeName(t, i)) {
                return null; // "Professor Didier Kra", "Lt. Gen. Ramon Villanueva": the name starts after the honorific
            }
            if (tok.isCapitalized() && lexicon.is("body-rank", tok) && i + 1 < t.size() && gazetteer.longest(t, i + 1, KINDS_TITLE) != null) {
                return null; // "The APC National Chairman": a rank of the title that follows, no name
            }
            if (tok.isCapitalized() && gazetteer.officeNames().isPortfolio(tok.text()) && i + 1 < t.size()
                    && gazetteer.longest(t, i + 1, KINDS_TITLE) != null
                    && gazetteer.longest(t, i + 1, KINDS_TITLE).phrase().title().kind().equals("minister")) {
                return null; // "the Treasury Cabinet Secretary": the portfolio of the title that follows, no name
            }
            if (tok.isCapitalized() && !lexicon.is("capitalized-function-word", tok)
                    && !lexicon.is("weekday", tok) && !(lexicon.is("month", tok) && monthOf(t, i) > 0)
                    && !lexicon.is("modifier-former", tok)) { // "Former Union Minister X" opens no name
                int end = runEnd(t, i);
                if (end >= i + 4 && particleHyphensOnly(t, i, end)
                        && gazetteer.givenName(tok.text()) == null // "General Abdel Karim al-Mahdi" too
                        && gazetteer.givenName(t.get(i + 1).text()) != null && !lexicon.is("organization-word", t.get(end - 1))) {
                    return null; // "the veteran Peronist Juan Carlos Ortiz": the name starts at the given name

                }
                for (int p = i + 2; p <= i + 3 && p + 2 <= end; p++) {
                    if (gazetteer.givenName(t.get(p).text()) != null && (lexicon.is("occupation-noun", t.get(p - 1))
                            || lexicon.is("person-noun", t.get(p - 1))) && particleHyphensOnly(t, i, p)
                            && gazetteer.givenName(tok.text()) == null && !lexicon.is("organization-word", t.get(end - 1))) {
                        return null; // "Ward Representative Joseph Mwangi Kariuki": a title the gazetteer does not know, then the name
                    }
                }
                int named = i + 1 < end && lexicon.is("party-label", tok) && lexicon.is("member-title", t.get(i + 1)) ? i + 2 : i + 1;
                if (end >= named + 2 && (lexicon.is("party-label", tok) || lexicon.is("member-title", tok))
                        && gazetteer.givenName(t.get(named).text()) != null) {
                    return null; // "Democrat Anita Moreno" (PartyLabel), "MPs Tom Baker and …": the name starts after
                }
                if (end > i) {
                    end = organizationOf(t, end);
                    Item run = new Item(ItemKind.RUN, i, end);
                    run.inner = PartyName.inner(gazetteer, t, i, end);
                    return run;
                }
            }
            return null;
        }

        /**
         * A region's name at {@code i} ("Ontario", "Osun State", "New South Wales"), when no other gazetteer name is as long
         * ({@code m}: "Georgia" the country, "Bogotá" the capital), no capitalised word other than a title goes on with it
         * ("Ontario Liberal Party", "Texas Instruments"), and a one-word name that is a given name stands next to a title
         * ("Victoria's premier", "Premier of Victoria"; not "Victoria Beckham"). Null otherwise.
         */
        Item regionAt(List<Token> t, int i, Gazetteer.Match m) {
            Gazetteer.Match r = gazetteer.longest(t, i, KINDS_REGION);
            if (r == null || m != null && m.end() >= r.end()) {
                return null;
            }
            int next = r.end() < t.size() && (t.get(r.end()).text().equals("'s") || t.get(r.end()).text().equals("'")) ? r.end() + 1 : r.end();
            boolean titleAfter = next < t.size() && gazetteer.longest(t, next, KINDS_TITLE) != null;
            boolean titleBefore = i >= 2 && t.get(i - 1).is("of") && gazetteer.endsTitle(t.get(i - 2).text());
            if (next == r.end() && next < t.size() && t.get(next).isCapitalized() && t.get(next).isWord() && !titleAfter && !titleBefore) {
                return null; // not "Governor of Osun State Ademola Adeleke" either: a name after the title's place
            }
            if (next == r.end() && next < t.size() && !t.get(next).isCapitalized() && lexicon.is("organization-nominal", t.get(next))) {
                return null; // "Quebec union leader": a body of the place, read as before
            }
            if (r.end() == i + 1 && gazetteer.givenName(t.get(i).text()) != null && !titleAfter && !titleBefore) {
                return null;
            }
            Item it = new Item(ItemKind.GAZ, i, r.end());
            it.match = r;
            if (m != null && m.phrase().kind() == Kind.CAPITAL) {
                it.capitalInside = m.phrase().entry();
            }
            return it;
        }

        /** A one-word region's name that is the surname of a person the article names ("Houston said") is that person's. */
        void regionsNotSurnames(List<List<Item>> items) {
            for (List<Item> l : items) {
                for (Item it : l) {
                    if (it.kind == ItemKind.GAZ && it.entry().type() == EntityType.REGION && it.match.end() == it.start + 1
                            && surnames.contains(Normalizer.fold(it.match.phrase().words()[0]))) {
                        it.kind = ItemKind.RUN;
                        it.end = it.match.end();
                        it.possessive = false;
                        it.match = null;
                    }
                }
            }
        }

        /** The region a region's item names, read with a title (may be null), or null when its name stays ambiguous. */
        Entity regionOf(Item it, OfficeTitle title) {
            String name = String.join(" ", it.match.phrase().words());
            GazetteerEntry e = regions.choose(name, title, home);
            return e == null ? null : registry.region(e, gazetteer.regionCountry(e));
        }

        /**
         * See {@link #homeRegion}: the region, not a city, named most, at least twice (once when nothing else is named),
         * more than twice as often as any other ("before Iowa" twice in a story about a governor of New Mexico names no
         * home), and at least as often as its country.
         */
        Entity homeRegion(List<List<Item>> items) {
            Map<GazetteerEntry, Integer> counts = new HashMap<>();
            Map<GazetteerEntry, Integer> countries = new HashMap<>();
            for (List<Item> l : items) {
                for (Item it : l) {
                    if (it.kind != ItemKind.GAZ) {
                        continue;
                    }
                    if (it.entry().type() == EntityType.COUNTRY) {
                        countries.merge(it.entry(), 1, Integer::sum);
                        continue;
                    }
                    GazetteerEntry e = it.entry().type() == EntityType.REGION
                            ? regions.choose(String.join(" ", it.match.phrase().words()), null, home) : null;
                    if (e != null && !regions.isCity(e)) {
                        counts.merge(e, 1, Integer::sum);
                    }
                }
            }
            GazetteerEntry best = null;
            int n = 0;
            int second = 0;
            for (Map.Entry<GazetteerEntry, Integer> e : counts.entrySet()) {
                if (e.getValue() > n || e.getValue() == n && best != null && e.getKey().name().compareTo(best.name()) < 0) {
                    second = Math.max(second, n);
                    best = e.getKey();
                    n = e.getValue();
                } else {
                    second = Math.max(second, e.getValue());
                }
            }
            GazetteerEntry country = best == null ? null : gazetteer.regionCountry(best);
            countryNamed = !countries.isEmpty();
            // named once, it is the story's only when the story names no country and no other region ("Ontario cabinet")
            boolean alone = n == 1 && second == 0 && countries.isEmpty();
            if (best == null || n < 2 && !alone || n <= 2 * second || country == null || home != null && !home.name().equals(country.name())
                    || countries.getOrDefault(country, 0) > n) {
                return null;
            }
            return registry.region(best, country);
        }

        /** Are tokens [from, to) words, or hyphens after a name particle ("al-Mahdi"; not "Abdel-Rahman")? */
        boolean particleHyphensOnly(List<Token> t, int from, int to) {
            for (int k = from; k < to; k++) {
                if (!t.get(k).isWord() && !(t.get(k).text().equals("-") && k > from && NameParticles.is(t.get(k - 1).folded()))) {
                    return false;
                }
            }
            return true;
        }

        /** "Supreme Court" is an organisation, not the title "Supreme…": a title must not start one. */
        boolean nextIsCapitalizedRunOfOrganization(List<Token> t, int i) {
            int end = runEnd(t, i);
            return end - i >= 2 && lexicon.is("organization-word", t.get(end - 1));
        }

        /** The end of a run of capitalised words (with name particles and hyphens inside). */
        int runEnd(List<Token> t, int i) {
            int j = i;
            int end = i;
            while (j < t.size()) {
                Token k = t.get(j);
                String w = k.folded();
                int party = j > i && k.isCapitalized() && startsGazetteerName(t, j) ? PartyName.through(gazetteer, lexicon, t, i, j) : -1;
                if (party > j) {
                    j = party; // "the Socialist Left Party": a party's name, longer than the "Left Party" inside it
                    end = j;
                } else if (k.isCapitalized() && k.isWord() && !(j > i && lexicon.is("capitalized-function-word", w))
                        && !lexicon.is("weekday", w) && !(j > i && startsGazetteerName(t, j))
                        && !(j > i && startsAcronymTitle(t, j))) {
                    j++;
                    end = j;
                } else if (j == end && PartyName.possessiveInside(gazetteer, lexicon, t, i, j)) {
                    j++; // "the People's Democratic Alliance"
                } else if (j > i && j == end && PartyName.forInside(lexicon, t, j)) {
                    j++; // "the Together for Change alliance"
                } else if (j > i && (w.equals("-") && !spacedDash(t, j) || NameParticles.is(w)) && j + 1 < t.size()
                        && t.get(j + 1).isCapitalized()) {
                    j++; // "Jean-Pierre", "Ould-Abdallah", but not the dash of "GENEVA - Sofia Lindgren has been"
                } else if (j == i + 2 && end == j && givenSyllableAfterHyphen(t, i, j)) {
                    j += 2; // "Kuo Ming-te", "Chu Kuan-yu": a given name in two syllables, the second in lower case
                    end = j;
                } else if (j > i && NameParticles.is(w) && j + 2 < t.size() && t.get(j + 1).text().equals("-")
                        && t.get(j + 2).isCapitalized()) {
                    j += 2; // "Karim al-Saadi"
                } else if (j > i && NameParticles.is(w) && j + 2 < t.size() && NameParticles.is(t.get(j + 1).folded())
                        && t.get(j + 2).isCapitalized() && t.get(j + 2).isWord()) {
                    j += 2; // "Annelies van der Hoeven", "Jan van den Berg": two particles
                } else if (j > i && (w.equals("and") || w.equals("&")) && j == end && j - i <= 3 && gazetteer.givenName(t.get(i).text()) == null
                        && t.subList(i, j).stream().noneMatch(x -> lexicon.is("organization-word", x)) && andJoinsOrganization(t, j + 1)) {
                    j++; // "Nuclear Safety and Security Commission": "and" inside an organisation's name
                } else if (j > i && w.equals("for") && j == end && lexicon.is("organization-word", t.get(j - 1))
                        && j + 1 < t.size() && t.get(j + 1).isCapitalized() && t.get(j + 1).isWord()
                        && !lexicon.is("capitalized-function-word", t.get(j + 1)) && !startsGazetteerName(t, j + 1)) {
                    j++; // "Alliance for Progress", "Coalition for Change": "for" inside an organisation's name
                } else {
                    break;
                }
            }
            return end;
        }

        /** Syllables after a hyphen that are English words, not the second syllable of a given name ("Hong Kong-run"). */
        private static final Set<String> NOT_GIVEN_SYLLABLES = Set.of("run", "era", "born", "wide", "made", "style", "type", "like",
                "area", "bound", "held", "level", "only", "free", "old", "day", "year", "scale", "class", "and", "for", "the", "bloc",
                "owned", "led", "ish", "esque", "lite", "proof", "sized", "size", "wise", "to", "in", "on", "up", "out", "off", "by",
                "big", "new", "two", "one", "fed", "rich", "poor", "long", "high", "low", "time", "term", "zone", "side", "page");

        /**
         * At {@code j}, a hyphen joined without spaces to the capitalised word before it and to a short lower-case
         * syllable after it, in a name that starts with a family name written first: "Kuo Ming-te", which the
         * tokenizer splits where it keeps "Chen Yi-fan" whole.
         */
        boolean givenSyllableAfterHyphen(List<Token> t, int i, int j) {
            if (j + 1 >= t.size() || !t.get(j).text().equals("-") || !gazetteer.isFamilyNameFirst(t.get(i).text())
                    || gazetteer.givenName(t.get(i).text()) != null) {
                return false;
            }
            Token before = t.get(j - 1);
            Token after = t.get(j + 1);
            String a = after.text();
            if (before.end() != t.get(j).start() || t.get(j).end() != after.start() || !before.isCapitalized() || a.length() > 6
                    || a.endsWith("ed") || NOT_GIVEN_SYLLABLES.contains(a)) {
                return false;
            }
            for (int c = 0; c < a.length(); c++) {
                if (a.charAt(c) < 'a' || a.charAt(c) > 'z') {
                    return false;
                }
            }
            return j + 2 >= t.size() || !(t.get(j + 2).text().equals("-") && t.get(j + 2).start() == after.end());
        }

        /**
         * Do the capitalised words from {@code j} end in an organisation word, with none of them a name the gazetteer
         * knows or a function word ("… and Security Commission", not "… and Germany", not "… and Conservative Party")?
         */
        boolean andJoinsOrganization(List<Token> t, int j) {
            int k = j;
            while (k < t.size() && k - j < 5 && t.get(k).isCapitalized() && t.get(k).isWord()
                    && !lexicon.is("capitalized-function-word", t.get(k)) && !startsGazetteerName(t, k)
                    && gazetteer.givenName(t.get(k).text()) == null) {
                k++;
            }
            return k > j && lexicon.is("organization-word", t.get(k - 1))
                    && (k >= t.size() || !t.get(k).isCapitalized() || !t.get(k).isWord());
        }

        /** "Central Bank" + "of Egypt", "Ministry" + "of the Interior": an organisation word takes its "of" phrase. */
        int organizationOf(List<Token> t, int end) {
            if (!lexicon.is("organization-word", t.get(end - 1)) || end + 1 >= t.size() || !t.get(end).is("of")) {
                return end;
            }
            int j = end + 1;
            if (j < t.size() && t.get(j).is("the")) {
                j++;
            }
            if (j >= t.size() || !t.get(j).isCapitalized()) {
                return end;
            }
            Gazetteer.Match g = gazetteer.longest(t, j, KINDS_NAME);
            if (g != null) {
                return g.end();
            }
            int e = runEnd(t, j);
            return e > j ? e : end;
        }

        /** "Toronto MP Marcus Reid", "Senate President Ramon Villaroel": a title ends a run of names. */
        boolean startsAcronymTitle(List<Token> t, int j) {
            Gazetteer.Match m = gazetteer.longest(t, j, KINDS_TITLE);
            return m != null && (m.phrase().caseSensitive() || t.get(j).isCapitalized() && m.end() < t.size()
                    && t.get(m.end()).isCapitalized());
        }

        /** After "the 58-year-old": the end of a person noun with its modifiers ("former central banker"), else j. */
        int describedNoun(List<Token> t, int j) {
            int k = j;
            while (k < t.size() && k - j < 3 && !t.get(k).isCapitalized() && lexicon.is("person-noun-modifier", t.get(k))) {
                k++;
            }
            return k < t.size() && !t.get(k).isCapitalized() && lexicon.is("person-noun", t.get(k)) ? k + 1 : j;
        }

        boolean startsGazetteerName(List<Token> t, int j) {
            Gazetteer.Match m = gazetteer.longest(t, j, KINDS_NAME_DEMONYM);
            return m != null && m.phrase().entry().type() != EntityType.PERSON;
        }

        /** "the 57-year-old", "the alliance", "the US-led military alliance", "the Russian leader". */
        Item definite(List<Token> t, int i) {
            // the N-year-old
            if (i + 1 < t.size() && DIGITS.matcher(t.get(i + 1).text()).matches()) {
                int j = i + 2;
                List<String> rest = new ArrayList<>();
                while (j < t.size() && rest.size() < 3) {
                    String w = t.get(j).text();
                    if (!w.equals("-")) {
                        rest.add(w.toLowerCase(java.util.Locale.ROOT));
                    }
                    j++;
                    if (rest.equals(List.of("year", "old"))) {
                        return new Item(ItemKind.AGE, i, describedNoun(t, j));
                    }
                }
            }
            // "the Iraqi", "the Dane": a nationality standing for a person (a noun: nothing nominal follows)
            if (i + 1 < t.size() && t.get(i + 1).isCapitalized()) {
                Gazetteer.Match dm = gazetteer.longest(t, i + 1, KINDS_DEMONYM);
                if (dm != null && (dm.end() >= t.size() || !t.get(dm.end()).isWord() && !t.get(dm.end()).text().equals("-") // not "the Slovak-born businessman
                        || lexicon.is("speech-verb", t.get(dm.end())) || lexicon.is("verb-after-subject", t.get(dm.end()))
                        || prepositionAfterNoun(t.get(dm.end()))
                        || !t.get(dm.end()).isCapitalized() && t.get(dm.end()).text().endsWith("ed")
                            && !lexicon.is("adjective-ed", t.get(dm.end())))) { // not "the Ukrainian armed forces"
                    boolean pairedAdjective = dm.end() + 1 < t.size() && (t.get(dm.end()).is("and") || t.get(dm.end()).is("or"))
                            && gazetteer.longest(t, dm.end() + 1, KINDS_DEMONYM) != null;
                    if (pairedAdjective) {
                        return null; // "the Italian and Croatian members": two adjectives of one noun, no person
                    }
                    return new Item(ItemKind.PERSON_NOMINAL, i, dm.end());
                }
            }
            // the [modifiers] head-noun
            int j = i + 1;
            int words = 0;
            while (j < t.size() && words < 5) {
                Token k = t.get(j);
                String w = k.folded();
                boolean last = j + 1 >= t.size() || !isNominalContinuation(t.get(j + 1));
                if (last || !k.isCapitalized()) {
                    for (String cat : new String[] {"alliance-nominal", "organization-nominal", "country-nominal"}) {
                        if (lexicon.is(cat, k) && !k.isCapitalized() && nothingNamedAfter(t, j + 1)
                                && !(cat.startsWith("country") && j + 1 < t.size() && (lexicon.is("alliance-nominal", t.get(j + 1))
                                    || lexicon.is("organization-nominal", t.get(j + 1)))) // "the six-nation bloc"
                                && !(j + 1 < t.size() && (lexicon.is("thing-after-nominal", t.get(j + 1))
                                    || gazetteer.longest(t, j + 1, KINDS_TITLE) != null))) { // "the coalition arrangement", "the commission president"
                            Item it = new Item(ItemKind.NOMINAL, i, j + 1);
                            it.nominalType = cat.startsWith("alliance") ? EntityType.ALLIANCE
                                    : cat.startsWith("organization") ? EntityType.ORGANIZATION : EntityType.COUNTRY;
                            return it;
                        }
                    }
                    boolean floorLeader = j > i + 1 && (t.get(j - 1).is("minority") || t.get(j - 1).is("majority"));
                    if (lexicon.is("person-nominal", k) && !k.isCapitalized() && nothingNamedAfter(t, j + 1) && !floorLeader // a chamber's office
                            && !nameAfterDescription(t, j + 1) // "the veteran trade negotiator Ravindra Maharaj" names him
                            && !(j + 1 < t.size() && t.get(j + 1).is("of") && gazetteer.longest(t, j, KINDS_TITLE) != null)
                            && (gazetteer.longest(t, j, KINDS_TITLE) == null
                                || gazetteer.longest(t, j, KINDS_TITLE).phrase().title().isPartyLeader())) {
                        return new Item(ItemKind.PERSON_NOMINAL, i, j + 1);
                    }
                }
                if (k.isCapitalized() && gazetteer.longest(t, j, KINDS_NAME_DEMONYM) != null) {
                    Gazetteer.Match inner = gazetteer.longest(t, j, KINDS_NAME_DEMONYM);
                    if (inner.phrase().kind() == Kind.NAME && inner.phrase().entry().type().isPolity()
                            && inner.phrase().entry().type() != EntityType.COUNTRY && inner.end() < t.size()
                            && (lexicon.is("organization-nominal", t.get(inner.end()))
                                || lexicon.is("alliance-nominal", t.get(inner.end())))) {
                        return null; // "the European Solidarity party" is the party named, not the last one
                    }
                    int after = inner.end() < t.size() && t.get(inner.end()).text().equals("'s") ? inner.end() + 1 : inner.end();
                    if (inner.phrase().kind() == Kind.NAME && inner.phrase().entry().type() == EntityType.ORGANIZATION
                            && (after > inner.end() || gazetteer.partyCountry(inner.phrase().entry()) != null) && after < t.size()
                            && gazetteer.longest(t, after, KINDS_TITLE) != null
                            && gazetteer.longest(t, after, KINDS_TITLE).phrase().title().isPartyLeader()) {
                        return null; // "the Scottish National Party's leader", "the Reform UK leader": the party's office
                    }
                    j = inner.end();
                    words++;
                    continue;
                }
                if (w.equals("-") || w.equals("'s") || (!k.isCapitalized() && k.isWord() && !lexicon.is("preposition", k)
                        && !lexicon.is("capitalized-function-word", k))) {
                    j++;
                    words++;
                    continue;
                }
                break;
            }
            return null;
        }

        boolean isNominalContinuation(Token k) {
            return k.isWord() && !k.isCapitalized();
        }

        /**
         * A preposition that follows a noun, not an adjective ("voted for the Egyptian in every round");
         * "and", "or" and "of" may join adjectives ("the Egyptian and Moroccan delegations") and are left out.
         */
        private boolean prepositionAfterNoun(Token k) {
            return lexicon.is("preposition", k) && !NOT_AFTER_NOUN.contains(k.folded());
        }

        boolean nothingNamedAfter(List<Token> t, int j) {
            return j >= t.size() || !t.get(j).isCapitalized();
        }

        /**
         * Whether words that describe a person ("trade negotiator", "public-health specialist") follow from token
         * {@code j} and then a capitalised word: the description and the name are one noun phrase.
         */
        boolean nameAfterDescription(List<Token> t, int j) {
            int k = j;
            boolean noun = false;
            while (k < t.size() && k < j + 4 && !t.get(k).isCapitalized()
                    && (lexicon.is("person-noun", t.get(k)) || lexicon.is("person-noun-modifier", t.get(k)))) {
                noun |= lexicon.is("person-noun", t.get(k));
                k++;
            }
            return noun && k < t.size() && t.get(k).isCapitalized() && t.get(k).isWord();
        }

        // ------------------------------------------------------------ dates

        Item date(List<Token> t, int i) {
            String w = t.get(i).folded();
            Item relative = relativeDate(t, i, w);
            if (relative != null) {
                return relative;
            }
            int month = monthOf(t, i);
            if (month > 0) {
                int j = i + 1;
                int day = 0;
                if (j < t.size() && DAY.matcher(t.get(j).text()).matches()) {
                    day = Integer.parseInt(t.get(j).text().replaceAll("\\D", ""));
                    j++;
                }
                if (j < t.size() && t.get(j).text().equals(",") && j + 1 < t.size() && YEAR.matcher(t.get(j + 1).text()).matches()) {
                    j++;
                }
                if (j < t.size() && YEAR.matcher(t.get(j).text()).matches()) {
                    int year = Integer.parseInt(t.get(j).text());
                    return dateItem(i, j + 1, day > 0 ? safeDay(year, month, day) : TemporalValue.month(year, month));
                }
                if (published != null) {
                    int year = published.getYear();
                    return dateItem(i, j, day > 0 ? safeDay(year, month, day) : TemporalValue.month(year, month));
                }
                return dateItem(i, j, null);
            }
            if (w.isEmpty() || w.charAt(0) < '0' || w.charAt(0) > '9') {
                return null; // days, years and year ranges start with a digit
            }
            if (DAY.matcher(w).matches() && i + 1 < t.size() && monthOf(t, i + 1) > 0) {
                int m = monthOf(t, i + 1);
                int d = Integer.parseInt(w.replaceAll("\\D", ""));
                if (i + 2 < t.size() && YEAR.matcher(t.get(i + 2).text()).matches()) {
                    return dateItem(i, i + 3, safeDay(Integer.parseInt(t.get(i + 2).text()), m, d));
                }
                return dateItem(i, i + 2, published == null ? null : safeDay(published.getYear(), m, d));
            }
            if (YEAR.matcher(w).matches()) {
                return dateItem(i, i + 1, TemporalValue.year(Integer.parseInt(w)));
            }
            java.util.regex.Matcher range = YEAR_RANGE.matcher(w);
            if (range.matches()) {
                return dateItem(i, i + 1, TemporalValue.year(Integer.parseInt(range.group(1))));
            }
            return null;
        }

        /**
         * "last year", "this year", "next year", "last month", "this month", "next month": dated from
         * the publication date ("earlier this year" is this year); unresolved without one.
         */
        Item relativeDate(List<Token> t, int i, String w) {
            int shift = switch (w) {
                case "last" -> -1;
                case "this" -> 0;
                case "next" -> 1;
                default -> 2;
            };
            if (shift == 2 || i + 1 >= t.size()) {
                return null;
            }
            String unit = t.get(i + 1).folded();
            if (!unit.equals("year") && !unit.equals("month")) {
                return null;
            }
            if (published == null) {
                return dateItem(i, i + 2, null);
            }
            if (unit.equals("year")) {
                return dateItem(i, i + 2, TemporalValue.year(published.getYear() + shift));
            }
            LocalDate m = published.plusMonths(shift);
            return dateItem(i, i + 2, TemporalValue.month(m.getYear(), m.getMonthValue()));
        }

        TemporalValue safeDay(int y, int m, int d) {
            try {
                return TemporalValue.day(LocalDate.of(y, m, d));
            } catch (java.time.DateTimeException e) {
                return TemporalValue.month(y, m);
            }
        }

        Item dateItem(int start, int end, TemporalValue v) {
            Item it = new Item(ItemKind.DATE, start, end);
            it.date = v;
            return it;
        }

        /** The month a capitalised month name names (1-12), or 0; "May" needs a date context. */
        int monthOf(List<Token> t, int i) {
            Token k = t.get(i);
            if (!k.isCapitalized()) {
                return 0;
            }
            String w = k.folded().replace(".", "");
            for (int m = 0; m < 12; m++) {
                if (MONTHS[m].equals(w) || (w.length() >= 3 && MONTHS[m].startsWith(w) && lexicon.is("month", w))) {
                    if (m == 4) {
                        boolean before = i > 0 && Set.of("in", "since", "until", "from", "by", "early", "late", "mid", "last", "next", "this")
                                .contains(t.get(i - 1).folded());
                        boolean after = i + 1 < t.size() && (DAY.matcher(t.get(i + 1).text()).matches()
                                || YEAR.matcher(t.get(i + 1).text()).matches());
                        if (!before && !after) {
                            return 0;
                        }
                    }
                    if (gazetteer.givenName(k.text()) != null && i + 1 < t.size() && t.get(i + 1).isCapitalized() && t.get(i + 1).isWord()
                            && !(i > 0 && Set.of("in", "since", "until", "from", "by", "early", "late", "mid", "last", "next", "this", "of")
                                .contains(t.get(i - 1).folded()))
                            && !lexicon.is("capitalized-function-word", t.get(i + 1)) && !lexicon.is("weekday", t.get(i + 1))) {
                        return 0; // "former president Jan Dąbrowski", "April Ryan": a given name before a surname
                    }
                    return m + 1;
                }
            }
            return 0;
        }

        // ------------------------------------------------------------ full names (first pass)

        void collectFullNames(Sentence s, List<Item> items) {
            List<Token> t = s.tokens();
            for (int k = 0; k < items.size(); k++) {
                Item it = items.get(k);
                if (it.kind == ItemKind.RUN && !it.quoted && !it.possessive) {
                    placeOffices.notePlace(t, it.start, it.end); // "in Córdoba"
                }
                if (it.kind == ItemKind.GAZ && !it.quoted && it.entry().type().isPolity() && it.entry().type() != EntityType.COUNTRY
                        && it.entry().name().contains(" ")) {
                    organizations.putIfAbsent(initials(it.entry().name()), it.entry().name());
                }
                if (it.kind == ItemKind.GAZ && !it.quoted && it.entry().type().isPolity() && it.entry().type() != EntityType.COUNTRY
                        && it.end + 2 < t.size() && t.get(it.end).text().equals("(") && t.get(it.end + 2).text().equals(")")
                        && isAcronymWord(t.get(it.end + 1).text())) {
                    acronyms.putIfAbsent(t.get(it.end + 1).text(), it.entry().name()); // "the Democratic Alliance (DA)"
                }
                if (it.kind == ItemKind.RUN && !it.quoted && nameWords(t, it).size() >= 2
                        && nameWords(t, it).stream().anyMatch(w -> lexicon.is("organization-word", w))) {
                    String name = nameText(s, it);
                    organizations.putIfAbsent(initials(name), name);
                    // "the National Confederation of Industry (CNI)": an acronym defined
                    if (it.end + 2 < t.size() && t.get(it.end).text().equals("(") && t.get(it.end + 2).text().equals(")")
                            && isAcronymWord(t.get(it.end + 1).text())) {
                        acronyms.put(t.get(it.end + 1).text(), name);
                    }
                }
                if (it.kind == ItemKind.RUN && !it.quoted && !it.possessive
                        && (BodyApposition.follows(t, it.end, lexicon) || BodyApposition.precedes(t, it.start, lexicon) && endsName(t, it))
                        && gazetteer.givenName(t.get(it.start).text()) == null && !(k > 0 && isTitleBefore(t, items.get(k - 1), it))
                        && !(it.start > 0 && honorific(t.get(it.start - 1).text()) != null)) {
                    introducedBodies.add(Normalizer.fold(nameText(s, it))); // "Fair Trials, a campaign group that …"
                    continue;
                }
                if (it.kind == ItemKind.GAZ && it.entry().type() == EntityType.PERSON) {
                    Entity e = registry.of(it.entry());
                    surnames.add(e.surname());
                    String first = familyNameFirst(e);
                    if (first != null) {
                        surnames.add(first);
                    }
                    continue;
                }
                if (it.kind != ItemKind.RUN || it.quoted || nameWords(t, it).size() < 2
                        || nameWords(t, it).stream().anyMatch(w -> lexicon.is("organization-word", w))) {
                    continue;
                }
                if (it.end < t.size() && !t.get(it.end).isCapitalized() && lexicon.is("organization-nominal", t.get(it.end))) {
                    continue; // "the European Solidarity party" names a body
                }
                int first = it.start;
                while (first + 1 < it.end && isInitial(t.get(first).text())) {
                    first++; // "M. T. Sasidharan Pillai": the given name after the initials
                }
                Gender given = gazetteer.givenName(t.get(first).text());
                boolean titled = k > 0 && isTitleBefore(t, items.get(k - 1), it);
                int honorifics = honorificsBefore(t, it.start);
                boolean honorific = honorificBefore(t, it.start) >= 0 || honorifics < it.start;
                if (namesPlace(nameWords(t, it))) {
                    continue; // "Nelson Mandela Square", "Jomo Kenyatta International Airport", "Nakuru Law Courts"
                }
                if (endsInPartyAdjective(nameWords(t, it))) {
                    continue; // "Christian Democratic leader Joris Hendriks": a party's adjectives, not a person
                }
                if (given != null || titled || honorific || looksLikeName(t, it)) {
                    String name = nameText(s, it);
                    fullNames.putIfAbsent(Normalizer.fold(name), name);
                    for (int h = honorifics; h < it.start; h++) {
                        if (lexicon.is("given-name-honorific", t.get(h))) {
                            calledByGivenName.add(Normalizer.fold(name)); // "Datuk Seri Aminah Kassim" is then "Aminah"
                        }
                    }
                    if (given != null) {
                        fullNameGender.putIfAbsent(Normalizer.fold(name), given);
                    }
                    List<String> words = nameWords(t, it);
                    surnames.add(Normalizer.fold(words.get(words.size() - 1)));
                    if (given == null && gazetteer.isFamilyNameFirst(words.get(0))) {
                        surnames.add(Normalizer.fold(words.get(0))); // "Tran Duc Minh" is then "Tran"
                    }
                    if (words.size() >= 3 && Character.isUpperCase(words.get(words.size() - 2).charAt(0))
                            && gazetteer.givenName(words.get(words.size() - 2)) == null) {
                        surnames.add(Normalizer.fold(words.get(words.size() - 2))); // "Rocío Santamaría Ortega" is then "Santamaría"
                    }
                }
            }
        }

        /**
         * "Expect Verbruggen to run": a capitalised word that opens the sentence, is no given name and stands before the
         * surname of another person of the article (Sophie Verbruggen) is no part of a name; the name is the surname alone.
         */
        void openersBeforeSurnames(List<List<Item>> items) {
            Map<String, Integer> written = new HashMap<>(); // how often each full name is written, at a sentence's start or not
            for (int i = 0; i < sentences.size(); i++) {
                for (Item it : items.get(i)) {
                    if (it.kind == ItemKind.RUN && !it.quoted) {
                        written.merge(Normalizer.fold(nameText(sentences.get(i), it)), 1, Integer::sum);
                    }
                }
            }
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                List<Token> t = s.tokens();
                List<Item> l = items.get(i);
                if (l.isEmpty() || l.get(0).kind != ItemKind.RUN || l.get(0).start != 0 || l.get(0).quoted) {
                    continue;
                }
                Item it = l.get(0);
                String name = Normalizer.fold(nameText(s, it));
                String first = t.get(0).text();
                if (!fullNames.containsKey(name) || written.get(name) != 1 || nameWords(t, it).size() < 2
                        || gazetteer.givenName(first) != null || gazetteer.isFamilyNameFirst(first) || isInitial(first)
                        || honorific(first) != null || lexicon.is("rank-prefix", first) || !t.get(1).isCapitalized()) {
                    continue;
                }
                String rest = name.substring(name.indexOf(' ') + 1);
                boolean known = false;
                for (String full : fullNames.keySet()) {
                    if (!full.equals(name) && full.endsWith(" " + rest)) {
                        known = true;
                        break;
                    }
                }
                if (!known) {
                    continue;
                }
                fullNames.remove(name);
                fullNameGender.remove(name);
                Item shorter = new Item(ItemKind.RUN, 1, it.end);
                shorter.possessive = it.possessive;
                l.set(0, shorter);
            }
        }

        /**
         * A person the article goes on to call by the given name alone, never by the surname alone ("Thai Prime
         * Minister Thanawat Srisuk … Thanawat, who leads the Bhumjaithai Party"; "Paolo Martinelli … Paolo told me"):
         * the given name stands for them, as after "Datuk". The given name must stand alone twice, once at least
         * inside a sentence (not a word that opens it), and be no one's surname.
         */
        void givenNamesInUse(List<List<Item>> items) {
            Map<String, Integer> alone = new HashMap<>();
            java.util.Set<String> inside = new HashSet<>();
            for (int i = 0; i < sentences.size(); i++) {
                List<Token> t = sentences.get(i).tokens();
                for (Item it : items.get(i)) {
                    if (it.kind == ItemKind.RUN && !it.quoted) {
                        List<String> words = nameWords(t, it);
                        if (words.size() == 1) {
                            String w = Normalizer.fold(words.get(0));
                            alone.merge(w, 1, Integer::sum);
                            if (it.start > 0) {
                                inside.add(w);
                            }
                        }
                    }
                }
            }
            for (String full : new ArrayList<>(fullNames.keySet())) {
                String[] words = full.split(" ");
                if (words.length < 2 || calledByGivenName.contains(full)) {
                    continue;
                }
                String given = words[0];
                String surname = words[words.length - 1];
                if (alone.getOrDefault(given, 0) >= 2 && inside.contains(given) && !alone.containsKey(surname)
                        && !surnames.contains(given) && !gazetteer.isFamilyNameFirst(given)) {
                    calledByGivenName.add(full);
                }
            }
        }

        /**
         * A name of two words or more that ends another, longer name of the article is that person's surname with its
         * particle or its other parts ("El Amrani" of Youssef El Amrani, "Van Dalen" of Pieter van Dalen,
         * "Okafor-Bello" of Chidinma Okafor-Bello): it names the one person whose name it ends, not a person of its own.
         */
        void shortFormsOfFullNames() {
            Map<String, String> longer = new HashMap<>();
            java.util.Set<String> ambiguous = new HashSet<>();
            for (String shortName : fullNames.keySet()) {
                for (String full : fullNames.keySet()) {
                    if (full.length() > shortName.length() && full.endsWith(shortName)
                            && full.charAt(full.length() - shortName.length() - 1) == ' ') {
                        if (longer.containsKey(shortName) && !longer.get(shortName).equals(full)) {
                            ambiguous.add(shortName);
                        }
                        longer.put(shortName, full);
                    }
                }
            }
            for (Map.Entry<String, String> e : longer.entrySet()) {
                String full = e.getValue();
                while (longer.containsKey(full) && !ambiguous.contains(full)) {
                    full = longer.get(full); // "Cristina Dizon" of "Maria Cristina Dizon"
                }
                if (!ambiguous.contains(e.getKey())) {
                    fullNames.put(e.getKey(), fullNames.get(full));
                    Gender g = fullNameGender.get(full);
                    if (g != null) {
                        fullNameGender.put(e.getKey(), g);
                    }
                }
            }
        }

        /**
         * Two or three capitalised words, none of them a word that names places, events or things
         * ("Street", "Summit", "Treaty") and none in capitals only: a name. (A second capitalised word
         * shows that the first is not capitalised only because it opens the sentence.)
         */
        boolean looksLikeName(List<Token> t, Item it) {
            List<String> words = nameWords(t, it);
            int initials = 0;
            while (initials < words.size() && isInitial(words.get(initials))) {
                initials++; // "P. Vijayan Nair", "M. T. Sasidharan Pillai", "J. K. Rowling": initials open a name
            }
            words = words.subList(initials, words.size());
            if (words.size() < (initials > 0 ? 1 : 2) || words.size() > 3) {
                return false;
            }
            // "Park Ji-hoon", "Park Chung Hee": a family name written first, though it is also a word, before given names
            boolean familyFirst = initials == 0 && gazetteer.isFamilyNameFirst(words.get(0))
                    && (words.size() == 3 || words.get(1).indexOf('-') > 0);
            for (String w : familyFirst ? words.subList(1, words.size()) : words) {
                if (w.length() < 2 || w.equals(w.toUpperCase(java.util.Locale.ROOT)) || !Character.isLetter(w.charAt(0))
                        || w.matches("[A-Z]{2,}s") // plural acronyms: "MPs" 
                        || lexicon.is("non-person-word", w) || lexicon.is("organization-word", w)
                        || lexicon.is("month", w) || knownNonPersonWord(w)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Do the words name a place or building, not a person, though a given name may open them: a last word that ends
         * such names ("Stadium", "Square", "Courts"), or, after three words or more, any word that names no person
         * ("Nelson Mandela Bay")?
         */
        boolean namesPlace(List<String> words) {
            if (words.isEmpty()) {
                return false;
            }
            String last = words.get(words.size() - 1);
            return lexicon.is("place-name-end", last) || words.size() >= 3 && lexicon.is("non-person-word", last);
        }

        /** Party adjectives that are also surnames: they may end a person's name ("Sarah Green", "Michael Reform"?). */
        private static final Set<String> SURNAME_ADJECTIVES = Set.of("green", "greens", "reform", "christian", "independent",
                "opposition", "labour", "labor", "social");

        /** Does the name end in a party's adjective that is no surname ("Christian Democratic", "Social Democratic")? */
        boolean endsInPartyAdjective(List<String> words) {
            if (words.size() < 2) {
                return false;
            }
            String last = Normalizer.fold(words.get(words.size() - 1));
            return lexicon.is("party-adjective", last) && !SURNAME_ADJECTIVES.contains(last) && gazetteer.givenName(last) == null;
        }

        /** Is the word the surname, or the family name written first, of a person the article names in full? */
        boolean namesLocalPerson(String word) {
            for (String full : fullNames.keySet()) {
                if (full.endsWith(" " + word) || full.startsWith(word + " ") && gazetteer.isFamilyNameFirst(word)) {
                    return true;
                }
            }
            return false;
        }

        /** An initial: a capital letter and a full stop ("P." of "P. Vijayan Nair"). */
        static boolean isInitial(String w) {
            return w.length() == 2 && w.charAt(1) == '.' && Character.isUpperCase(w.charAt(0));
        }

        /** A word the gazetteer knows alone as something other than a person ("Tsai" names Tsai Ing-wen, not "Tsai Po-han" …). */
        boolean knownNonPersonWord(String w) {
            Gazetteer.Match m = gazetteer.longest(List.of(new Token(w, 0, w.length())), 0);
            return m != null && !(m.phrase().kind() == Kind.NAME && m.phrase().entry().type() == EntityType.PERSON);
        }

        boolean isTitleBefore(List<Token> t, Item before, Item run) {
            if (before.kind != ItemKind.TITLE && !(before.kind == ItemKind.GAZ && hasHeadNounAfter(t, before))) {
                return false;
            }
            int end = before.kind == ItemKind.TITLE ? before.end : before.end + 1;
            return end == run.start || (end + 1 == run.start && t.get(end).text().equals(","));
        }

        boolean hasHeadNounAfter(List<Token> t, Item it) {
            return it.entry() != null && it.entry().type() != EntityType.PERSON && it.entry().type() != EntityType.COUNTRY
                    && it.end < t.size() && lexicon.is("head-noun", t.get(it.end));
        }

        List<String> nameWords(List<Token> t, Item it) {
            List<String> out = new ArrayList<>();
            int end = it.end - (it.possessive ? 1 : 0);
            for (int i = it.start; i < end; i++) {
                String w = t.get(i).text();
                if (w.equals("-") && i > it.start && i + 1 < end && !out.isEmpty() && !t.get(i + 1).isCapitalized()
                        && t.get(i - 1).end() == t.get(i).start() && t.get(i).end() == t.get(i + 1).start()) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + "-" + t.get(i + 1).text()); // "Ming-te" is one given name
                    i++;
                } else if (!w.equals("-") && !NameParticles.is(w)) {
                    out.add(w);
                }
            }
            return out;
        }

        String nameText(Sentence s, Item it) {
            List<Token> t = s.tokens();
            int end = it.end - (it.possessive ? 1 : 0);
            return s.text().substring(t.get(it.start).start() - s.start(), t.get(end - 1).end() - s.start());
        }

        /** Where the honorifics and ranks written just before a name start ("Datuk Seri", "Lt. Gen."); the name's start if none. */
        int honorificsBefore(List<Token> t, int start) {
            int i = start;
            while (i > 0 && (honorific(t.get(i - 1).text()) != null || lexicon.is("rank-prefix", t.get(i - 1))
                    || lexicon.is("honorific-second", t.get(i - 1)) || t.get(i - 1).text().equals(".") && i > 1
                        && (honorific(t.get(i - 2).text()) != null || lexicon.is("rank-prefix", t.get(i - 2))))) {
                i--;
            }
            return i;
        }

        /** Where the honorific just before a name starts ("Mr", "Mrs ." split by the tokenizer), or -1. */
        int honorificBefore(List<Token> t, int start) {
            if (start > 0 && honorific(t.get(start - 1).text()) != null) {
                return start - 1;
            }
            return start > 1 && t.get(start - 1).text().equals(".") && honorific(t.get(start - 2).text()) != null ? start - 2 : -1;
        }

        /** An honorific or rank ("Professor", "Justice", "Lt.", "Vice Adm.") before a capitalised word. */
        boolean honorificBeforeName(List<Token> t, int i) {
            int j = i;
            while (j < t.size() && (lexicon.is("honorific", t.get(j)) || lexicon.is("rank-prefix", t.get(j))
                    || lexicon.is("honorific-second", t.get(j)) && (j > i || i > 0 && (lexicon.is("rank-prefix", t.get(i - 1))
                        || lexicon.is("honorific", t.get(i - 1)))))) {
                j++;
                if (j < t.size() && t.get(j).text().equals(".")) {
                    j++;
                }
            }
            return j > i && j < t.size() && t.get(j).isCapitalized() && t.get(j).isWord()
                    && !(j == i + 1 && lexicon.is("rank-prefix", t.get(i)));
        }

        Gender honorific(String word) {
            if (lexicon.is("honorific-male", word)) {
                return Gender.MALE;
            }
            if (lexicon.is("honorific-female", word)) {
                return Gender.FEMALE;
            }
            return lexicon.is("honorific", word) ? Gender.UNKNOWN : null;
        }

        // ------------------------------------------------------------ mentions (second pass)

        List<Mention> build(Sentence s, List<Item> items) {
            List<Token> t = s.tokens();
            List<Mention> out = new ArrayList<>();
            sentenceItems = items;
            for (Item it : items) {
                if (it.kind == ItemKind.TITLE && !it.quoted) {
                    Mention office = office(s, items, it);
                    if (office != null) {
                        out.add(office);
                    }
                }
            }
            for (Item it : items) {
                if (it.consumed) {
                    continue;
                }
                Mention m = switch (it.kind) {
                    case GAZ -> named(s, items, it);
                    case NOMINAL -> nominal(s, it);
                    case RUN -> run(s, items, it);
                    case PRONOUN -> pronoun(s, it);
                    case AGE -> description(s, it, null);
                    case PERSON_NOMINAL -> personNominal(s, items, it);
                    case DATE -> dateMention(s, it);
                    case TITLE -> null;
                };
                if (m != null) {
                    if (it.quoted) {
                        m.flag("quoted");
                    }
                    if (it.possessive) {
                        m.flag("poss");
                    }
                    out.add(m);
                }
            }
            out.sort(Comparator.comparingInt(Mention::start));
            for (int k = 0; k + 1 < out.size(); k++) {
                Mention a = out.get(k);
                Mention b = out.get(k + 1);
                if (a.entity() != null && a.entity() == b.entity() && b.start() == a.end() + 1 && a.end() > 0
                        && t.get(a.end()).text().equals("(") && b.end() < t.size() && t.get(b.end()).text().equals(")")) {
                    a.extend(a.start(), b.end() + 1); // "the National Confederation of Industry (CNI)"
                    out.remove(k + 1);
                }
            }
            countrysCentralBank(s, out);
            for (int k = 1; k < out.size(); k++) {
                Mention a = out.get(k - 1);
                Mention b = out.get(k);
                if (b.has("country-body") && a.type() == EntityType.COUNTRY && a.end() == b.start() && a.has("poss")) {
                    b.extend(a.start(), b.end()); // "the country's Supreme Court" is one body
                    out.remove(k - 1);
                    k--;
                }
            }
            headOffices(s, out);
            new Presidency(gazetteer, lexicon, registry).apply(s, out, home);
            PartyLeadership.apply(s, out, gazetteer, lexicon, registry, this::partyOfAdjective);
            attach(t, out);
            PluralTitles.apply(t, out, gazetteer, lexicon, registry, home);
            MemberTitles.apply(out, lexicon);
            return out;
        }

        /** The body a title was last written with, for the same title written alone later. */
        void noteTitlePolity(OfficeTitle title, Entity polity) {
            titlePolity.put(Normalizer.fold(title.name()), polity);
            int f = title.name().indexOf(" for ");
            if (f > 0) {
                portfolioTitles.computeIfAbsent(Normalizer.fold(title.name().substring(0, f)), x -> new java.util.LinkedHashSet<>())
                        .add(title);
            }
            titlePolities.computeIfAbsent(Normalizer.fold(title.name()), x -> new java.util.LinkedHashSet<>()).add(polity);
        }

        Mention named(Sentence s, List<Item> items, Item it) {
            List<Token> t = s.tokens();
            GazetteerEntry e = it.entry();
            Kind kind = it.match.phrase().kind();
            if (e.type() == EntityType.REGION) {
                Entity region = regionOf(it, null);
                if (region == null) {
                    return null; // "Punjab" in a story about neither India nor Pakistan
                }
                Mention m = new Mention(s, it.start, it.end, EntityType.REGION, Form.NAME);
                m.resolve(region);
                region.addForm(polityForm(s, it));
                return m;
            }
            // an organisation followed by a head noun is an office: "Nato chief", "the IMF head"
            if (!it.quoted && hasHeadNounAfter(t, it) && !it.possessive) {
                Entity polity = registry.of(e);
                notePolity(polity);
                OfficeTitle title = gazetteer.headTitle(e);
                if (title != null) {
                    int start = it.start;
                    Status status = Status.CURRENT;
                    int k = start - 1;
                    while (k >= 0 && modifier(t.get(k).text()) != null) {
                        status = modifier(t.get(k).text());
                        start = k--;
                    }
                    if (k >= 0 && isDeterminer(t.get(k).text())) {
                        start = k;
                    }
                    Mention m = new Mention(s, start, it.end + 1, EntityType.OFFICE, Form.TITLE);
                    m.setOffice(title, polity, status);
                    m.resolve(registry.office(title, polity));
                    if (!title.isPartyLeader()) {
                        noteTitlePolity(title, polity); // "Nato chief … the secretary general" is Nato's
                    }
                    m.entity().addForm(polityForm(s, it) + " " + t.get(it.end).text());
                    return m;
                }
            }
            int named = it.end - (it.possessive ? 1 : 0) - it.start;
            if (e.type() == EntityType.PERSON && kind == Kind.NAME && named == 1 && !it.quoted
                    && !Normalizer.fold(e.name()).equals(t.get(it.start).folded()) && namesLocalPerson(t.get(it.start).folded())) {
                // "Tsai said" after "Tsai Po-han": the article's Tsai, not Tsai Ing-wen, whom "Tsai" names elsewhere
                int honorificAt = honorificBefore(t, it.start);
                Gender honorific = honorificAt >= 0 && !coveredByTitle(items, honorificAt) ? honorific(t.get(honorificAt).text()) : null;
                Mention m = new Mention(s, honorific != null ? honorificAt : it.start, it.end, EntityType.PERSON, Form.SURNAME);
                m.setSurname(t.get(it.start).folded());
                if (honorific != null) {
                    m.setGender(honorific);
                }
                return m;
            }
            Entity entity = registry.of(e);
            Form form = switch (kind) {
                case DEMONYM -> Form.DEMONYM;
                case CAPITAL -> Form.CAPITAL;
                default -> Form.NAME;
            };
            Mention m = new Mention(s, it.start, it.end, e.type(), form);
            m.resolve(entity);
            if (form == Form.NAME) {
                entity.addForm(polityForm(s, it));
            }
            if (e.type() != EntityType.PERSON) {
                notePolity(entity);
            }
            Legislature chamber = it.quoted ? null : gazetteer.legislature(e);
            if (chamber != null && chamber.isChamber()) {
                lastChamber = chamber;
            }
            return m;
        }

        /**
         * An organisation named by the text followed by a head noun is its head's office ("the NDP
         * leadership"), and so is "the leadership of" an organisation.
         */
        void headOffices(Sentence s, List<Mention> ms) {
            List<Token> t = s.tokens();
            for (int i = 0; i < ms.size(); i++) {
                Mention m = ms.get(i);
                if (m.type() == null || !m.type().isPolity() || m.type() == EntityType.COUNTRY || m.entity() == null
                        || m.has("quoted") || m.has("poss")) {
                    continue;
                }
                int start = -1;
                int end = -1;
                if (m.end() < t.size() && lexicon.is("head-noun", t.get(m.end())) && (m.entity().entry() == null || m.has("country-body"))) {
                    start = m.start();
                    end = m.end() + 1;
                    if (start > 0 && isDeterminer(t.get(start - 1).text())) {
                        start--;
                    }
                } else if (m.start() >= 2 && t.get(m.start() - 1).is("of") && lexicon.is("head-noun", t.get(m.start() - 2))) {
                    start = m.start() - 2;
                    end = m.end();
                    if (start > 0 && isDeterminer(t.get(start - 1).text())) {
                        start--;
                    }
                } else if (m.start() >= 3 && t.get(m.start() - 1).is("the") && t.get(m.start() - 2).is("of")
                        && lexicon.is("head-noun", t.get(m.start() - 3))) {
                    start = m.start() - 3;
                    end = m.end();
                    if (start > 0 && isDeterminer(t.get(start - 1).text())) {
                        start--;
                    }
                }
                OfficeTitle title = start < 0 ? null : gazetteer.headTitle(m.entity());
                if (title == null) {
                    continue;
                }
                Status status = Status.CURRENT;
                if (end == m.end()) {
                    // "head of X": "a one-time deputy head of Abu Dhabi Police", "a former head of the Defense Procurement Agency"
                    int left = start + (isDeterminer(t.get(start).text()) ? 1 : 0);
                    if (left > 0 && (t.get(left - 1).is("deputy") || t.get(left - 1).is("vice")) && title.name().equals("Head")) {
                        title = new OfficeTitle("Deputy Head", "deputy");
                        left--;
                    }
                    boolean tensed = false;
                    int k = left - 1;
                    while (k >= 0) {
                        Status mod = modifier(t.get(k).text());
                        int from = k;
                        if (mod == null && k >= 2 && t.get(k - 1).text().equals("-")) {
                            mod = modifier(t.get(k - 2).text() + "-" + t.get(k).text()); // "one-time"
                            from = k - 2;
                        }
                        if (mod == null) {
                            break;
                        }
                        if (!tensed) {
                            status = mod;
                            tensed = true;
                        }
                        left = from;
                        k = from - 1;
                    }
                    start = left > 0 && isDeterminer(t.get(left - 1).text()) ? left - 1 : left;
                }
                Mention office = new Mention(s, start, end, EntityType.OFFICE, Form.TITLE);
                office.setOffice(title, m.entity(), status);
                office.resolve(registry.office(title, m.entity()));
                ms.set(i, office);
                final int from = start;
                ms.removeIf(x -> x != office && x.start() >= from && x.start() < office.end());
                ms.sort(Comparator.comparingInt(Mention::start));
            }
        }

        String polityForm(Sentence s, Item it) {
            List<Token> t = s.tokens();
            int end = it.match.end();
            return s.text().substring(t.get(it.start).start() - s.start(), t.get(end - 1).end() - s.start());
        }

        void notePolity(Entity e) {
            if (e.type().isPolity()) {
                lastPolity.put(e.type(), e);
                recentPolities.remove(e);
                recentPolities.push(e);
            }
        }

        /** The head noun of a definite description ("bank" of "the central bank's"). */
        String nominalHead(Sentence s, Item it) {
            return s.tokens().get(it.possessive ? it.end - 2 : it.end - 1).text();
        }

        /** The body a definite description stands for: "the bank" is the last body named with "Bank". */
        Entity nominalPolity(Sentence s, Item it) {
            String head = nominalHead(s, it);
            if (it.nominalType == EntityType.COUNTRY && homeRegion != null && regions.nounFits(head, homeRegion.entry())) {
                return homeRegion; // "the state's deputy governor" in a story about Osun State
            }
            if (it.nominalType == EntityType.COUNTRY) {
                Entity here = countryNamedBefore(it);
                if (here != null) {
                    return here; // "Spain has nominated Lucía Ferrer, the country's former economy minister": Spain's
                }
            }
            Entity e = NominalHead.latestNamedBy(recentPolities, it.nominalType, head);
            return e != null ? e : lastPolity.get(it.nominalType);
        }

        /** The country named last before the item in its own sentence, or null. */
        private Entity countryNamedBefore(Item it) {
            Item found = null;
            for (Item x : sentenceItems) {
                if (x.end <= it.start && x.kind == ItemKind.GAZ && !x.quoted && x.entry().type() == EntityType.COUNTRY
                        && x.match.phrase().kind() == Kind.NAME) { // its name: not "French officials", not a dateline's capital
                    found = x;
                }
            }
            return found == null ? null : registry.of(found.entry());
        }

        Mention nominal(Sentence s, Item it) {
            Entity e = nominalPolity(s, it);
            if (e == null && it.nominalType == EntityType.ORGANIZATION) {
                e = lastPolity.get(EntityType.ALLIANCE);
            }
            if (e == null && it.nominalType == EntityType.ALLIANCE && lexicon.is("organization-nominal", nominalHead(s, it))) {
                e = lastPolity.get(EntityType.ORGANIZATION); // "the bloc" after the European Union, an organisation
            }
            if (e == null || leaningOtherThan(s, it, e)) {
                return null;
            }
            Entity body = bodyOf(s, it, e);
            Mention m = new Mention(s, it.start, body != null ? it.end + 1 : it.end, e.type(), Form.NOMINAL);
            m.resolve(body != null ? body : e);
            return m;
        }

        /** "the Treasury Cabinet Secretary": capitalised words that end in an office's title name no body. */
        boolean endsWithTitle(List<Token> t, Item it) {
            for (int k = it.start + 1; k < it.end; k++) {
                Gazetteer.Match m = gazetteer.longest(t, k, KINDS_TITLE);
                if (m != null && m.end() == it.end) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "the liberal group" names no group whose name says nothing liberal: a political leaning before the
         * nominal's head that the body's name does not carry.
         */
        boolean leaningOtherThan(Sentence s, Item it, Entity e) {
            List<Token> t = s.tokens();
            String name = Normalizer.fold(e.name());
            for (int j = it.start; j < it.end; j++) {
                Token k = t.get(j);
                if (!k.isCapitalized() && lexicon.is("party-label", k) && !name.contains(k.folded())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "the bloc's commission" after the African Union: the body the gazetteer names "African Union
         * Commission", when the nominal is possessive and a lowercase word follows; else null.
         */
        Entity bodyOf(Sentence s, Item it, Entity polity) {
            List<Token> t = s.tokens();
            if (it.end >= t.size() || !t.get(it.end - 1).text().equals("'s") || t.get(it.end).isCapitalized()
                    || !t.get(it.end).isWord()) {
                return null;
            }
            GazetteerEntry body = gazetteer.named(polity.name() + " " + t.get(it.end).text());
            return body == null ? null : registry.of(body);
        }

        Mention run(Sentence s, List<Item> items, Item it) {
            List<Token> t = s.tokens();
            List<String> words = nameWords(t, it);
            if (words.isEmpty()) {
                return null;
            }
            String last = words.get(words.size() - 1);
            if (introducedBodies.contains(Normalizer.fold(nameText(s, it)))) {
                Entity org = registry.named(EntityType.ORGANIZATION, nameText(s, it)); // "Fedesarrollo, the Bogotá think tank"
                notePolity(org);
                Mention m = new Mention(s, it.start, it.end, EntityType.ORGANIZATION, Form.NAME);
                m.resolve(org);
                return m;
            }
            boolean bodyAfter = it.end < t.size() && !t.get(it.end).isCapitalized() && !it.possessive
                    && (lexicon.is("organization-nominal", t.get(it.end)) || lexicon.is("party-word", t.get(it.end))) && !words.isEmpty()
                    && words.stream().noneMatch(w -> Character.isUpperCase(w.charAt(0)) && lexicon.is("capitalized-function-word", w))
                    && (words.size() >= 2 || !surnames.contains(Normalizer.fold(last)));
            if (bodyAfter) {
                // "the European Solidarity party", "the United Steelworkers union"; "the Twelve Plus group" is the
                // Twelve Plus Group, as groups of states and firms are named
                boolean group = t.get(it.end).is("group") && !it.possessive;
                Entity org = registry.named(EntityType.ORGANIZATION, nameText(s, it) + (group ? " Group" : ""));
                if (group) {
                    org.addForm(nameText(s, it));
                }
                notePolity(org);
                Mention m = new Mention(s, it.start, it.end + 1, EntityType.ORGANIZATION, Form.NAME);
                m.resolve(org);
                return m;
            }
            if (words.size() >= 2 && words.stream().anyMatch(w -> lexicon.is("organization-word", w)) && !endsWithTitle(t, it)) {
                String name = nameText(s, it);
                Entity known = knownBodyOfCountryBefore(s, items, it);
                if (known != null) {
                    notePolity(known);
                    Mention m = new Mention(s, it.start, it.end, EntityType.ORGANIZATION, Form.NAME);
                    m.resolve(known);
                    m.flag("country-body"); // joined with the country's possessive before it, in build()
                    return m;
                }
                Entity org = registry.named(EntityType.ORGANIZATION, name);
                notePolity(org);
                Mention m = new Mention(s, it.start, it.end, EntityType.ORGANIZATION, Form.NAME);
                m.resolve(org);
                return m;
            }
            if (words.size() == 1 && lexicon.is("organization-word", last) && it.start > 0) {
                // "the Congress" after "the Indian National Congress": an organisation by its last word
                String full = null;
                for (String name : organizations.values()) {
                    if (name.endsWith(" " + last) && (full == null || name.compareTo(full) < 0)) {
                        full = name;
                    }
                }
                if (full != null) {
                    Entity org = registry.named(EntityType.ORGANIZATION, full);
                    notePolity(org);
                    Mention m = new Mention(s, it.start, it.end, EntityType.ORGANIZATION, Form.NAME);
                    m.resolve(org);
                    return m;
                }
            }
            if (words.size() == 1 && isAcronymWord(last)) {
                String full = acronyms.containsKey(last) ? acronyms.get(last) : organizations.get(last);
                if (full == null) {
                    return null;
                }
                Entity org = registry.named(EntityType.ORGANIZATION, full);
                org.addForm(last);
                notePolity(org);
                Mention m = new Mention(s, it.start, it.end, EntityType.ORGANIZATION, Form.NAME);
                m.resolve(org);
                return m;
            }
            int honorificAt = honorificBefore(t, it.start);
            Gender honorific = honorificAt >= 0 && !coveredByTitle(items, honorificAt) ? honorific(t.get(honorificAt).text()) : null;
            String folded = Normalizer.fold(nameText(s, it));
            if (words.size() >= 2 && fullNames.containsKey(folded)) {
                Mention m = new Mention(s, it.start, it.end, EntityType.PERSON, Form.NAME);
                int ranks = honorificsBefore(t, it.start);
                while (ranks < it.start && coveredByTitle(items, ranks)) {
                    ranks++; // "former education minister Datuk Seri X": the title is no honorific here
                }
                if (ranks < it.start) {
                    m.extend(ranks, it.end); // "Mr. X", "Vice Adm. Carlos Mendoza": the honorifics belong to the name's mention
                }
                if (honorific != null) {
                    m.setGender(honorific);
                }
                Entity p = registry.named(EntityType.PERSON, fullNames.get(folded));
                Gender g = fullNameGender.get(folded);
                if (g != null) {
                    p.setGender(g);
                }
                if (honorific != null) {
                    p.setGender(honorific);
                }
                m.resolve(p);
                return m;
            }
            if (words.size() == 1 && honorific != null && !surnames.contains(Normalizer.fold(last))
                    && (lexicon.is("organization-word", last) || lexicon.is("non-person-word", last))) {
                return null; // "the General Assembly": a body, not General Assembly the soldier
            }
            if (words.size() == 1 && (honorific != null || surnames.contains(Normalizer.fold(last)))
                    && !(it.start == 0 && honorific == null && !surnames.contains(Normalizer.fold(last)))) {
                Mention m = new Mention(s, honorific != null ? honorificAt : it.start, it.end, EntityType.PERSON, Form.SURNAME);
                m.setSurname(Normalizer.fold(last));
                if (honorific != null) {
                    m.setGender(honorific);
                }
                return m;
            }
            String onlyOne = words.size() == 1 && honorific == null ? soleFullNameStartingWith(Normalizer.fold(last)) : null;
            if (onlyOne != null) {
                // "Khairul, 61, conceded": a given name alone, of the one person the article names with it
                Mention m = new Mention(s, it.start, it.end, EntityType.PERSON, Form.NAME);
                m.resolve(registry.named(EntityType.PERSON, fullNames.get(onlyOne)));
                return m;
            }
            return null;
        }

        /**
         * The folded full name of the one person of the article whose name starts with this word, unless it is
         * anyone's surname, when that person goes by their given name (named after "Datuk", "Tan Sri", "Haji").
         */
        String soleFullNameStartingWith(String word) {
            if (surnames.contains(word) || gazetteer.isFamilyNameFirst(word)) {
                return null;
            }
            String found = null;
            for (String full : fullNames.keySet()) {
                if (full.startsWith(word + " ")) {
                    if (found != null) {
                        return null;
                    }
                    found = full;
                }
            }
            return found != null && calledByGivenName.contains(found) ? found : null;
        }

        boolean isAcronymWord(String w) {
            return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(Character::isUpperCase);
        }

        /** "Liberal Democratic Party" gives "LDP", "People's Democratic Alliance" "PDA". */
        String initials(String name) {
            StringBuilder b = new StringBuilder();
            for (String w : name.split("[\\s-]+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equals("The")) {
                    b.append(w.charAt(0));
                }
            }
            return b.toString();
        }

        boolean coveredByTitle(List<Item> items, int token) {
            for (Item other : items) {
                if (other.kind == ItemKind.TITLE && other.start <= token && token < other.end) {
                    return true;
                }
            }
            return false;
        }

        Mention pronoun(Sentence s, Item it) {
            String w = s.tokens().get(it.start).text();
            Mention m = new Mention(s, it.start, it.end, EntityType.PERSON, Form.PRONOUN);
            m.setGender(lexicon.is("pronoun-male", w) ? Gender.MALE : Gender.FEMALE);
            List<Token> t = s.tokens();
            String f = Normalizer.fold(w);
            boolean beforeNoun = it.end < t.size() && t.get(it.end).isWord() && !lexicon.is("preposition", t.get(it.end))
                    && (!lexicon.is("capitalized-function-word", t.get(it.end))
                        || f.equals("her") && Character.isUpperCase(w.charAt(0))); // "Her only rival": no object opens a clause
            if (lexicon.is("pronoun-possessive", w) && (f.equals("his") || beforeNoun)) {
                m.flag("poss");
            }
            if (f.equals("him") || f.equals("himself") || f.equals("herself") || f.equals("her") && !beforeNoun) {
                m.flag("object");
            }
            return m;
        }

        Mention description(Sentence s, Item it, Entity country) {
            Mention m = new Mention(s, it.start, it.end, EntityType.PERSON, Form.DESCRIPTION);
            if (country != null) {
                m.setCountry(country);
            }
            return m;
        }

        /** "the Russian leader", "the strongman": a person described, with the country named before. */
        Mention personNominal(Sentence s, List<Item> items, Item it) {
            Entity country = null;
            for (int j = it.start + 1; j < it.end && country == null; j++) {
                Gazetteer.Match m = gazetteer.longest(s.tokens(), j, KINDS_NAME_DEMONYM);
                boolean born = m != null && m.end() + 1 < s.tokens().size() && s.tokens().get(m.end()).text().equals("-")
                        && s.tokens().get(m.end() + 1).is("born");
                if (m != null && m.end() <= it.end && m.phrase().entry().type() == EntityType.COUNTRY && !born) {
                    country = registry.of(m.phrase().entry()); // not "the Peruvian-born economist": a birthplace
                }
            }
            return description(s, it, country);
        }

        Mention dateMention(Sentence s, Item it) {
            if (it.date == null) {
                return null;
            }
            Mention m = new Mention(s, it.start, it.end, null, Form.DATE);
            m.setDate(it.date);
            if (it.end == it.start + 1 && YEAR_RANGE.matcher(s.tokens().get(it.start).text()).matches()) {
                m.flag("range"); // "2012-2016" is dated by its end
            }
            return m;
        }

        // ------------------------------------------------------------ offices

        Status modifier(String word) {
            if (word.length() > 2 && word.endsWith("-")) {
                word = word.substring(0, word.length() - 1); // "ex-" split from "ex-president"
            }
            if (lexicon.is("modifier-former", word)) {
                return Status.FORMER;
            }
            if (lexicon.is("modifier-designate", word)) {
                return Status.DESIGNATE;
            }
            if (lexicon.is("modifier-current", word)) {
                return Status.CURRENT;
            }
            return null;
        }

        boolean isDeterminer(String w) {
            String f = Normalizer.fold(w);
            return f.equals("the") || f.equals("a") || f.equals("an");
        }

        /** A capitalised word that is no name the gazetteer knows, before "leader": a party ("Labour", "Conservative"). */
        /** "Member of Parliament", "Speaker of the House": the title names the body it belongs to. */
        boolean namesItsBody(OfficeTitle ot) {
            int of = ot.name().indexOf(" of ");
            if (of < 0 || ot.kind().equals("government")) { // "Argentina's Chief of Cabinet" is the country's
                return false;
            }
            for (String w : ot.name().substring(of + 4).split("\\s+")) {
                if (lexicon.is("organization-word", w)) {
                    return true;
                }
            }
            return false;
        }

        /** The body a title names, when the gazetteer knows it: the European Parliament for its members. */
        Entity bodyInTitle(OfficeTitle ot) {
            List<Token> words = new ArrayList<>();
            for (String w : Gazetteer.words(ot.name().substring(ot.name().indexOf(" of ") + 4).replaceFirst("^(?i)the ", ""))) {
                words.add(new Token(w, 0, 0));
            }
            Gazetteer.Match m = words.isEmpty() ? null : gazetteer.longest(words, 0, KINDS_NAME);
            if (m == null || m.end() != words.size() || !m.phrase().entry().type().isPolity()
                    || m.phrase().entry().type() == EntityType.COUNTRY) {
                return null;
            }
            return registry.of(m.phrase().entry());
        }

        boolean isPartyAdjective(List<Token> t, int i) {
            Token k = t.get(i);
            return k.isCapitalized() && k.isWord() && i > 0
                    && (!t.get(i - 1).isCapitalized() || lexicon.is("capitalized-function-word", t.get(i - 1))
                        || modifier(t.get(i - 1).text()) != null) // "Former Labour leader X"
                    && gazetteer.longest(t, i, KINDS_NAME_DEMONYM_CAPITAL_TITLE) == null
                    && !lexicon.is("capitalized-function-word", k) && lexicon.is("party-adjective", k);
        }

        boolean isPortfolio(Token k) {
            String w = k.folded();
            return k.isWord() && !k.isCapitalized() && Character.isLetter(w.charAt(0)) && w.length() > 2
                    && modifier(w) == null && !lexicon.is("not-portfolio", w) && !isDeterminer(w) && !lexicon.is("preposition", w)
                    && !lexicon.is("capitalized-function-word", w) && !lexicon.is("speech-verb", w)
                    && !w.endsWith("ed") && !w.endsWith("ly") && !w.endsWith("s");
        }

        /** "Police Minister Lindiwe Sithole": a capitalised portfolio before a capitalised title. */
        boolean isCapitalizedPortfolio(List<Token> t, int i) {
            Token k = t.get(i);
            return k.isCapitalized() && k.isWord() && i > 0 && k.text().length() > 2
                    && !k.text().equals(k.text().toUpperCase(java.util.Locale.ROOT))
                    && gazetteer.longest(t, i, KINDS_NAME_DEMONYM_CAPITAL_TITLE) == null
                    && gazetteer.givenName(k.text()) == null && !lexicon.is("capitalized-function-word", k)
                    && !lexicon.is("not-portfolio", k) && modifier(k.text()) == null;
        }

        /**
         * "Minister of State for External Affairs": a capitalised portfolio word after a capitalised title, when it
         * is no given name and no name the gazetteer knows.
         */
        boolean isCapitalizedPortfolioWord(List<Token> t, int i) {
            Token k = t.get(i);
            if (!k.isCapitalized() || !k.isWord() || gazetteer.givenName(k.text()) != null
                    || gazetteer.longest(t, i, KINDS_NAME_DEMONYM_CAPITAL_TITLE) != null) {
                return false;
            }
            Token lower = new Token(k.text().toLowerCase(java.util.Locale.ROOT), 0, 0);
            return isPortfolio(lower) || isPluralPortfolio(lower);
        }

        /**
         * The region or country a post is "for", at token {@code i}, when the title heads or serves a body ("director for
         * Southeast Asia", "envoy for Libya"): a country's name or a capitalised run that names no person; else null.
         */
        Item regionAt(List<Token> t, List<Item> items, int i, OfficeTitle ot) {
            if (!ot.kind().equals("head") && !ot.kind().equals("official") && !ot.kind().equals("diplomat")) {
                return null;
            }
            Item it = itemStartingAt(items, i);
            if (it == null || it.quoted || it.possessive) {
                return null;
            }
            if (it.kind == ItemKind.GAZ) {
                return it.entry().type() == EntityType.COUNTRY && it.match.phrase().kind() == Kind.NAME ? it : null;
            }
            if (it.kind != ItemKind.RUN || gazetteer.givenName(t.get(i).text()) != null) {
                return null;
            }
            for (int k = it.start; k < it.end; k++) {
                if (lexicon.is("organization-word", t.get(k))) {
                    return null;
                }
            }
            if (!lexicon.is("region-word", t.get(it.end - 1))) {
                return null;
            }
            int next = it.end + 1 < t.size() && t.get(it.end).is("and") ? it.end + 1 : -1;
            if (next > 0 && next + 1 < t.size() && t.get(next).is("the")) {
                next++;
            }
            Item other = next > 0 ? regionAt(t, items, next, ot) : null;
            // "director for West and Central Africa", "for Asia and the Pacific": one region of two
            return other != null && other.kind == ItemKind.RUN ? new Item(ItemKind.RUN, it.start, other.end) : it;
        }

        /**
         * "the head of Brazil's central bank", "the Turkish central bank": a country's possessive or demonym before
         * "central bank" is the country's central bank (the gazetteer's, when it lists one).
         */
        void countrysCentralBank(Sentence s, List<Mention> ms) {
            List<Token> t = s.tokens();
            for (int k = 0; k < ms.size(); k++) {
                Mention m = ms.get(k);
                int e = m.end();
                if (m.type() != EntityType.COUNTRY || m.entity() == null || m.has("quoted")
                        || !(m.form() == Form.DEMONYM || m.form() == Form.NAME && m.has("poss"))
                        || e + 1 >= t.size() || !t.get(e).is("central") || !t.get(e + 1).is("bank")
                        || e + 2 < t.size() && (t.get(e + 2).text().equals("'s") || t.get(e + 2).isCapitalized() && t.get(e + 2).isWord())
                        || k + 1 < ms.size() && ms.get(k + 1).start() < e + 2) {
                    continue;
                }
                Entity bank = centralBankOf(m.entity());
                notePolity(bank);
                Mention b = new Mention(s, m.start(), e + 2, EntityType.ORGANIZATION, Form.NAME);
                b.resolve(bank);
                ms.set(k, b);
            }
            for (int k = 0; k < ms.size(); k++) {
                Mention m = ms.get(k);
                int e = m.end();
                if (m.type() != EntityType.COUNTRY || m.entity() == null || m.has("quoted") || m.entity().entry() == null
                        || !(m.form() == Form.DEMONYM || m.form() == Form.NAME && m.has("poss")) || e >= t.size()
                        || k + 1 < ms.size() && ms.get(k + 1).start() <= e) {
                    continue;
                }
                int end = t.get(e).is("army") ? e + 1 : e + 1 < t.size() && t.get(e).is("armed") && t.get(e + 1).is("forces") ? e + 2 : -1;
                Entity forces = end < 0 ? null : armedForcesOf(m.entity());
                if (forces == null || end < t.size() && t.get(end).isCapitalized() && t.get(end).isWord()) {
                    continue;
                }
                // "Sudan's armed forces", "the Sudanese army": the country's armed forces, when the gazetteer lists them
                forces.addForm(s.text().substring(t.get(m.start()).start() - s.start(), t.get(end - 1).end() - s.start()));
                notePolity(forces);
                Mention b = new Mention(s, m.start(), end, EntityType.ORGANIZATION, Form.NAME);
                b.resolve(forces);
                b.flag("country-body");
                ms.set(k, b);
            }
        }

        /**
         * A demonym before "armed forces", "army" or "central bank" ("the Ukrainian armed forces", "the Turkish central
         * bank"): the country's body, when the gazetteer lists its armed forces (a central bank is always named); else null.
         */
        Entity demonymBody(List<Token> t, List<Item> items, Item it) {
            if (it.quoted || it.kind != ItemKind.GAZ || it.match.phrase().kind() != Kind.DEMONYM || it.end >= t.size()) {
                return null;
            }
            Entity country = registry.of(it.entry());
            int e = it.end;
            if (e + 1 < t.size() && t.get(e).is("central") && t.get(e + 1).is("bank")) {
                Entity bank = centralBankOf(country);
                notePolity(bank);
                return bank;
            }
            if (t.get(e).is("army") || e + 1 < t.size() && t.get(e).is("armed") && t.get(e + 1).is("forces")) {
                Entity forces = armedForcesOf(country);
                if (forces != null) {
                    notePolity(forces);
                }
                return forces;
            }
            return null;
        }

        /** The armed forces the gazetteer lists for a country: "Sudanese Armed Forces", "Armed Forces of Ukraine"; else null. */
        Entity armedForcesOf(Entity country) {
            GazetteerEntry e = NationalBodies.armedForces(gazetteer, country, takesThe(country));
            return e == null ? null : registry.of(e);
        }

        /**
         * The body named right after a country's possessive ("Brazil's Federal Police", "South Korea's Nuclear Safety and
         * Security Commission"): the gazetteer's "Federal Police of Brazil" when it lists one, else the body as named, with
         * the country's form; null when no capitalised organisation name follows.
         */
        /** The gazetteer's organisation named right after a country's possessive ("Denmark's Socialist People's Party"), or null. */
        Entity knownBodyAfter(Sentence s, List<Item> items, Item country) {
            Item body = itemStartingAt(items, country.end);
            if (body == null || body.quoted || body.possessive || body.kind != ItemKind.GAZ
                    || body.entry().type() != EntityType.ORGANIZATION || body.match.phrase().kind() != Kind.NAME) {
                return null;
            }
            return polityOf(s, body);
        }

        Entity countrysBody(Sentence s, List<Item> items, Item country) {
            List<Token> t = s.tokens();
            Item body = itemStartingAt(items, country.end);
            if (body == null || body.quoted || body.possessive || body.kind != ItemKind.RUN
                    || nameWords(t, body).stream().noneMatch(w -> lexicon.is("organization-word", w))) {
                return null;
            }
            String name = nameText(s, body);
            Entity c = registry.of(country.entry());
            GazetteerEntry known = NationalBodies.bodyOf(gazetteer, name, c, takesThe(c));
            Entity e = known != null ? registry.of(known) : polityOf(s, body);
            if (e != null) {
                e.addForm(polityForm(s, country) + "'s " + name);
                notePolity(e);
            }
            return e;
        }

        /**
         * "deputy governor of the Central Bank (BCRA)": a body named by a generic name, followed by an acronym in brackets
         * that the gazetteer knows, is that body; else null.
         */
        Entity bodyInBrackets(Sentence s, Item it) {
            List<Token> t = s.tokens();
            if (it.possessive || it.end + 2 >= t.size() || !t.get(it.end).text().equals("(") || !t.get(it.end + 2).text().equals(")")
                    || nameWords(t, it).stream().noneMatch(w -> lexicon.is("organization-word", w))) {
                return null;
            }
            Gazetteer.Match m = gazetteer.longest(t, it.end + 1, KINDS_NAME);
            if (m == null || m.end() != it.end + 2 || !m.phrase().entry().type().isPolity()
                    || m.phrase().entry().type() == EntityType.COUNTRY) {
                return null;
            }
            Entity body = registry.of(m.phrase().entry());
            body.addForm(nameText(s, it));
            notePolity(body);
            return body;
        }

        /**
         * "the country's Supreme Court", "Pakistan's Supreme Court": the body the gazetteer lists as "Supreme Court of
         * Pakistan", when a country's possessive stands right before the name; else null.
         */
        Entity knownBodyOfCountryBefore(Sentence s, List<Item> items, Item it) {
            Item before = itemEndingAt(items, it.start);
            if (before == null || !before.possessive || before.quoted || !(before.kind == ItemKind.NOMINAL
                    || before.kind == ItemKind.GAZ && before.match.phrase().kind() == Kind.NAME)) {
                return null;
            }
            Entity country = before.kind == ItemKind.NOMINAL ? nominalPolity(s, before) : registry.of(before.entry());
            if (country == null || country.type() != EntityType.COUNTRY) {
                return null;
            }
            GazetteerEntry known = NationalBodies.bodyOf(gazetteer, nameText(s, it), country, takesThe(country));
            if (known == null) {
                return null;
            }
            Entity body = registry.of(known);
            body.addForm(nameText(s, it));
            return body;
        }

        /** A country's central bank: the one the gazetteer lists as "Central Bank of X" (Banco de la República), else so named. */
        Entity centralBankOf(Entity country) {
            GazetteerEntry known = NationalBodies.centralBank(gazetteer, country, takesThe(country));
            if (known != null) {
                Entity bank = registry.of(known);
                bank.addForm(country.name() + "'s central bank");
                return bank;
            }
            return registry.named(EntityType.ORGANIZATION, "Central Bank of " + country.name());
        }

        /** Marks the items that lie within tokens [from, to) as part of a longer mention. */
        void consumeWithin(List<Item> items, int from, int to) {
            for (Item it : items) {
                if (it.start >= from && it.end <= to && it.kind != ItemKind.TITLE) {
                    it.consumed = true;
                }
            }
        }

        boolean isPluralPortfolio(Token k) {
            String w = k.folded();
            return w.endsWith("s") && w.length() > 3 && isPortfolio(new Token(w.substring(0, w.length() - 1), 0, 0));
        }

        String capitalize(String w) {
            return Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * What "its" before token {@code k} stands for: the last body (not a country) the sentence names before
         * it, else the last body the article named, when that was no country.
         */
        Entity ownerBefore(Sentence s, List<Item> items, int k) {
            Entity found = null;
            boolean named = false;
            for (Item it : items) {
                named |= it.end <= k && (it.kind == ItemKind.GAZ || it.kind == ItemKind.RUN || it.kind == ItemKind.NOMINAL);
                if (it.end <= k && !it.quoted && (it.kind == ItemKind.GAZ || it.kind == ItemKind.RUN)
                        && !(it.kind == ItemKind.GAZ && it.match.phrase().kind() == Kind.DEMONYM)) {
                    // "The World Bank has appointed Indian economist X as its chief economist": a demonym is no owner
                    Entity e = polityOf(s, it);
                    if (e != null && e.type() != EntityType.COUNTRY) {
                        found = e;
                    } else if (e != null) {
                        found = null;
                    }
                }
            }
            if (found == null && !named && !recentPolities.isEmpty() && recentPolities.peek().type() != EntityType.COUNTRY) {
                found = recentPolities.peek();
            }
            return found;
        }

        /**
         * The party whose members the sentence names before token {@code k} by the party's adjective: "Labor MPs",
         * "Conservative lawmakers"; null if none, or several.
         */
        Entity partyOfMembers(List<Token> t, int k) {
            Entity found = null;
            for (int j = 0; j + 1 < k; j++) {
                if (lexicon.is("member-title", t.get(j + 1)) && (isPartyAdjective(t, j)
                        || j == 0 && t.get(0).isCapitalized() && lexicon.is("party-adjective", t.get(0)))) {
                    Entity p = knownParty(t.get(j).text() + " Party");
                    if (p == null || found != null && found != p) {
                        return null;
                    }
                    found = p;
                }
            }
            return found;
        }

        /** The body the sentence names last before token {@code k}, by name or description ("the party's"), or null. */
        Entity lastBodyBefore(Sentence s, List<Item> items, int k) {
            Entity found = null;
            boolean named = false;
            for (Item it : items) {
                if (it.end <= k && !it.quoted && (it.kind == ItemKind.GAZ || it.kind == ItemKind.RUN || it.kind == ItemKind.NOMINAL)) {
                    found = polityOf(s, it);
                    named = true;
                }
            }
            return named || recentPolities.isEmpty() ? found : recentPolities.peek(); // "Its president" opening a sentence
        }

        /** The last country the sentence names before token {@code k} (what "its" before a national title stands for), or null. */
        Entity countryBefore(Sentence s, List<Item> items, int k) {
            Entity found = null;
            for (Item it : items) {
                if (it.end <= k && !it.quoted && it.kind == ItemKind.GAZ && it.match.phrase().kind() == Kind.NAME) {
                    Entity e = polityOf(s, it);
                    if (e != null && e.type() == EntityType.COUNTRY) {
                        found = e;
                    }
                }
            }
            return found;
        }

        /** A title a party gives ("leader", "chair", "spokesman"), not a seat or a ministry its members hold ("a Labour MP"). */
        boolean partyTitle(OfficeTitle t) {
            return switch (t.kind()) {
                case "legislator", "minister", "head-of-state", "head-of-government", "diplomat", "government" -> false;
                default -> true;
            };
        }

        /** The gazetteer's match of the whole name as a party of some country, or null. */
        Gazetteer.Match partyNamed(String name) {
            List<Token> words = new ArrayList<>();
            for (String w : Gazetteer.words(name)) {
                words.add(new Token(w, 0, 0));
            }
            Gazetteer.Match m = gazetteer.longest(words, 0, KINDS_NAME);
            return m == null || m.end() != words.size() || gazetteer.partyCountry(m.phrase().entry()) == null ? null : m;
        }

        /** The party the gazetteer lists under this name for the article's country (or one it names), or null. */
        Entity knownParty(String name) {
            Gazetteer.Match m = partyNamed(name);
            if (m == null) {
                return null;
            }
            m = PartyChoice.choose(gazetteer, m, home == null ? null : home.name(), countryMentions);
            return m == null ? null : registry.of(m.phrase().entry());
        }

        /**
         * A party's name the gazetteer lists, whichever country's: the name as written, as a name read from its words is
         * ("the Labour Party" in a story that names no country); else null.
         */
        Entity partyByName(String name) {
            if (partyNamed(name) == null) {
                return null;
            }
            Entity known = knownParty(name);
            return known != null ? known : registry.named(EntityType.ORGANIZATION, name);
        }

        /**
         * The party a party's adjective names ("Labour": the Labour Party): the one {@link PartyChoice} keeps,
         * else the name as written when the gazetteer knows a party of that name in some country (as "the
         * Labour leader" is read), else null.
         */
        Entity partyOfAdjective(String word) {
            Entity known = knownParty(word + " Party");
            return known != null ? known : partyByName(word + " Party");
        }

        /** Titles of a country's government, which a story about one country names without the country. */
        /** A body the gazetteer does not know (so it says nothing of who heads it). */
        boolean unknownBody(Entity body) {
            return body.type() != EntityType.COUNTRY && body.entry() == null && gazetteer.named(body.name()) == null;
        }

        /** Whether a body other than a country is headed by the title, as the gazetteer says. */
        boolean headedBy(Entity body, OfficeTitle title) {
            if (body == null || body.type() == EntityType.COUNTRY) {
                return false;
            }
            OfficeTitle head = gazetteer.headTitle(body);
            return head != null && head.name().equals(title.name());
        }

        /** Whether the sentence's items name a country other than {@code polity}. */
        boolean namesAnotherCountry(List<Item> items, Entity polity) {
            for (Item it : items) {
                if (it.kind == ItemKind.GAZ && it.entry().type() == EntityType.COUNTRY && registry.of(it.entry()) != polity) {
                    return true;
                }
            }
            return false;
        }

        /** Does the item end where the capitalised name ends (no capitalised word follows it)? */
        boolean endsName(List<Token> t, Item it) {
            return it.end >= t.size() || !t.get(it.end).isWord() || !t.get(it.end).isCapitalized();
        }

        /** The token after a run of at most four lower-case words from {@code i} that ends in a body noun, else {@code i}. */
        int bodyNounEnd(List<Token> t, int i) {
            for (int k = i; k < t.size() && k < i + 4 && t.get(k).isWord() && !t.get(k).isCapitalized(); k++) {
                if (lexicon.is("body-noun", t.get(k)) && k + 1 < t.size() && t.get(k + 1).isCapitalized()) {
                    return k + 1;
                }
            }
            return i;
        }

        /** The ministry or department the text names at token {@code i} ("the Federal Ministry of Finance"), else null. */
        Entity ministryAt(Sentence s, List<Item> items, int i) {
            Item it = itemStartingAt(items, i);
            if (it == null || it.quoted || it.possessive || it.kind != ItemKind.RUN && it.kind != ItemKind.GAZ) {
                return null;
            }
            boolean ministry = false;
            for (int k = it.start; k < it.end; k++) {
                ministry |= s.tokens().get(k).is("ministry") || s.tokens().get(k).is("department");
            }
            Entity e = ministry ? polityOf(s, it) : null;
            return e != null && e.type() == EntityType.ORGANIZATION ? e : null;
        }

        /**
         * The end of a portfolio that goes on after a minister's title written "minister for|of PORTFOLIO" ("minister for
         * defence industry in …", "minister of finance and planning"), else the title's end.
         */
        int longerPortfolio(List<Token> t, Item title, OfficeTitle ot) {
            if (!ot.kind().equals("minister") || !t.get(title.start).is("minister") || title.end - title.start < 3
                    || !(t.get(title.start + 1).is("for") || t.get(title.start + 1).is("of"))) {
                return title.end;
            }
            int j = title.end;
            while (j < t.size() && j - title.end < 4 && !endsPortfolio(t.get(j)) && !lexicon.is("body-noun", t.get(j))
                    && !t.get(j).is("government")
                    && (isPortfolio(t.get(j)) || isPluralPortfolio(t.get(j))
                        || t.get(j).is("and") && j + 1 < t.size() && (isPortfolio(t.get(j + 1)) || isPluralPortfolio(t.get(j + 1))))) {
                j++;
            }
            while (j > title.end && t.get(j - 1).is("and")) {
                j--;
            }
            boolean closed = j >= t.size() || !t.get(j).isWord() || t.get(j).is("in") || t.get(j).is("for") || t.get(j).is("at")
                    || t.get(j).is("and") || t.get(j).is("who") || endsPortfolio(t.get(j));
            return closed ? j : title.end;
        }

        /** A word that ends a portfolio written after "for": "cabinet secretary for trade until 2022". */
        boolean endsPortfolio(Token k) {
            return k.is("until") || k.is("since") || k.is("from") || k.is("before") || k.is("after") || k.is("when")
                    || k.is("during") || k.is("between") || k.is("of") || k.is("in") || k.is("on") || k.is("at");
        }

        /** Does a body other than a country end at token {@code end}: "the APC", "the party's", an acronym the text defined? */
        boolean bodyEndingAt(List<Token> t, List<Item> items, int end) {
            Item it = itemEndingAt(items, end);
            return it != null && !it.quoted && (it.kind == ItemKind.GAZ && it.match.phrase().kind() == Kind.NAME
                    && it.entry().type().isPolity() && it.entry().type() != EntityType.COUNTRY
                    || it.kind == ItemKind.NOMINAL && it.nominalType == EntityType.ORGANIZATION
                    || it.kind == ItemKind.RUN && it.end == it.start + 1 && isAcronymWord(t.get(it.start).text())
                        && (acronyms.containsKey(t.get(it.start).text()) || organizations.containsKey(t.get(it.start).text())));
        }

        /** The one body (not a country) the sentence names before token {@code before} whose head the gazetteer gives this title, else null. */
        Entity bodyHeadedBy(Sentence s, List<Item> items, OfficeTitle ot, int before) {
            Entity found = null;
            for (Item it : items) {
                if (it.end <= before && it.kind == ItemKind.GAZ && !it.quoted && it.match.phrase().kind() == Kind.NAME && it.entry().type().isPolity()
                        && it.entry().type() != EntityType.COUNTRY && gazetteer.partyCountry(it.entry()) == null) {
                    OfficeTitle head = gazetteer.headTitle(it.entry());
                    if (head != null && head.name().equals(ot.name())) {
                        Entity e = registry.of(it.entry());
                        if (found != null && found != e) {
                            return null;
                        }
                        found = e;
                    }
                }
            }
            return found;
        }

        /** Does a body the gazetteer knows, other than a country, start at token {@code i} (after "the")? */
        boolean bodyAt(List<Item> items, List<Token> t, int i) {
            Item it = i < t.size() && t.get(i).is("the") ? itemStartingAt(items, i + 1) : itemStartingAt(items, i);
            return it != null && !it.quoted && !it.possessive && it.kind == ItemKind.GAZ && it.match.phrase().kind() == Kind.NAME
                    && it.entry().type().isPolity() && it.entry().type() != EntityType.COUNTRY;
        }

        /** Is the title a deputy's, whose first word (after an ordinal) is a deputy's rank: "Deputy Governor", "Associate Administrator"? */
        boolean isDeputy(OfficeTitle t) {
            return !deputyOf(t).equals(t.name());
        }

        /**
         * The title a deputy's title is the deputy of: "Second Deputy Governor" and "Deputy Governor" -> "Governor", "Associate
         * Administrator" -> "Administrator"; any other title as it is.
         */
        String deputyOf(OfficeTitle t) {
            String[] w = t.name().split(" ", 3);
            int rank = w.length > 2 && lexicon.is("ordinal", w[0]) ? 1 : 0;
            if (w.length > rank + 1 && lexicon.is("deputy-rank", w[rank])) {
                return t.name().substring(t.name().indexOf(w[rank]) + w[rank].length() + 1);
            }
            return t.name();
        }

        boolean national(OfficeTitle t) {
            return t.isNational();
        }

        /** A title with what is written around it: "Norway's former prime minister", "secretary-general of the alliance". */
        Mention office(Sentence s, List<Item> items, Item title) {
            List<Token> t = s.tokens();
            OfficeTitle ot = title.match.phrase().title();
            int start = title.start;
            if (start > 0 && lexicon.is("unreal-title", t.get(start - 1))) {
                return null; // "shadow treasurer Liam Forde", "the self-proclaimed president": no office of the polity
            }
            if (ot.name().equals("Minister") && start > 0 && (isPortfolio(t.get(start - 1))
                    || t.get(start).isCapitalized() && isCapitalizedPortfolio(t, start - 1)
                    || start > 1 && t.get(start - 2).isWord() && !t.get(start - 2).isCapitalized() && isCapitalizedPortfolio(t, start - 1)
                        && !surnames.contains(t.get(start - 1).folded())
                        && !lexicon.is("party-adjective", t.get(start - 1)))) { // "a Labour minister" is the party's
                // "a former junior Treasury minister": a capitalised portfolio before a lowercase title, within the sentence
                // "planning minister": the portfolio written before the generic title names it
                ot = new OfficeTitle(capitalize(t.get(start - 1).text()) + " Minister", "minister");
                start--;
                int p = start;
                while (p > 1 && t.get(start).isCapitalized() && isCapitalizedPortfolio(t, p - 1)) {
                    p--; // "Mineral Resources Minister"
                }
                if (p >= 2 && t.get(p - 1).is("and") && t.get(p - 2).isCapitalized() && t.get(start).isCapitalized()
                        && gazetteer.officeNames().isPortfolio(t.get(p - 2).text())) {
                    // "Energy and Mineral Resources Minister": portfolios joined by "and", the first one the gazetteer knows
                    ot = new OfficeTitle(s.text().substring(t.get(p - 2).start() - s.start(), t.get(start).end() - s.start())
                            + " Minister", "minister");
                    start = p - 2;
                    consumeWithin(items, start, title.start);
                }
            } else if ((ot.name().equals("Commissioner") || ot.name().equals("Cabinet Secretary")) && start > 0 && t.get(start - 1).isWord()
                    && gazetteer.officeNames().isPortfolio(t.get(start - 1).text())) {
                // "the African Union's health commissioner", "the Treasury Cabinet Secretary": a portfolio the gazetteer knows
                // (not "election commissioner")
                ot = new OfficeTitle(capitalize(t.get(start - 1).text()) + " " + ot.name(), ot.kind());
                start--;
            }
            if (start > 0 && lexicon.is("deputy-rank", t.get(start - 1)) && !isDeputy(ot)) {
                // "deputy governor": the deputy's office, not the governor's; a party's deputy leader is a party office;
                // "associate administrator", "assistant secretary-general" are deputies too
                ot = new OfficeTitle(capitalize(t.get(start - 1).text()) + " " + ot.name(),
                        ot.isPartyLeader() || !national(ot) ? ot.kind() : "deputy");
                start--;
            }
            if (start > 0 && (ot.kind().equals("deputy") || isDeputy(ot)) && lexicon.is("ordinal", t.get(start - 1))) {
                // "second deputy prime minister" is an office of its own
                ot = new OfficeTitle(capitalize(t.get(start - 1).text()) + " " + ot.name(), ot.kind());
                start--;
            }
            int longer = longerPortfolio(t, title, ot);
            if (longer > title.end) {
                // "minister for defence industry": a portfolio longer than the one the gazetteer's title names
                StringBuilder b = new StringBuilder("Minister");
                for (int x = title.start + 1; x < longer; x++) {
                    Token w = t.get(x);
                    b.append(' ').append(w.is("for") || w.is("of") || w.is("and") || w.is("the") ? w.text().toLowerCase(Locale.ROOT)
                            : capitalize(w.text()));
                }
                ot = new OfficeTitle(b.toString(), ot.kind());
                consumeWithin(items, title.end, longer);
            }
            if (start > 1 && lexicon.is("body-rank", t.get(start - 1)) && bodyEndingAt(t, items, start - 1)) {
                // "The APC National Chairman", "the party's federal chairperson": a body's office of its own
                ot = new OfficeTitle(capitalize(t.get(start - 1).text()) + " " + ot.name(), ot.kind());
                start--;
            }
            int end = title.end;
            final int titleStart = start; // the title's first word, before the tense words and the polity on its left
            int titleEnd = title.end;
            Status status = null;
            Entity polity = null;
            Entity nationality = null;
            boolean national = false;
            Item polityItem = null;
            // to the left: modifiers and one polity, in any order
            int k = start - 1;
            while (k >= 0) {
                String w = t.get(k).text();
                Status mod = modifier(w);
                if (mod != null) {
                    if (status == null) {
                        status = mod;
                    }
                    start = k--;
                    continue;
                }
                if (w.equals("-") && k > 0 && modifier(t.get(k - 1).text()) != null) {
                    start = k--;
                    continue;
                }
                if (polity == null && k == start - 1 && k > 0 && ORDINAL_NUMBER.matcher(w).matches()
                        && (t.get(k - 1).text().equals("'s") || isDeterminer(t.get(k - 1).text()))) {
                    start = k--; // "Alberta's 20th premier", "the state's 40th governor": a rank in a series tells no tense
                    continue;
                }
                if (lexicon.is("office-adjective", t.get(k)) && k > 0 && (modifier(t.get(k - 1).text()) != null
                        || isDeterminer(t.get(k - 1).text()))) {
                    start = k--; // "a former junior Treasury minister": a rank that tells no tense
                    continue;
                }
                if (k >= 2 && t.get(k - 1).text().equals("-") && modifier(t.get(k - 2).text() + "-" + w) != null) {
                    if (status == null) {
                        status = modifier(t.get(k - 2).text() + "-" + w); // "the one-time foreign minister"
                    }
                    start = k - 2;
                    k -= 3;
                    continue;
                }
                if (polity == null && k == start - 1 && !t.get(k).isCapitalized() && lexicon.is("organization-nominal", t.get(k))
                        && k > 0 && modifier(t.get(k - 1).text()) != null) {
                    start = k--; // "former party president": the tense word before the body still counts
                    continue;
                }
                if (polity == null && k == start - 1 && k >= 2 && t.get(k).is("bank") && t.get(k - 1).is("central")
                        && !ot.isPartyLeader() && !national(ot)) {
                    Item country = itemEndingAt(items, k - 1);
                    if (country != null && !country.quoted && country.kind == ItemKind.GAZ && country.entry().type() == EntityType.COUNTRY
                            && (country.match.phrase().kind() == Kind.DEMONYM
                                || country.match.phrase().kind() == Kind.NAME && country.possessive)) {
                        // "Turkey's central bank governor", "the Turkish central bank governor": the country's central bank
                        polity = centralBankOf(registry.of(country.entry()));
                        notePolity(polity);
                        country.consumed = true;
                        start = country.start;
                        k = country.start - 1;
                        continue;
                    }
                }
                if (polity == null && k == start - 1 && t.get(k).isWord() && !t.get(k).isCapitalized()
                        && lexicon.is("body-title-noun", t.get(k)) && !ot.isPartyLeader() && !ot.kind().equals("minister")
                        && !ot.kind().equals("head-of-government") && !ot.kind().equals("legislator")) {
                    Entity body = NominalHead.latestNamedBy(recentPolities, EntityType.ORGANIZATION, w);
                    if (body != null && body.type() == EntityType.ORGANIZATION) {
                        // "who stood down as commission president" after "the ECOWAS Commission": that body's president
                        polity = body;
                        start = k--;
                        continue;
                    }
                }
                Item left = itemEndingAt(items, k + 1);
                if (polity == null && left != null && !left.quoted && left.kind == ItemKind.RUN && ot.isPartyLeader()
                        && !left.possessive && polityOf(s, left) == null && !fullNames.containsKey(Normalizer.fold(nameText(s, left)))
                        && nameWords(t, left).size() >= 2
                        && nameWords(t, left).stream().noneMatch(x -> lexicon.is("chamber-word", x))
                        && gazetteer.givenName(t.get(left.start).text()) == null) {
                    // "Bloc Québécois leader Mathieu Gauthier": the name before "leader" is the party's
                    Entity e = PartyName.fullNameOf(recentPolities, nameText(s, left));
                    if (e == null) {
                        e = registry.named(EntityType.ORGANIZATION, nameText(s, left));
                    }
                    notePolity(e);
                    polity = e;
                    polityItem = left;
                    start = left.start;
                    k = left.start - 1;
                    continue;
                }
                if (polity == null && left != null && !left.quoted && (left.kind == ItemKind.GAZ || left.kind == ItemKind.NOMINAL
                        || left.kind == ItemKind.RUN && (ot.isPartyLeader() || ot.kind().equals("head") || ot.kind().equals("deputy"))
                            && !(ot.isPartyLeader() && lexicon.is("chamber-side", t.get(left.end - 1))))) {
                    // not "Senate Minority Leader X": a chamber's floor leader (see LegislativeSeats), no party's
                    Entity e = officePolity(s, left, ot);
                    if (e != null && !(left.kind == ItemKind.GAZ && gazetteer.partyCountry(left.entry()) != null && !partyTitle(ot)
                            && !PartyName.isHeadTitle(gazetteer, left.entry(), ot))) {
                        polity = e;
                        polityItem = left;
                        national = e.type() == EntityType.COUNTRY;
                        start = left.start;
                        k = left.start - 1;
                        continue;
                    }
                }
                break;
            }
            if (national && !ot.isPartyLeader() && polityItem != null && polityItem.kind == ItemKind.GAZ
                    && polityItem.match.phrase().kind() == Kind.DEMONYM && end < t.size() && t.get(end).is("of")
                    && (!national(ot) || bodyAt(items, t, end + 1))) {
                // "the Swedish executive director of the advocacy group X": the demonym is the person's, the body follows;
                // so in "a French vice-president of the EIB", whose title a country has too
                nationality = polity;
                polity = null;
                national = false;
                polityItem = null;
            }
            if (polity == null && k >= 0 && k == start - 1 && regions.isRegionAdjective(t.get(k)) && !ot.isPartyLeader()
                    && !ot.kind().equals("legislator")) {
                // "provincial finance minister", "the former regional president": the region the story is about, and never
                // the country's office; "state secretary" only in a story about a state
                boolean fits = homeRegion != null && regions.nounFits(t.get(k).text(), homeRegion.entry());
                if (fits) {
                    polity = homeRegion;
                    start = k--;
                    while (k >= 0 && modifier(t.get(k).text()) != null) {
                        status = modifier(t.get(k).text());
                        start = k--;
                    }
                } else if (!t.get(k).is("state")) {
                    return null;
                }
            }
            PossessedBody.Span committee = polity == null && k >= 0 && t.get(k).is("whose") && !national(ot) && !ot.isPartyLeader()
                    ? PossessedBody.before(lexicon, t, k) : null;
            boolean unnamedOwner = false;
            if (committee != null) {
                // "the European Parliament's civil liberties committee, whose chair": the committee's chair
                Item owner = committee.ownerEnd() < 0 ? null : itemEndingAt(items, committee.ownerEnd());
                Entity e = owner == null || owner.quoted || !owner.possessive ? null : polityOf(s, owner);
                if (e != null && e.type() != EntityType.COUNTRY) {
                    ot = new OfficeTitle(ot.name() + " of the " + committee.name(t), ot.kind());
                    polity = e;
                    start = k;
                } else {
                    unnamedOwner = true; // "the civil liberties committee, whose chair": no body the text names
                }
            }
            if (committee != null) {
                // read above
            } else if (polity == null && k >= 0 && (t.get(k).is("its") || t.get(k).is("whose") || t.get(k).is("their")) && !national(ot)) {
                Entity own = ownerBefore(s, items, k);
                if (own != null && t.get(k).is("their") && !(ot.isPartyLeader() && PartyName.isParty(gazetteer, own))) {
                    own = null; // "the Conservatives …, their parliamentary leader": "their" is a party's only when it leads it
                }
                if (own == null && t.get(k).is("their") && ot.isPartyLeader()) {
                    own = partyOfMembers(t, k); // "Labor MPs chose her as their new leader"
                }
                if (own != null) {
                    polity = own; // "The National Party has elected Hana Tupou as its leader", "the Sumar alliance, whose leader"
                    start = k;
                }
            } else if (polity == null && k >= 2 && t.get(k).is("whose") && t.get(k - 1).text().equals(",") && national(ot)
                    && itemEndingAt(items, k - 1) != null && itemEndingAt(items, k - 1).kind == ItemKind.GAZ
                    && itemEndingAt(items, k - 1).match.phrase().kind() == Kind.NAME
                    && itemEndingAt(items, k - 1).entry().type() == EntityType.COUNTRY
                    && title.end < t.size() && t.get(title.end).isWord() && t.get(title.end).isCapitalized()) {
                // "Finland, whose finance minister Jussi Rautavaara": the country's, where the title names its holder
                polity = polityOf(s, itemEndingAt(items, k - 1));
                start = k;
            } else if (polity == null && k >= 0 && t.get(k).is("its") && national(ot)) {
                // "the party's leadership, including its president" and "the African Development Bank picks its next
                // president": the body's, whose head the gazetteer calls so; "The Nigeria Labour Congress elected X as its
                // president": a body the gazetteer gives no head; "Sudan … was represented by its foreign minister"
                Entity body = lastBodyBefore(s, items, k);
                Entity owner = headedBy(body, ot) ? body : null;
                if (owner == null) {
                    Entity named = ownerBefore(s, items, k);
                    // "Malaysia's UMNO elected X as its president": the party the gazetteer says a president heads
                    owner = named != null && (unknownBody(named) || headedBy(named, ot)) ? named : countryBefore(s, items, k);
                }
                if (owner != null) {
                    polity = owner;
                    start = k;
                }
            }
            if (k >= 0 && isDeterminer(t.get(k).text())) {
                start = k;
            }
            // to the right: -elect, designate, "of [the] POLITY"
            if (end < t.size() && t.get(end).text().equals("-") && end + 1 < t.size()
                    && lexicon.is("suffix-designate", t.get(end + 1))) {
                status = Status.DESIGNATE;
                end += 2;
            } else if (end < t.size() && lexicon.is("suffix-designate", t.get(end))) {
                status = Status.DESIGNATE;
                end += 1;
            }
            if (polity == null && end < t.size() && t.get(end).is("of")) {
                int j = end + 1;
                Item right = itemStartingAt(items, j);
                if (right == null && BodyApposition.precedes(t, bodyNounEnd(t, j), lexicon)
                        && itemStartingAt(items, bodyNounEnd(t, j)) != null && endsName(t, itemStartingAt(items, bodyNounEnd(t, j)))) {
                    right = itemStartingAt(items, bodyNounEnd(t, j)); // "chief executive of state oil company Pertamina"
                }
                if (right == null && j < t.size() && t.get(j).is("the")) {
                    j++;
                    // "leader of the radical Economic Freedom Fighters", "of the far-right AfD"
                    while (j < t.size() && j - end <= 5 && itemStartingAt(items, j) == null
                            && (t.get(j).text().equals("-") || t.get(j).isWord() && !t.get(j).isCapitalized()
                                && lexicon.is("party-modifier", t.get(j)))) {
                        j++;
                    }
                    right = itemStartingAt(items, j);
                }
                Entity adjectival = right == null ? null : demonymBody(t, items, right);
                if (adjectival != null) {
                    // "commander of the Ukrainian armed forces", "governor of the Turkish central bank": the country's body
                    polity = adjectival;
                    end = right.end + (t.get(right.end).is("armed") || t.get(right.end).is("central") ? 2 : 1);
                    consumeWithin(items, right.start, end);
                } else if (right != null && right.kind == ItemKind.GAZ && right.match.phrase().kind() == Kind.DEMONYM
                        && right.end < t.size() && (t.get(right.end).is("army") || t.get(right.end).is("armed"))) {
                    // "the commander of the Chilean armed forces": armed forces the gazetteer does not list name no polity
                } else if (right != null && ot.kind().equals("legislator") && right.kind == ItemKind.GAZ
                        && gazetteer.partyCountry(right.entry()) != null) {
                    // "a Hungarian MEP of Fidesz": a member's party, no body of the seat
                } else if (right != null && !right.quoted && !right.possessive && (right.kind == ItemKind.GAZ || right.kind == ItemKind.NOMINAL
                        || right.kind == ItemKind.RUN)) {
                    // not "deputy governor of Brazil's central bank": the possessive names the bank's owner
                    Entity e = officePolity(s, right, ot);
                    if (e != null && ot.kind().equals("legislator") && PartyName.isParty(gazetteer, e)) {
                        e = null; // "an MEP of Fidesz", "a senator of the Liberal Party": the member's party, not the seat's body
                    }
                    if (e != null) {
                        polity = e;
                        polityItem = right;
                        end = right.end;
                    }
                } else if (right != null && !right.quoted && right.possessive && right.kind == ItemKind.GAZ
                        && right.entry().type() == EntityType.COUNTRY && right.match.phrase().kind() == Kind.NAME
                        && countrysBody(s, items, right) != null) {
                    // "director of Brazil's Federal Police": the country's body
                    Item body = itemStartingAt(items, right.end);
                    polity = countrysBody(s, items, right);
                    polityItem = body;
                    end = body.end;
                    consumeWithin(items, right.start, end);
                } else if (right != null && !right.quoted && right.possessive && right.kind == ItemKind.GAZ
                        && right.entry().type() == EntityType.COUNTRY && right.match.phrase().kind() == Kind.NAME
                        && knownBodyAfter(s, items, right) != null) {
                    // "leader of Denmark's Socialist People's Party": a body the gazetteer knows, named with its country
                    Item body = itemStartingAt(items, right.end);
                    polity = knownBodyAfter(s, items, right);
                    polityItem = body;
                    end = body.end;
                    consumeWithin(items, right.start, end);
                } else if (right != null && !right.quoted && right.possessive && right.kind == ItemKind.GAZ
                        && right.entry().type() == EntityType.COUNTRY && right.match.phrase().kind() == Kind.NAME
                        && right.end + 1 < t.size() && t.get(right.end).is("central") && t.get(right.end + 1).is("bank")) {
                    // "deputy governor of Brazil's central bank": the Central Bank of Brazil
                    polity = centralBankOf(registry.of(right.entry()));
                    notePolity(polity);
                    end = right.end + 2;
                    consumeWithin(items, right.start, end);
                }
            }
            return officeOnTheRight(s, items, title, t, ot, start, end, titleStart, titleEnd, status, polity, nationality, national, polityItem, unnamedOwner);
        }

        /**
         * The second half of {@link #office}: places, ministries and governments after the title, its portfolio, and the
         * office the title names with what was read around it. Its own method because one method of both halves is too
         * long for the JIT compiler, which leaves methods over 8,000 bytes of bytecode to the interpreter.
         */
        private Mention officeOnTheRight(Sentence s, List<Item> items, Item title, List<Token> t, OfficeTitle ot, int start, int end, int titleStart, int titleEnd, Status status, Entity polity, Entity nationality, boolean national, Item polityItem, boolean unnamedOwner) {
            Entity placeOffice = null;
            if (polity == null && placeOffices.isPlaceTitle(ot)) {
                int[] place = placeAround(s, items, titleStart, start, end);
                if (place != null) {
                    String written = PlaceOffice.text(t, place[0], place[1]);
                    placeOffice = placeOffices.office(registry, ot, place(written, ot));
                    placeOffice.addForm(ot.name() + " of " + written); // "Mayor of São Paulo" for the Mayor of São Paulo City
                    if (place[2] < start) {
                        start = place[2];
                        for (int j = start - 1; j >= 0 && modifier(t.get(j).text()) != null; j--) {
                            status = modifier(t.get(j).text()); // "the former São Paulo governor": the tense before the place
                            start = j;
                        }
                        if (start > 0 && isDeterminer(t.get(start - 1).text())) {
                            start--;
                        }
                    }
                    end = Math.max(end, place[3]);
                }
            }
            if (polity == null && end + 2 < t.size() && t.get(end).is("in") && t.get(end + 1).is("the")
                    && ministryAt(s, items, end + 2) != null) {
                // "state secretary in the Federal Ministry of Finance": an office of the ministry
                polityItem = itemStartingAt(items, end + 2);
                polity = ministryAt(s, items, end + 2);
                end = polityItem.end;
            }
            if (polity == null && national(ot) && end + 4 < t.size() && t.get(end).is("to") && t.get(end + 1).is("the")
                    && t.get(end + 2).is("government") && t.get(end + 3).is("of")) {
                // "a former chief economic adviser to the government of India": the government's country
                Item right = itemStartingAt(items, end + 4);
                if (right == null && end + 5 < t.size() && t.get(end + 4).is("the")) {
                    right = itemStartingAt(items, end + 5);
                }
                if (right != null && !right.quoted && !right.possessive && right.kind == ItemKind.GAZ
                        && right.entry().type() == EntityType.COUNTRY && right.match.phrase().kind() == Kind.NAME) {
                    polity = polityOf(s, right);
                    polityItem = right;
                    end = right.end;
                }
            }
            if (status == null && start >= 2 && t.get(start - 1).is("as") && t.get(start - 2).is("predecessor")
                    && end < t.size() && t.get(end).text().equals(",")) { // not "X succeeded his predecessor as prime minister in 2020"
                status = Status.FORMER; // "his predecessor as prime minister, Wanida Chaiyaporn": no longer in office
            }
            if (status == null) {
                status = Status.CURRENT;
            }
            OfficeTitle beforeFor = ot;
            {
                // "commissioner for trade", "cabinet secretary for foreign affairs", "Kenya's cabinet secretary for trade"
                if ((ot.name().equals("Minister") || ot.name().equals("Deputy Minister"))
                        && titleEnd + 1 < t.size() && t.get(titleEnd).is("of") && itemStartingAt(items, titleEnd + 1) == null) {
                    // "Japan's vice minister of finance", "minister of planning": the portfolio written after the title
                    int j = titleEnd + 1;
                    while (j < t.size() && j - titleEnd <= 2 && isPortfolio(t.get(j)) && !lexicon.is("organization-word", t.get(j))) {
                        j++;
                    }
                    while (j > titleEnd + 1 && j < t.size() && j - titleEnd <= 6 && (isPluralPortfolio(t.get(j))
                            || t.get(j).is("and") && j + 1 < t.size() && (isPortfolio(t.get(j + 1)) || isPluralPortfolio(t.get(j + 1)))
                            || t.get(j - 1).is("and") && isPortfolio(t.get(j)))
                            && !lexicon.is("organization-word", t.get(j))) {
                        j++; // "minister of social affairs and health": portfolios joined by "and"
                    }
                    if (j > titleEnd + 1 && (j >= t.size() || !t.get(j).isWord() || t.get(j).is("for") || t.get(j).is("from")
                            || t.get(j).is("since") || t.get(j).is("until") || t.get(j).is("in") || t.get(j).is("and"))) {
                        StringBuilder p = new StringBuilder();
                        for (int x = titleEnd + 1; x < j; x++) {
                            p.append(p.length() == 0 ? "" : " ").append(t.get(x).is("and") ? "and" : capitalize(t.get(x).text()));
                        }
                        ot = new OfficeTitle(ot.name().equals("Minister") ? p + " Minister" : ot.name() + " of " + p, ot.kind());
                        titleEnd = j;
                        end = Math.max(end, j);
                    }
                }
                int f = titleEnd;
                if (f + 1 < t.size() && t.get(f).is("for") && !ot.name().contains(" for ") && !ot.isRegionalSeat()) {
                    int j = f + 1;
                    boolean capitalTitle = t.get(titleEnd - 1).isCapitalized();
                    while (j < t.size() && j - f <= 3 && !endsPortfolio(t.get(j)) && (isPortfolio(t.get(j)) || isPluralPortfolio(t.get(j))
                            || capitalTitle && isCapitalizedPortfolioWord(t, j))) {
                        j++; // not "for Health until": the portfolio ends before a word of time
                    }
                    Item region = j == f + 1 ? regionAt(t, items, f + 1, ot) : null;
                    Item secondRegion = null;
                    if (region != null) {
                        j = region.end; // "the ADB's director for Southeast Asia": a region or country names the post
                        int second = j < t.size() && t.get(j).is("and") ? j + 1 : -1;
                        if (second > 0 && second < t.size() && t.get(second).is("the")) {
                            second++;
                        }
                        secondRegion = second > 0 && second < t.size() ? regionAt(t, items, second, ot) : null;
                        if (secondRegion != null) {
                            j = secondRegion.end; // "regional director for Asia and the Pacific", "for West and Central Africa"
                        }
                    }
                    boolean closed = j >= t.size() || !t.get(j).isWord() || t.get(j).isCapitalized()
                            || t.get(j).is("of") || t.get(j).is("in") || t.get(j).is("on") || t.get(j).is("at")
                            || t.get(j).is("since") || t.get(j).is("until") || t.get(j).is("from") || endsPortfolio(t.get(j));
                    if (j > f + 1 && closed) {
                        StringBuilder b = new StringBuilder(ot.name()).append(" for");
                        for (int x = f + 1; x < j; x++) {
                            b.append(' ').append(region != null ? t.get(x).text() : capitalize(t.get(x).text()));
                        }
                        if (region != null) {
                            region.consumed = true;
                        }
                        if (secondRegion != null) {
                            secondRegion.consumed = true;
                        }
                        ot = new OfficeTitle(b.toString(), ot.kind());
                        end = Math.max(end, j);
                        titleEnd = j;
                        consumeWithin(items, f + 1, j); // "Minister of State for External Affairs" names no person
                        if (polity == null && j + 1 < t.size() && t.get(j).is("of")) {
                            Item right = itemStartingAt(items, j + 1);
                            if (right == null && j + 2 < t.size() && t.get(j + 1).is("the")) {
                                right = itemStartingAt(items, j + 2);
                            }
                            Entity e = right == null || right.quoted ? null : polityOf(s, right);
                            if (e != null) {
                                polity = e;
                                polityItem = right;
                                end = right.end;
                            }
                        }
                    }
                }
            }
            if (beforeFor.kind().equals("legislator") || beforeFor.isPartyLeader() || lexicon.is("chamber-officer", beforeFor.name())) {
                // "Nakuru Senator X", "the Gauteng MP": a seat in the chamber of the region's country, for the region
                boolean regional = polity != null && polity.type() == EntityType.REGION;
                if (regional && !regions.isCity(polity.entry()) && !"county".equals(gazetteer.regionKind(polity.entry()))) {
                    return null; // "a Queensland MP": of the state's parliament or of the country's, the text does not say
                }
                Mention seat = seat(s, items, title, beforeFor, start, end, status, regional ? polity.country() : polity,
                        regional ? null : polityItem);
                if (seat != null) {
                    return seat; // "Senator Luciana Benítez", "Senate President Ramon Villaroel"
                }
            }
            if (ot.name().equals("Minister") && polity == null) {
                return null; // "the minister": no portfolio, no polity, no office to name
            }
            if (polity != null && polity.type() == EntityType.COUNTRY && (lexicon.is("title-not-of-country", ot.name())
                    || namesItsBody(ot))) {
                nationality = polity; // "the Swedish MEP" is Swedish, and no member of a Swedish parliament
                polity = null;
                national = false;
                polityItem = null;
            }
            if (polity == null && namesItsBody(ot)) {
                polity = bodyInTitle(ot); // "a former member of the European parliament": of the European Parliament
            }
            boolean inferred = false;
            int nominal = title.start - 1; // "the outgoing commission president": the head of the commission last named
            if (polity == null && nominal >= 0 && start <= nominal && !t.get(nominal).isCapitalized() && !ot.isPartyLeader()
                    && lexicon.is("organization-nominal", t.get(nominal)) && !t.get(nominal).is("party")) {
                Entity body = NominalHead.latestNamedBy(recentPolities, EntityType.ORGANIZATION, t.get(nominal).folded());
                if (body != null) {
                    polity = body;
                    start = Math.min(start, nominal);
                    inferred = true;
                }
            }
            // "BJP president Anil Saxena": a body the gazetteer does not know owns the title, not the home country
            boolean ownedByUnknown = start == title.start && title.start > 0 && t.get(title.start - 1).isCapitalized()
                    && t.get(title.start - 1).isWord() && modifier(t.get(title.start - 1).text()) == null
                    && !isDeterminer(t.get(title.start - 1).text())
                    && !lexicon.is("capitalized-function-word", t.get(title.start - 1))
                    && !personNameEndingAt(s, items, title.start); // "named Efua Quaye governor": a person, no owner
            boolean ofUnknown = end < t.size() && t.get(end).is("of"); // "co-leader of the X": the X, known or not
            if (polity == null && !ofUnknown && !ownedByUnknown && !ot.isPartyLeader()
                    && (unnamedOwner || UnnamedBody.before(lexicon, t, title.start, start))) {
                ownedByUnknown = true; // "Ghana's federation president": a body the text does not name owns the title
            }
            Item heading = items.isEmpty() ? null : items.get(0);
            if (polity == null && placeOffice == null && !ownedByUnknown && !ofUnknown && heading != null && !wordBefore(t, heading.start)
                    && heading.kind == ItemKind.GAZ && heading.entry().type() == EntityType.REGION && !heading.possessive
                    && heading.end < t.size() && t.get(heading.end).text().equals(":") && heading.end < title.start
                    && (placeOffices.isPlaceTitle(ot) || regions.isRegionalTitle(ot))) {
                // "Ekiti: Governor Tunde Bamidele-Ese takes oath": a related headline names its region first
                polity = regionOf(heading, ot);
                inferred = polity != null;
            }
            if (polity == null && placeOffice == null && !ownedByUnknown && !ofUnknown && placeOffices.isPlaceTitle(ot)
                    && placeOffices.only(ot) != null) {
                // "premier of Manitoba … Manitoba's current premier … replaced him as premier": the place's office the
                // article named with this title, before any country's
                placeOffice = placeOffices.only(ot);
                inferred = true;
            }
            Set<Entity> parties = PartyName.leaderParties(ot, titlePolities);
            boolean otherLeader = title.start > 0 && t.get(title.start - 1).isWord() && !t.get(title.start - 1).isCapitalized()
                    && (lexicon.is("party-adjective", t.get(title.start - 1)) || lexicon.is("body-noun", t.get(title.start - 1)));
            if (polity == null && placeOffice == null && !ownedByUnknown && !ofUnknown && !otherLeader && ot.isPartyLeader() && parties.size() == 1
                    && (start > title.start || start > 0 && isDeterminer(t.get(start).text()) || start == 0 || !t.get(start - 1).isCapitalized())) {
                // "elected as its leader … stepped down as leader": the only party the article gave a leader; not "the
                // late labour leader", "the union leader": a lower-case word of another kind of leadership before it;
                // "deputy leader Claire Hollings": the deputy of that party's leader
                polity = parties.iterator().next();
                inferred = true;
            }
            if (polity == null && placeOffice == null && !ownedByUnknown && national(ot) && home != null
                    && titlePolities.getOrDefault(Normalizer.fold(ot.name()), Set.of()).contains(home)) {
                // "Pakistan's Chief Justice X … a former chief justice of the Lahore High Court … served as chief justice":
                // a national title alone is the home country's when the article gave it that country
                polity = home;
                inferred = true;
            }
            if (polity == null && placeOffice == null && gazetteer.countryOfTitle(ot) != null) {
                polity = registry.of(gazetteer.countryOfTitle(ot)); // "Taoiseach Ciarán Ó Dálaigh": Ireland's, the one country with one
                inferred = true;
            }
            Entity remembered = titlePolity.get(Normalizer.fold(ot.name()));
            Entity headedHere = polity == null && !national(ot) && remembered != null && !headedBy(remembered, ot)
                    ? bodyHeadedBy(s, items, ot, title.start) : null;
            if (polity == null && placeOffice == null && !ownedByUnknown && headedHere != null) {
                // "GCC renews secretary-general's mandate" after the Nordic Council's secretary general: the body the sentence
                // names before the title, whose head the gazetteer calls so, rather than a body the gazetteer gives no such head
                polity = headedHere;
                inferred = true;
            }
            if (polity == null && placeOffice == null && !ownedByUnknown && !ot.isPartyLeader() && titlePolity.containsKey(Normalizer.fold(ot.name()))
                    && !(national(ot) && namesAnotherCountry(items, titlePolity.get(Normalizer.fold(ot.name()))))) {
                // "elected president of the Indian National Congress … outgoing president Prakash Bhandari"; not where the
                // sentence names another country: "\"South Africa will respect it,\" Finance Minister X said" after Zambia's
                polity = titlePolity.get(Normalizer.fold(ot.name()));
                inferred = true;
            }
            String base = Normalizer.fold(deputyOf(ot));
            if (polity == null && placeOffice == null && !ownedByUnknown && !national(ot) && !ot.isPartyLeader() && !base.equals(Normalizer.fold(ot.name()))
                    && titlePolity.containsKey(base)) {
                // "governor of the Bank of Ghana … the second deputy governor": the deputy of the same body
                polity = titlePolity.get(base);
                inferred = true;
            }
            Set<OfficeTitle> portfolios = portfolioTitles.get(base);
            if (polity == null && placeOffice == null && !ownedByUnknown && !national(ot) && !ot.isPartyLeader()
                    && !base.equals(Normalizer.fold(ot.name())) && !ot.name().contains(" for ") && portfolios != null
                    && portfolios.size() == 1) {
                // "the United Nations High Commissioner for Human Rights … deputy high commissioner": the deputy of that
                // office, with its portfolio, when the article named one such office
                OfficeTitle full = portfolios.iterator().next();
                String head = deputyOf(ot);
                polity = titlePolity.get(Normalizer.fold(full.name()));
                ot = new OfficeTitle(ot.name().substring(0, ot.name().length() - head.length()) + full.name(), ot.kind());
                inferred = true;
            }
            if (polity == null && placeOffice == null && homeRegion != null && !ownedByUnknown && !ofUnknown
                    && home == null && !countryNamed && regions.isRegionalTitle(ot)) {
                // "Health Minister Linda Petrakis" in a story about Ontario that names no country: the province's, as
                // "Premier Gregory Baillie"; not in a digest of stories from several countries
                polity = homeRegion;
                inferred = true;
            }
            if (polity == null && placeOffice == null && ot.isRegionalSeat() && homeRegion != null) {
                polity = homeRegion; // "the MLA for Calgary-Elbow" in a story about Alberta
                inferred = true;
            }
            if (ot.isRegionalSeat() && (polity == null || polity.type() != EntityType.REGION)) {
                return null; // "an MLA" of no region the story names: no office to name
            }
            if (polity == null && placeOffice == null && home != null && national(ot) && !ownedByUnknown) {
                polity = home; // a national title with no polity written: the article's country
                inferred = true;
            }
            if (polity == null && placeOffice == null && !ownedByUnknown && !ofUnknown) {
                // "the director-general" in a story that names one organisation headed by a director-general; not
                // "president of the Royal Moroccan Football Federation", whose body the text names, known or not
                String head = Normalizer.fold(deputyOf(ot));
                Set<GazetteerEntry> orgs = headed.get(head);
                if (orgs != null && orgs.size() == 1) {
                    polity = registry.of(orgs.iterator().next());
                    inferred = true;
                }
            }
            // "Labour's deputy leader": the party's adjective before a possessive
            int adjective = titleStart >= 2 && start == titleStart && t.get(titleStart - 1).text().equals("'s") ? titleStart - 2 : titleStart - 1;
            if (ot.isPartyLeader() && polity == null && adjective >= 0 && (start == titleStart || start == adjective)
                    && (isPartyAdjective(t, adjective) || adjective == 0 && t.get(0).isCapitalized()
                        && lexicon.is("party-adjective", t.get(0)) && partyOfAdjective(t.get(0).text()) != null)) {
                // "Conservative leader Fiona Marsh": the leader of the Conservative Party; "a one-time Labour deputy leader"
                polity = knownParty(t.get(adjective).text() + " Party");
                if (polity == null) {
                    polity = registry.named(EntityType.ORGANIZATION, t.get(adjective).text() + " Party");
                }
                polity.addForm(t.get(adjective).text());
                start = adjective;
                for (int j = adjective - 1; j >= 0; j--) {
                    String w = t.get(j).text();
                    Status mod = modifier(w);
                    if (mod == null && j >= 2 && t.get(j - 1).text().equals("-")) {
                        mod = modifier(t.get(j - 2).text() + "-" + w);
                        if (mod != null) {
                            j -= 2;
                        }
                    }
                    if (mod == null) {
                        break;
                    }
                    status = mod; // "a one-time Labour deputy leader": the tense word before the party's name
                    start = j;
                }
                if (start > 0 && isDeterminer(t.get(start - 1).text())) {
                    start--; // "the Labour leader"
                }
            }
            if (ot.isPartyLeader() && polity == null && (t.get(title.start).is("party") && title.end - title.start > 1
                    || ot.name().equals("Leader") && title.end - title.start == 1 && start == title.start && start > 0
                        && t.get(start - 1).is("as"))) {
                // "former party leader Audrey Mercier", "stepped down as leader": the latest party named
                polity = NominalHead.latestNamedBy(recentPolities, EntityType.ORGANIZATION, "party");
                Entity last = lastPolity.get(EntityType.ORGANIZATION);
                if (polity == null && placeOffice == null && last != null && knownParty(last.name()) == last) {
                    polity = last; // a party whose name has no "party" in it ("Law and Justice")
                }
                inferred = polity != null;
            }
            if (polity == null && placeOffice == null && !ownedByUnknown && placeOffices.isPlaceTitle(ot)) {
                placeOffice = placeOffices.only(ot); // "Córdoba governor … Governor Silvina Ferrero"
                inferred = placeOffice != null;
            }
            if (ot.isPartyLeader() && (polity == null || polity.type() == EntityType.COUNTRY || polity.type() == EntityType.REGION)
                    && !(polity != null && polityItem != null && polityItem.possessive && lexicon.is("country-party-office", ot.name()))) {
                // "Saint Lucia's opposition leader" is an office of the country
                return null; // "the Russian leader" describes a person, it names no office
            }
            if (polity != null && polity.type() == EntityType.COUNTRY) {
                ot = gazetteer.countryTitle(ot, polity.name()); // "the Italian premier": the Prime Minister of Italy
            }
            GazetteerEntry body = polity == null ? null : gazetteer.bodyOfTitle(polity.name(), ot.name());
            if (body != null) {
                polity = registry.of(body); // "the EU's commissioner for trade" sits on the European Commission
                national = false;
            }
            if (polityItem != null) {
                polityItem.consumed = true;
            }
            if (polity != null && !inferred && !(national(ot) && PartyName.isParty(gazetteer, polity))) {
                noteTitlePolity(ot, polity); // not "its president" of a party: a bare "President X" is still the country's
            }
            Mention m = new Mention(s, start, end, EntityType.OFFICE, Form.TITLE);
            m.setOffice(ot, polity == null && placeOffice != null ? placeOffice.polity() : polity, status);
            if (national && polityItem.match != null && polityItem.kind == ItemKind.GAZ) {
                m.setCountry(polity);
            } else if (nationality != null) {
                m.setCountry(nationality);
            }
            if (inferred) {
                m.flag("inferred");
            }
            if (polity == null && placeOffice != null) {
                m.resolve(placeOffice);
            }
            if (polity != null) {
                Entity office = registry.office(ot, polity);
                m.resolve(office);
                if (polity.type() == EntityType.REGION && polityItem != null && polityItem.kind == ItemKind.GAZ) {
                    office.addForm(ot.name() + " of " + polityForm(s, polityItem)); // "Governor of Osun" for the Governor of Osun State
                }
                java.util.regex.Matcher portfolio = PORTFOLIO_MINISTER.matcher(ot.name());
                if (polity.type() == EntityType.REGION && portfolio.matches()) {
                    office.addForm("Minister of " + portfolio.group(1) + " of " + polity.name()); // "Minister of Health of Ontario"
                }
                String form = surface(s, polityItem, title, status);
                if (form != null) {
                    office.addForm(form);
                }
                writtenTitle(s, titleStart, titleEnd, ot, office);
            }
            return m;
        }

        /** A seat in a national legislature or an office of one of its chambers (see {@link LegislativeSeats}), or null. */
        Mention seat(Sentence s, List<Item> items, Item title, OfficeTitle ot, int start, int end, Status status,
                Entity polity, Item polityItem) {
            Item left = itemEndingAt(items, title.start);
            GazetteerEntry before = left != null && left.kind == ItemKind.GAZ && !left.quoted ? left.entry() : null;
            Set<GazetteerEntry> named = new HashSet<>();
            Legislature last = lastChamber;
            for (Item it : items) {
                Legislature l = it.kind == ItemKind.GAZ && !it.quoted ? gazetteer.legislature(it.entry()) : null;
                if (l != null) {
                    named.add(it.entry());
                    if (it.end <= title.start && l.isChamber()) {
                        last = l;
                    }
                }
            }
            LegislativeSeats.Seat seat = seats.read(new LegislativeSeats.Context(s.tokens(), ot, title.start, title.end, start, end,
                    status, polity, before, named, last, home));
            if (seat == null) {
                return null;
            }
            Mention m = new Mention(s, seat.start(), seat.end(), EntityType.OFFICE, Form.TITLE);
            m.setOffice(seat.title(), seat.office().polity(), seat.status());
            m.flag("legislative");
            if (seat.inferred()) {
                m.flag("inferred");
            }
            if (polity != null && polity.type() == EntityType.COUNTRY && polityItem != null && polityItem.kind == ItemKind.GAZ) {
                m.setCountry(polity); // "Argentine senator X" is Argentine
            }
            for (Item it : items) {
                if (m.country() == null && it.kind == ItemKind.GAZ && !it.quoted && it.match.phrase().kind() == Kind.DEMONYM
                        && it.entry().type() == EntityType.COUNTRY && it.start >= seat.start() && it.end <= title.start) {
                    m.setCountry(registry.of(it.entry())); // "Slovak parliament speaker X" is Slovak
                }
            }
            if (m.country() == null && left != null && left.kind == ItemKind.GAZ && !left.quoted && left.start >= seat.start()) {
                Gazetteer.Match dm = gazetteer.longest(s.tokens(), left.start, KINDS_DEMONYM);
                if (dm != null && dm.end() < left.end && dm.phrase().entry().type() == EntityType.COUNTRY) {
                    m.setCountry(registry.of(dm.phrase().entry())); // "Czech Senate speaker X": the chamber's name opens with a demonym
                }
            }
            if (polityItem != null) {
                polityItem.consumed = true;
            }
            consumeWithin(items, seat.start(), title.start); // "Philippine Senate President": the chamber is the office's
            consumeWithin(items, title.end, seat.end()); // "President of the Senate"
            m.resolve(seat.office());
            return m;
        }

        /**
         * The place a place title names (see {@link PlaceOffice}): after it, "of [the province of] Arequipa"; before it,
         * "Córdoba [city]" or "Córdoba's", a place the article names elsewhere or one "city" or "province" follows.
         * Returns {place start, place end, mention start, mention end}, or null.
         */
        int[] placeAround(Sentence s, List<Item> items, int titleStart, int start, int end) {
            List<Token> t = s.tokens();
            if (end + 1 < t.size() && t.get(end).is("of")) {
                int j = end + 1;
                if (j + 3 < t.size() && t.get(j).is("the") && placeOffices.isPlaceNoun(t.get(j + 1)) && t.get(j + 2).is("of")) {
                    j += 3; // "the governor of the province of Córdoba"
                }
                Item right = itemStartingAt(items, j);
                if (right != null && !right.quoted && !right.possessive && isPlaceItem(right)
                        && placeOffices.isPlaceName(t, right.start, right.end)) {
                    right.consumed = true;
                    int after = right.end < t.size() && placeOffices.isPlaceNoun(t.get(right.end)) ? right.end + 1 : right.end;
                    return new int[] {right.start, right.end, start, after}; // "the governor of Mombasa county"
                }
                return null;
            }
            if (start != titleStart) {
                return null; // "former Córdoba governor" reads the same, but "the former governor" names no place
            }
            int k = titleStart - 1;
            boolean noun = k >= 0 && placeOffices.isPlaceNoun(t.get(k));
            if (noun) {
                k--; // "Córdoba city mayor"
            }
            Item left = k >= 0 ? itemEndingAt(items, k + 1) : null;
            if (left == null || left.quoted || !isPlaceItem(left)) {
                return null;
            }
            int nameEnd = left.end - (left.possessive ? 1 : 0);
            if (!placeOffices.isPlaceName(t, left.start, nameEnd)
                    || !(noun || left.kind == ItemKind.GAZ || placeOffices.isKnownPlace(t, left.start, nameEnd))) {
                return null;
            }
            left.consumed = true;
            return new int[] {left.start, nameEnd, left.start, end};
        }

        /** The region a place office's place names: the one regions.tsv lists by that name, else one named as written. */
        Entity place(String name, OfficeTitle title) {
            GazetteerEntry e = regions.choose(name, title, home);
            return e != null ? registry.region(e, gazetteer.regionCountry(e)) : registry.named(EntityType.REGION, name);
        }

        /** Is there a word before token {@code at} ("• Ekiti:" has none, only a bullet)? */
        boolean wordBefore(List<Token> t, int at) {
            for (int k = 0; k < at; k++) {
                if (t.get(k).isWord()) {
                    return true;
                }
            }
            return false;
        }

        /** A person's full name, as the article writes it, ends just before this token. */
        boolean personNameEndingAt(Sentence s, List<Item> items, int at) {
            Item left = itemEndingAt(items, at);
            return left != null && left.kind == ItemKind.RUN && !left.possessive
                    && fullNames.containsKey(Normalizer.fold(nameText(s, left)));
        }

        /** A name that may be a place's: a run of capitalised words no gazetteer knows, or a capital city. */
        boolean isPlaceItem(Item it) {
            return it.kind == ItemKind.RUN || it.kind == ItemKind.GAZ && it.match.phrase().kind() == Kind.CAPITAL;
        }

        /**
         * The title as the text writes it, with the office's polity, when it is another name of the title:
         * "presidential spokesman of Argentina" for the Presidential Spokesperson of Argentina.
         */
        void writtenTitle(Sentence s, int from, int to, OfficeTitle ot, Entity office) {
            if (!office.name().startsWith(ot.name()) || to <= from) {
                return;
            }
            String written = s.text().substring(s.tokens().get(from).start() - s.start(),
                    s.tokens().get(to - 1).end() - s.start());
            if (!Normalizer.fold(written).equals(Normalizer.fold(ot.name())) && to - from > 1) {
                office.addForm(written + office.name().substring(ot.name().length()));
            }
        }

        /** The office as written, without "the" and tense words: "Dutch prime minister", "Nato secretary general". */
        String surface(Sentence s, Item polityItem, Item title, Status status) {
            if (polityItem == null || polityItem.kind != ItemKind.GAZ) {
                return null;
            }
            String p = polityForm(s, polityItem) + (polityItem.possessive ? "'s" : "");
            String ti = s.text().substring(s.tokens().get(title.start).start() - s.start(),
                    s.tokens().get(title.end - 1).end() - s.start());
            return polityItem.start < title.start ? p + " " + ti : ti + " of " + p;
        }

        Entity polityOf(Sentence s, Item it) {
            if (it.kind == ItemKind.RUN) {
                List<String> words = nameWords(s.tokens(), it);
                if (words.size() == 1 && isAcronymWord(words.get(0))) {
                    String full = acronyms.containsKey(words.get(0)) ? acronyms.get(words.get(0)) : organizations.get(words.get(0));
                    if (full == null) {
                        return null;
                    }
                    Entity org = registry.named(EntityType.ORGANIZATION, full);
                    org.addForm(words.get(0));
                    notePolity(org);
                    return org;
                }
                Entity bracketed = bodyInBrackets(s, it);
                if (bracketed != null) {
                    return bracketed;
                }
                if (words.size() >= 2 && words.stream().anyMatch(w -> lexicon.is("organization-word", w))
                        || introducedBodies.contains(Normalizer.fold(nameText(s, it)))) {
                    Entity org = registry.named(EntityType.ORGANIZATION, nameText(s, it));
                    notePolity(org);
                    return org;
                }
                return null;
            }
            if (it.kind == ItemKind.NOMINAL) {
                Entity e = nominalPolity(s, it);
                return e != null && (e.type().isPolity() || e.type() == EntityType.REGION) ? e : null;
            }
            return polityOf(it);
        }

        /** The polity an item names for a title: a region's name is read with it ("Mayor of São Paulo" is the city's). */
        Entity officePolity(Sentence s, Item it, OfficeTitle title) {
            if (it.kind == ItemKind.GAZ && it.entry().type() == EntityType.REGION) {
                return regionOf(it, title);
            }
            if (it.kind == ItemKind.GAZ && it.entry().type() == EntityType.COUNTRY && it.match.phrase().kind() == Kind.NAME
                    && home != null && !home.name().equals(it.entry().name()) && placeOffices.isPlaceTitle(title)) {
                // "Georgia Governor Brian Kemp" in a story about the United States: the state, not the country
                GazetteerEntry e = regions.choose(String.join(" ", it.match.phrase().words()), title, home);
                GazetteerEntry c = e == null ? null : gazetteer.regionCountry(e);
                if (c != null && c.name().equals(home.name())) {
                    return registry.region(e, c);
                }
            }
            return polityOf(s, it);
        }

        Entity polityOf(Item it) {
            if (it.kind == ItemKind.NOMINAL) {
                Entity e = lastPolity.get(it.nominalType);
                return e != null && e.type().isPolity() ? e : null;
            }
            GazetteerEntry e = it.entry();
            if (e != null && e.type() == EntityType.REGION) {
                return regionOf(it, null);
            }
            if (e == null || !e.type().isPolity() || it.match.phrase().kind() == Kind.CAPITAL) {
                return null;
            }
            Entity entity = registry.of(e);
            notePolity(entity);
            return entity;
        }

        Item itemEndingAt(List<Item> items, int end) {
            for (Item it : items) {
                if (it.end == end) {
                    return it;
                }
            }
            return null;
        }

        Item itemStartingAt(List<Item> items, int start) {
            for (Item it : items) {
                if (it.start == start) {
                    return it;
                }
            }
            return null;
        }

        // ------------------------------------------------------------ titles and nationality on persons

        /**
         * Writes what stands beside a person into the person's mention: a title before the name
         * ("Dutch prime minister Mark Rutte", "Nato secretary general, Jens Stoltenberg"), a title in
         * apposition after it ("Jens Stoltenberg, Nato's secretary general,"), a demonym or a country's
         * possessive before it ("Dutch Mark Rutte", "the UK's Keir Starmer").
         */
        /**
         * "Prime Minister Ana Lima of Brazil": a national title written before a name without its country
         * takes the country written after the name.
         */
        void polityAfterName(List<Token> t, List<Mention> ms, int i, Mention office) {
            Mention m = ms.get(i);
            Mention after = i + 1 < ms.size() ? ms.get(i + 1) : null;
            if (office.entity() != null || office.title() == null || !national(office.title()) || after == null
                    || after.type() != EntityType.COUNTRY || after.form() != Form.NAME || m.end() >= t.size()
                    || !t.get(m.end()).is("of") || after.start() != m.end() + 1) {
                return;
            }
            office.setOffice(office.title(), after.entity(), office.status());
            office.resolve(registry.office(office.title(), after.entity()));
        }

        void attach(List<Token> t, List<Mention> ms) {
            for (int i = 0; i < ms.size(); i++) {
                Mention m = ms.get(i);
                if (m.type() != EntityType.PERSON || m.form() == Form.PRONOUN || m.has("quoted")) {
                    continue;
                }
                Mention before = i > 0 ? ms.get(i - 1) : null;
                Mention envoy = i > 1 ? ms.get(i - 2) : null;
                if (before != null && envoy != null && envoy.type() == EntityType.OFFICE && envoy.title() != null
                        && envoy.title().kind().equals("diplomat") && before.type() != null && before.type().isPolity()
                        && before.end() + 1 == m.start() && t.get(before.end()).text().equals(",")
                        && afterDestination(t, ms, i - 1, envoy) == before.end()) {
                    // "Iran's ambassador to the IAEA, Hossein Karimi, …": the envoy's title, then its destination, then the name
                    m.flag("apposed");
                    m.attachOffice(envoy);
                    m.extend(envoy.start(), m.end());
                    ms.remove(i - 1);
                    ms.remove(i - 2);
                    i -= 2;
                    continue;
                }
                int named = honorificsBefore(t, m.start()); // "UMNO vice-president Datuk Seri Khairul Anuar Shafie"
                if (before != null && before.end() <= m.start()) {
                    named = Math.max(named, before.end()); // "President" is an honorific too, but here the office's own
                }
                if (before != null && before.type() == EntityType.OFFICE
                        && (before.end() == named || (before.end() + 1 == named && t.get(before.end()).text().equals(",")))) {
                    if (before.end() < named) {
                        m.flag("apposed"); // "The bank's governor, Efua Quaye, will …": the name's closing comma is the apposition's
                    }
                    m.attachOffice(before);
                    m.extend(before.start(), m.end());
                    ms.remove(i - 1);
                    i--;
                    polityAfterName(t, ms, i, before);
                    continue;
                }
                if (before != null && before.type() == EntityType.COUNTRY && before.end() < m.start()
                        && (before.form() == Form.DEMONYM || before.has("poss")) && describesPerson(t, before.end(), m.start())) {
                    // "Portuguese economist Helena Vidal", "Egypt's central banker Karim Nassar"
                    m.setCountry(before.entity());
                    m.extend(before.start(), m.end());
                    ms.remove(i - 1);
                    i--;
                } else if (before != null && before.end() == m.start() && before.type() == EntityType.COUNTRY
                        && (before.form() == Form.DEMONYM || before.has("poss"))) {
                    // "Kenya's Grace Wambui, a former cabinet secretary for trade,": the apposition after still counts
                    m.setCountry(before.entity());
                    m.extend(before.start(), m.end());
                    ms.remove(i - 1);
                    i--;
                    Mention title = i > 0 ? ms.get(i - 1) : null;
                    if (title != null && title.type() == EntityType.OFFICE && title.end() + 1 == m.start()
                            && t.get(title.end()).text().equals(",")) {
                        // "The President of the Assembly, Sweden's Henrik Lindqvist, opens the session"
                        m.flag("apposed");
                        m.attachOffice(title);
                        m.extend(title.start(), m.end());
                        ms.remove(i - 1);
                        i--;
                        continue;
                    }
                }
                Mention after = i + 1 < ms.size() ? ms.get(i + 1) : null;
                if (after != null && after.type() == EntityType.COUNTRY && after.form() == Form.DEMONYM && m.country() == null
                        && m.end() + 2 < t.size() && t.get(m.end()).text().equals(",") && isDeterminer(t.get(m.end() + 1).text())
                        && after.start() == m.end() + 2) {
                    int e = after.end();
                    while (e < t.size() && e - after.end() < 4 && !lexicon.is("person-noun", t.get(e))) {
                        e++;
                    }
                    if (e < t.size() && describesPerson(t, after.end(), e + 1) && (e + 1 >= t.size() || isClauseEnd(t.get(e + 1).text()))) {
                        // "Orrego, a Chilean diplomat,"; not "Sato, a Chinese finance ministry official said": a clause of its own
                        m.setCountry(after.entity()); // "Orrego, a Chilean diplomat,"
                    }
                }
                int k = m.end();
                if (k + 2 < t.size() && t.get(k).text().equals(",") && t.get(k + 1).text().matches("\\d{1,3}")
                        && t.get(k + 2).text().equals(",")) {
                    k += 2; // "Morimoto, 62, a former defence minister,"
                }
                int officeAt = k + 1;
                if (after != null && after.type() == EntityType.PERSON && after.start() == k + 1 && i + 2 < ms.size()
                        && ms.get(i + 2).type() == EntityType.OFFICE && ms.get(i + 2).start() == after.end()
                        && ageDescription(t, after.start(), after.end())) {
                    // "Nakamura Shun, the 45-year-old digital minister,": the age is part of the apposition
                    ms.remove(i + 1);
                    after = ms.get(i + 1);
                    officeAt = after.start();
                }
                int close = after == null ? 0 : afterDestination(t, ms, i + 2, after);
                if (after != null && after.type() == EntityType.OFFICE && k < t.size()
                        && t.get(k).text().equals(",") && after.start() == officeAt
                        && (close >= t.size() || isClauseEnd(t.get(close).text()) || secondDescription(t, ms, close))) {
                    if (after.entity() == null && m.country() != null && after.title() != null && national(after.title())) {
                        // "Kenya's Grace Wambui, a former cabinet secretary for trade,": the office of her country
                        after.setOffice(after.title(), m.country(), after.status());
                        after.resolve(registry.office(after.title(), m.country()));
                    }
                    m.attachOffice(after);
                    if (close != afterAcronym(t, after.end()) || secondDescription(t, ms, close)) {
                        continue; // "X, Canada's former ambassador to the OECD,": the office and the body stay mentions
                    }
                    int end = close; // the acronym in brackets is part of the apposition
                    m.extend(m.start(), end);
                    m.flag("apposed");
                    ms.remove(i + 1);
                    while (i + 1 < ms.size() && ms.get(i + 1).end() <= end) {
                        ms.remove(i + 1); // the acronym in brackets is part of the apposition
                    }
                }
            }
        }

        /**
         * Where an apposed office ends: after its acronym in brackets, or, for a diplomat, after the body or country
         * it is sent to ("Canada's former ambassador to the OECD,").
         */
        int afterDestination(List<Token> t, List<Mention> ms, int next, Mention office) {
            int end = afterAcronym(t, office.end());
            if (office.title() == null || !office.title().kind().equals("diplomat") || next >= ms.size()
                    || end >= t.size() || !t.get(end).is("to")) {
                return end;
            }
            Mention to = ms.get(next);
            int at = end + 1 < t.size() && t.get(end + 1).is("the") ? end + 2 : end + 1;
            return to.start() == at && to.type() != null && to.type().isPolity() ? to.end() : end;
        }

        /** The token after an acronym in brackets at {@code i} ("leader of the Freedom Front (FF), …"), else {@code i}. */
        int afterAcronym(List<Token> t, int i) {
            if (i + 2 < t.size() && t.get(i).text().equals("(") && t.get(i + 2).text().equals(")")
                    && (isAcronymWord(t.get(i + 1).text()) || PartyName.isMixedAcronym(t.get(i + 1).text()))) {
                return i + 3; // "(FF)", "(AfD)"
            }
            return i;
        }

        /** Tokens [from, to) are a person noun with its modifiers: "central banker", "former economist". */
        boolean describesPerson(List<Token> t, int from, int to) {
            if (to - from > 4 || to <= from) {
                return false;
            }
            String last = t.get(to - 1).text();
            if (!lexicon.is("person-noun", last) || t.get(to - 1).isCapitalized()) {
                return false;
            }
            for (int k = from; k < to - 1; k++) {
                String w = t.get(k).text();
                if (!(lexicon.is("person-noun-modifier", w) || w.equals("-")) || t.get(k).isCapitalized()) {
                    return false;
                }
            }
            return true;
        }

        /**
         * "and a|an" at {@code i}: a second description of the person follows the apposed office
         * ("Anders Berg, leader of the Liberal Party and a critic of the government,").
         */
        boolean secondDescription(List<Token> t, List<Mention> ms, int i) {
            if (i + 1 >= t.size() || !t.get(i).is("and")) {
                return false;
            }
            if (t.get(i + 1).is("a") || t.get(i + 1).is("an")) {
                return true;
            }
            if (i + 3 < t.size() && t.get(i + 1).isCapitalized() && t.get(i + 2).text().equals("'s")
                    && !t.get(i + 3).isCapitalized()) {
                return true; // "Ogawa Kenji, the chief cabinet secretary and Ishikura's closest lieutenant,"
            }
            for (Mention o : ms) {
                if (o.start() == i + 1 && o.type() == EntityType.OFFICE) {
                    return true; // "Keisha Noel, Grenada's prime minister and the current chair of the Conference,"
                }
            }
            return false;
        }

        /**
         * The name set off after a description that opens the sentence with a body's name as its modifier: "The PDP
         * candidate in the election, Bolaji Ade, …" (a word of the lexicon's race-noun, person-nominal or person-noun
         * after the body, a few words, then ", NAME ,"), or null.
         */
        Mention nameAfterDescription(List<Token> t, List<Mention> ms, Mention body) {
            int start = body.start() > 0 && t.get(body.start() - 1).is("the") ? body.start() - 1 : body.start();
            if (start != 0 || body.has("poss") || body.end() >= t.size()) {
                return null;
            }
            Token noun = t.get(body.end());
            if (noun.isCapitalized() || !(lexicon.is("person-nominal", noun) || lexicon.is("person-noun", noun)
                    || noun.is("candidate") || noun.is("nominee") || noun.is("challenger"))) {
                return null;
            }
            for (Mention m : ms) {
                if (m.start() <= body.start()) {
                    continue;
                }
                if (m.type() != EntityType.PERSON || m.form() != Form.NAME || m.start() - body.end() > 7
                        || !t.get(m.start() - 1).text().equals(",") || m.end() >= t.size() || !t.get(m.end()).text().equals(",")) {
                    return null; // the first mention after the description is the name set off, or there is none
                }
                for (int j = body.end(); j < m.start(); j++) {
                    if (lexicon.is("relative-pronoun", t.get(j)) || t.get(j).is("who") || t.get(j).is("which")) {
                        return null;
                    }
                }
                return m;
            }
            return null;
        }

        /** Tokens [from, to) are "the N-year-old". */
        boolean ageDescription(List<Token> t, int from, int to) {
            StringBuilder b = new StringBuilder();
            for (int j = from; j < to; j++) {
                b.append(t.get(j).text());
            }
            return b.toString().matches("(?i)the\\d{1,3}-?year-?old");
        }

        boolean isClauseEnd(String w) {
            return w.equals(",") || w.equals(".") || w.equals(";") || w.equals(")") || w.equals("\"") || w.equals("who");
        }

        // ------------------------------------------------------------ subjects

        /**
         * The subject: the first agent not governed by a preposition, after a fronted subordinate clause
         * when the sentence starts with one ("Although he is a critic of Putin, Mr Rutte is …").
         */
        Mention subject(Sentence s, List<Mention> ms) {
            List<Token> t = s.tokens();
            List<Mention> candidates = new ArrayList<>();
            for (Mention m : ms) {
                if (m.type() == null || !m.type().isAgent() || m.has("quoted") || m.form() == Form.DEMONYM || m.has("label")) {
                    continue; // "Labour MP X said": the party's label is not who acts
                }
                int before = m.start() - 1;
                while (before >= 0 && m.form() != Form.PRONOUN && (t.get(before).text().equals("-")
                        || !t.get(before).isCapitalized() && lexicon.is("party-modifier", t.get(before)))) {
                    before--; // "of the far-right Alternative for Germany"
                }
                if (before >= 0 && (t.get(before).is("the") || t.get(before).is("a"))) {
                    before--;
                }
                if (before >= 0 && lexicon.is("preposition", t.get(before)) && !conjunctOfCandidate(t, candidates, m, before)) {
                    m.flag("governed"); // "Yulia Bondar of the European Solidarity party, a critic of …"
                    continue;
                }
                if (m.form() == Form.NOMINAL && m.type() != EntityType.PERSON) {
                    continue;
                }
                if (before >= 1 && t.get(before - 1).is("to") && t.get(before).isWord() && !t.get(before).isCapitalized()
                        && !lexicon.is("preposition", t.get(before))) {
                    continue; // "The race to succeed Anders Holmqvist narrowed when X pulled out": the verb's object
                }
                if (m.form() == Form.PRONOUN && m.has("poss")) {
                    continue;
                }
                if (m.has("poss") && m.type() != EntityType.PERSON) {
                    continue;
                }
                if (m.start() == 0 && m.has("capital") && isDateline(t, m.end())) {
                    continue; // "ABUJA - Nigeria's Adaeze Okonkwo was sworn in": a dateline, not the subject
                }
                candidates.add(m);
            }
            if (candidates.isEmpty()) {
                return null;
            }
            Mention chosen = candidates.get(0);
            if (lexicon.is("subordinator", t.get(0))) {
                for (Mention c : candidates) {
                    if (c.start() > 0 && t.get(c.start() - 1).text().equals(",")) {
                        chosen = c;
                        break;
                    }
                }
            }
            Mention apposed = chosen.type() == EntityType.PERSON && chosen.has("poss") ? nameAfterRelation(t, ms, chosen) : null;
            if (apposed != null) {
                chosen = apposed; // "Eze's predecessor as leader, Brenda Kowalchuk, recalled …": Kowalchuk recalled
            }
            Mention described = chosen.type() != EntityType.PERSON ? nameAfterDescription(t, ms, chosen) : null;
            if (described != null) {
                chosen = described; // "The PDP candidate in the election, Bolaji Ade, stayed away": Ade stayed away
            }
            chosen.flag("subj");
            if (chosen.type() == EntityType.PERSON && coordinated(t, ms, chosen)) {
                chosen.flag("plural"); // "X of A and Y of B both spoke in her favour": "her" is neither
            }
            return chosen;
        }

        /** Nouns of a person's relation to another, written after the other's possessive ("Eze's predecessor"). */
        private static final Set<String> RELATION_NOUNS = Set.of("predecessor", "successor", "deputy", "wife", "husband", "widow",
                "widower", "son", "daughter", "brother", "sister", "father", "mother", "spokesman", "spokeswoman", "spokesperson",
                "aide", "adviser", "advisor", "rival", "challenger", "opponent", "ally", "partner", "lawyer", "nominee", "running",
                "chief", "envoy", "protege", "protégé", "mentor", "biographer", "former");

        /**
         * After a person's possessive and a noun of relation, the name set off by a comma a few words on: "Eze's predecessor
         * as leader, Brenda Kowalchuk, who …"; null if none.
         */
        Mention nameAfterRelation(List<Token> t, List<Mention> ms, Mention owner) {
            if (owner.end() >= t.size() || !RELATION_NOUNS.contains(t.get(owner.end()).lower())) {
                return null;
            }
            for (Mention m : ms) {
                if (m.start() <= owner.end()) {
                    continue;
                }
                if (m.type() != EntityType.PERSON || m.form() != Form.NAME || m.start() > owner.end() + 5) {
                    return null;
                }
                for (int k = owner.end() + 1; k < m.end(); k++) {
                    if (t.get(k).text().equals(",")) {
                        return k > owner.end() + 1 || k >= m.start() ? m : null; // "leader, Brenda Kowalchuk" is one mention
                    }
                    if (t.get(k).isCapitalized() || !t.get(k).isWord()) {
                        return null;
                    }
                }
                return null;
            }
            return null;
        }

        /**
         * "Anna Weber and Tom Baker criticised him": a mention after "and" (at {@code and}) that closes a list of its kind
         * whose first member is no prepositional object is a subject as much as the first; a list of names only.
         */
        boolean conjunctOfCandidate(List<Token> t, List<Mention> candidates, Mention m, int and) {
            if (!(t.get(and).is("and") || t.get(and).is("or")) || candidates.isEmpty() || m.form() != Form.NAME) {
                return false;
            }
            Mention prev = candidates.get(candidates.size() - 1);
            int gap = and - prev.end();
            return prev.type() == m.type() && prev.form() == Form.NAME && !prev.has("poss")
                    && (gap == 0 || gap == 1 && t.get(prev.end()).text().equals(","));
        }

        /** The subject with the names listed after it ("Germany and France", "Spain, Italy and Portugal"), or none. */
        List<Mention> subjectList(Sentence s, List<Mention> ms, Mention subject) {
            if (subject == null || subject.entity() == null || subject.type() == null || !subject.type().isAgent()
                    || subject.form() == Form.PRONOUN) {
                return List.of();
            }
            List<Token> t = s.tokens();
            List<Mention> out = new ArrayList<>(List.of(subject));
            boolean and = false;
            for (int i = ms.indexOf(subject) + 1; i < ms.size() && !and; i++) {
                Mention prev = out.get(out.size() - 1);
                Mention m = ms.get(i);
                int k = prev.end();
                if (k < t.size() && t.get(k).text().equals(",")) {
                    k++;
                }
                if (k < t.size() && t.get(k).is("and")) {
                    and = true;
                    k++;
                }
                if (m.start() != k || m.type() != subject.type() || m.entity() == null || m.form() == Form.PRONOUN
                        || k == prev.end()) {
                    return List.of();
                }
                out.add(m);
            }
            return and ? out : List.of();
        }

        /**
         * "Germany and France met on Monday. They later endorsed her.": "they" opening a clause, or "them", stands
         * for the list that was the subject of the sentence before; it is a mention of its first member, with the
         * others as companions at the same place.
         */
        void they(Sentence s, List<Mention> ms, List<Mention> list) {
            if (list.size() < 2) {
                return;
            }
            List<Token> t = s.tokens();
            for (int k = 0; k < t.size(); k++) {
                boolean they = t.get(k).is("they");
                boolean them = t.get(k).is("them");
                if (!they && !them || s.quoteAt(k) != null) {
                    continue;
                }
                if (they && k > 0 && !opensClauseAfter(t.get(k - 1))) {
                    continue;
                }
                int at = 0;
                while (at < ms.size() && ms.get(at).end() <= k) {
                    at++;
                }
                if (at < ms.size() && ms.get(at).start() <= k) {
                    continue;
                }
                Mention m = pronounFor(s, k, list.get(0), them);
                for (Mention other : list.subList(1, list.size())) {
                    m.addCompanion(pronounFor(s, k, other, them));
                }
                ms.add(at, m);
            }
        }

        /** A word after which a clause opens: punctuation, "and", "but", "that", "so", a subordinator ("because"). */
        boolean opensClauseAfter(Token w) {
            String x = w.text();
            return x.equals(",") || x.equals(";") || x.equals(":") || x.equals("\"") || w.is("and") || w.is("but")
                    || w.is("that") || w.is("so") || lexicon.is("subordinator", w);
        }

        private Mention pronounFor(Sentence s, int k, Mention member, boolean object) {
            Mention m = new Mention(s, k, k + 1, member.type(), Form.PRONOUN);
            m.resolve(member.entity());
            m.flag("plural");
            if (object) {
                m.flag("object");
            }
            return m;
        }

        /** A hyphen with a space on each side is a dash between words ("GENEVA - Sofia Lindgren"), never inside a name. */
        private static boolean spacedDash(List<Token> t, int j) {
            return j > 0 && j + 1 < t.size() && t.get(j).start() > t.get(j - 1).end() && t.get(j + 1).start() > t.get(j).end();
        }

        /**
         * The sentence opens with a dateline that ends at {@code end}: a place in capitals ("TOKYO, Oct 21 (Reuters) -",
         * "ABUJA -"), alone or before a comma, a bracket or a dash.
         */
        static boolean isDateline(List<Token> t, int end) {
            if (!t.get(0).text().equals(t.get(0).text().toUpperCase(Locale.ROOT))) {
                return false;
            }
            if (end >= t.size()) {
                return true;
            }
            String w = t.get(end).text();
            return w.equals(",") || w.equals("(") || w.equals("-") || w.equals("—") || w.equals("–");
        }

        boolean coordinated(List<Token> t, List<Mention> ms, Mention subject) {
            int i = ms.indexOf(subject);
            int k = subject.end();
            int next = i + 1;
            if (next < ms.size() && k < t.size() && t.get(k).is("of") && ms.get(next).type() == EntityType.COUNTRY) {
                k = ms.get(next).end(); // "Maria Santos of the Philippines"
                next++;
            }
            if (k < t.size() && t.get(k).text().equals(",")) {
                k++;
            }
            return k < t.size() && t.get(k).is("and") && next < ms.size() && ms.get(next).start() == k + 1
                    && ms.get(next).type() == EntityType.PERSON && ms.get(next).form() != Form.PRONOUN;
        }

        /**
         * An object pronoun does not stand for the subject of its own clause ("Quispe nominated him", "X named Y
         * to replace him"): the subject counts only when a clause boundary (a speech verb, "that", "who", a
         * subordinator) stands between them.
         */
        boolean sameClause(Sentence s, Mention subject, Mention pronoun) {
            List<Token> t = s.tokens();
            for (int k = subject.end(); k < pronoun.start(); k++) {
                String w = t.get(k).text();
                if (lexicon.is("speech-verb", w) || lexicon.is("subordinator", w) || t.get(k).is("that") || t.get(k).is("who")
                        || t.get(k).is("which") || t.get(k).is("whom") || w.equals(";") || w.equals(":") || w.equals("\"")) {
                    return false;
                }
            }
            return true;
        }

        // ------------------------------------------------------------ coreference

        /** The mentions of the sentence whose persons are being resolved. */
        List<Mention> currentMentions = List.of();

        void resolvePersons(Sentence s, List<Mention> ms, Mention subject) {
            currentMentions = ms;
            for (int i = 0; i < ms.size(); i++) {
                Mention m = ms.get(i);
                if (m.type() != EntityType.PERSON || m.has("quoted")) {
                    continue;
                }
                if (m.entity() == null) {
                    Mention named = m.form() == Form.DESCRIPTION ? apposedName(s, ms, i) : null;
                    if (m.form() == Form.DESCRIPTION && named == null && i > 0 && ms.get(i - 1).type() == EntityType.PERSON
                            && (ms.get(i - 1).form() == Form.NAME || ms.get(i - 1).form() == Form.SURNAME) && ms.get(i - 1).entity() != null
                            && ms.get(i - 1).end() + 1 == m.start() && s.tokens().get(m.start() - 1).text().equals(",")
                            && (m.country() == null || nationality.get(ms.get(i - 1).entity()) == null
                                || nationality.get(ms.get(i - 1).entity()) == m.country())) {
                        named = ms.get(i - 1); // "Otávio Brandão, the Brazilian economist who …": the name before, in apposition
                    }
                    switch (m.form()) {
                        case SURNAME -> m.resolve(bySurname(m));
                        case PRONOUN -> {
                            Entity own = subject != null && subject.type() != EntityType.PERSON ? soleNamedPersonBefore(ms, i) : null;
                            if (own == null) {
                                own = removedBefore(s, ms, i);
                            }
                            m.resolve(own != null ? own : antecedent(m, subject, s));
                        }
                        case DESCRIPTION -> m.resolve(named != null ? named.entity()
                                : m.country() != null ? described(m, subject) : antecedent(m, subject, s));
                        default -> { }
                    }
                }
                Entity p = m.entity();
                if (p == null) {
                    continue;
                }
                if (m.form() == Form.PRONOUN && m.gender() != Gender.UNKNOWN && (subject == null || subject.entity() != p)) {
                    pronounsNow.put(m.gender(), p);
                }
                if (m.form() == Form.PRONOUN && m.gender() != Gender.UNKNOWN) {
                    pronounGender.put(p, m.gender());
                }
                if (m.gender() != Gender.UNKNOWN && m.form() != Form.PRONOUN) {
                    p.setGender(m.gender());
                }
                if (m.form() == Form.NAME || m.form() == Form.SURNAME) {
                    p.addForm(nameOnly(s, m));
                }
                if (m.country() != null) {
                    nationality.putIfAbsent(p, m.country());
                }
                if (m.office() != null && m.office().entity() != null && m.form() != Form.DESCRIPTION) {
                    holders.put(m.office().entity().key() + "|" + m.office().status(), p);
                    if (m.office().title() != null) {
                        holdersByHead.computeIfAbsent(head(m.office().title()) + "|" + m.office().status(), k -> new HashSet<>()).add(p);
                    }
                }
                recentPersons.remove(p);
                recentPersons.push(p);
                lastNamedIn.put(p, s.index());
            }
            if (subject != null && subject.type() == EntityType.PERSON && subject.entity() != null && !subject.has("plural")) {
                previousSubject = subject.entity();
                recentSubjects.remove(previousSubject);
                recentSubjects.push(previousSubject);
            }
            pronounsBefore = pronounsNow;
            pronounsNow = new java.util.EnumMap<>(Gender.class);
        }

        /**
         * "The prime minister said …": a definite title that opens a clause, or is the object of a stance
         * ("accused the president of …"), for an office whose holder the article has named ("Prime
         * Minister Haruka Sasaki"), stands for that holder. So does a bare "the minister" for the one person
         * the article has named with a title ending in "minister".
         */
        void holdersByTitle(Sentence s, List<Mention> ms) {
            List<Token> t = s.tokens();
            for (int i = 0; i < ms.size(); i++) {
                Mention m = ms.get(i);
                String head = Normalizer.fold(t.get(m.end() - 1).text());
                if (m.type() != EntityType.OFFICE || m.has("quoted") || !t.get(m.start()).is("the")
                        || head.endsWith("ship") || head.equals("presidency") // "the presidency said": an institution
                        || !standsForPerson(t, m.start(), m.end())) {
                    continue;
                }
                Entity holder = m.entity() != null ? holders.get(m.entity().key() + "|" + m.status())
                        : m.end() - m.start() == 2 && m.title() != null ? soleHolderByHead(head(m.title()))
                        : m.end() - m.start() == 3 && m.title() != null && modifier(t.get(m.start() + 1).text()) == m.status()
                            ? soleHolderByHead(head(m.title()), m.status()) : null; // "the former minister"
                if (holder == null) {
                    continue;
                }
                Mention p = new Mention(s, m.start(), m.end(), EntityType.PERSON, Form.DESCRIPTION);
                if (m.entity() != null) {
                    p.attachOffice(m);
                }
                p.resolve(holder);
                ms.set(i, p);
            }
            if (holdersByHead.isEmpty()) {
                return;
            }
            int next = 0;
            for (int i = 0; i + 2 < t.size(); i++) {
                while (next < ms.size() && ms.get(next).end() <= i) {
                    next++;
                }
                boolean covered = next < ms.size() && ms.get(next).start() <= i + 1;
                if (covered || !t.get(i).is("the") || t.get(i + 1).isCapitalized()) {
                    continue;
                }
                Status status = modifier(t.get(i + 1).text());
                int end = status != null && i + 3 <= t.size() && !t.get(i + 2).isCapitalized()
                        && !(next < ms.size() && ms.get(next).start() <= i + 2) ? i + 3 : i + 2; // "the former minister"
                if (!standsForPerson(t, i, end)) {
                    continue;
                }
                Entity holder = end == i + 3 ? soleHolderByHead(t.get(i + 2).folded(), status)
                        : soleHolderByHead(t.get(i + 1).folded());
                if (holder != null) {
                    Mention p = new Mention(s, i, end, EntityType.PERSON, Form.DESCRIPTION);
                    p.resolve(holder);
                    ms.add(next, p);
                }
            }
        }

        /** A definite title from start to end that opens a clause and is followed by its verb, or is the object of a stance. */
        boolean standsForPerson(List<Token> t, int start, int end) {
            boolean opens = start == 0 || t.get(start - 1).text().equals(",") || t.get(start - 1).text().equals("\"")
                    || t.get(start - 1).is("and") || t.get(start - 1).is("but");
            boolean followed = end < t.size() && !t.get(end).is("of") && !t.get(end).text().equals("'s")
                    && !t.get(end).text().equals(",") && !t.get(end).isCapitalized();
            // "accused the president of …", "backed the prime minister": the object of a stance
            boolean stanceObject = start > 0 && (lexicon.is("stance-verb", t.get(start - 1))
                    || (start > 1 && t.get(start - 1).is("of") && lexicon.is("stance-noun", t.get(start - 2))))
                    && (end >= t.size() || (!t.get(end).text().equals("'s") && !t.get(end).isCapitalized()));
            return (opens && followed) || stanceObject;
        }

        /** The one person the article has named with a current title ending in this word ("minister"), or null. */
        Entity soleHolderByHead(String head) {
            return soleHolderByHead(head, Status.CURRENT);
        }

        /** The one person the article has named with a title of this status ending in this word, or null. */
        Entity soleHolderByHead(String head, Status status) {
            Set<Entity> persons = holdersByHead.get(head + "|" + status);
            return persons != null && persons.size() == 1 ? persons.iterator().next() : null;
        }

        static String head(OfficeTitle title) {
            String name = title.name();
            return Normalizer.fold(name.substring(name.lastIndexOf(' ') + 1));
        }

        /** The name of a person mention without the title or nationality attached before it. */
        String nameOnly(Sentence s, Mention m) {
            int start = m.start();
            int end = m.end();
            if (m.office() != null) {
                if (m.office().start() == m.start()) {
                    start = m.office().end();
                    if (s.tokens().get(start).text().equals(",")) {
                        start++;
                    }
                } else {
                    end = m.office().start() - 1;
                }
            }
            if (m.country() != null && m.office() == null && start < end) {
                start = end - 1;
                while (start > m.start() && !s.tokens().get(start - 1).text().equals("'s")
                        && s.tokens().get(start - 1).isCapitalized()) {
                    start--;
                }
            }
            if (start >= end) {
                return "";
            }
            if (s.tokens().get(end - 1).text().equals("'s")) {
                end--;
            }
            return s.text().substring(s.tokens().get(start).start() - s.start(), s.tokens().get(end - 1).end() - s.start());
        }

        /** The folded first word of a person's name when it is a family name written first, else null. */
        String familyNameFirst(Entity person) {
            String[] words = person.key().split("\\s+");
            return words.length >= 2 && gazetteer.isFamilyNameFirst(words[0]) && gazetteer.givenName(words[0]) == null
                    ? words[0] : null;
        }

        /** The person this article names with a family name written first ("Tran" for Tran Duc Minh), or null. */
        Entity byFamilyNameFirst(String family) {
            for (Entity e : recentPersons) {
                if (family.equals(familyNameFirst(e))) {
                    return e;
                }
            }
            for (Entity e : registry.all()) {
                if (e.type() == EntityType.PERSON && family.equals(familyNameFirst(e))) {
                    return e;
                }
            }
            for (Map.Entry<String, String> full : fullNames.entrySet()) {
                String[] words = full.getKey().split("\\s+");
                if (words.length >= 2 && words[0].equals(family) && gazetteer.isFamilyNameFirst(words[0])) {
                    return registry.named(EntityType.PERSON, full.getValue());
                }
            }
            return null;
        }

        /**
         * "Santamaría" after "Rocío Santamaría Ortega", "Calvo" after "María José Calvo Rubio": a name of three
         * words or more whose last but one is no given name may go by that word, the first of two family names
         * (Spanish and Portuguese usage); only when one person of the article fits.
         */
        Entity byFirstOfTwoFamilyNames(String surname) {
            String found = null;
            for (Map.Entry<String, String> full : fullNames.entrySet()) {
                String[] words = full.getKey().split("\\s+");
                if (words.length >= 3 && words[words.length - 2].equals(surname) && gazetteer.givenName(surname) == null) {
                    if (found != null && !found.equals(full.getValue())) {
                        return null;
                    }
                    found = full.getValue();
                }
            }
            return found == null ? null : registry.named(EntityType.PERSON, found);
        }

        Entity bySurname(Mention m) {
            List<Entity> known = registry.personsBySurname(m.surname());
            String first = Normalizer.fold(m.sentence().tokens().get(m.start()).text());
            if (known.isEmpty() && (first.equals("sir") || first.equals("dame"))) {
                // "Sir Alan" is Sir Alan Whitcombe: knights and dames go by their first name
                for (Entity e : recentPersons) {
                    if (e.key().startsWith(m.surname() + " ")) {
                        return e;
                    }
                }
                for (Entity e : registry.all()) {
                    if (e.type() == EntityType.PERSON && e.key().startsWith(m.surname() + " ")) {
                        return e;
                    }
                }
            }
            if (!known.isEmpty()) {
                Entity best = known.get(0);
                for (Entity e : recentPersons) {
                    if (known.contains(e)) {
                        best = e;
                        break;
                    }
                }
                return best;
            }
            for (Map.Entry<String, String> full : fullNames.entrySet()) {
                String[] words = full.getKey().split("\\s+");
                if (words[words.length - 1].equals(m.surname())) {
                    return registry.named(EntityType.PERSON, full.getValue());
                }
            }
            Entity familyFirst = byFamilyNameFirst(m.surname());
            if (familyFirst != null) {
                return familyFirst;
            }
            Entity paternal = byFirstOfTwoFamilyNames(m.surname());
            if (paternal != null) {
                return paternal;
            }
            String text = m.text();
            String[] words = text.split("\\s+");
            return registry.named(EntityType.PERSON, words[words.length - 1]);
        }

        /**
         * A pronoun's antecedent: the main subject after a fronted clause (cataphora), else the
         * sentence's own subject before it, else the previous sentence's subject, else the most recent
         * person; gender must agree.
         */
        /**
         * "The Conservatives refused, their leader Henrik Bakke said, but he accused …": when a body is the subject,
         * the one person the sentence names before the pronoun (of its gender), else null.
         */
        Entity soleNamedPersonBefore(List<Mention> ms, int i) {
            Mention pronoun = ms.get(i);
            Entity found = null;
            for (int k = 0; k < i; k++) {
                Mention b = ms.get(k);
                if (b.type() != EntityType.PERSON || b.form() == Form.PRONOUN || b.has("quoted") || b.has("plural")) {
                    continue;
                }
                if (b.entity() == null || found != null && found != b.entity()) {
                    return null;
                }
                found = b.entity();
            }
            return found != null && found.gender().agrees(pronoun.gender()) ? found : null;
        }

        /**
         * "X removed Y as chief executive and named Z to replace him": the one whom the sentence says was removed,
         * for an object pronoun after "replace" or "succeed"; null otherwise.
         */
        Entity removedBefore(Sentence s, List<Mention> ms, int i) {
            Mention m = ms.get(i);
            List<Token> t = s.tokens();
            if (!m.has("object") || m.start() < 1 || !lexicon.is("replace-verb", t.get(m.start() - 1))) {
                return null;
            }
            Entity removed = null;
            for (int k = 0; k < i; k++) {
                Mention y = ms.get(k);
                if (y.type() == EntityType.PERSON && y.form() != Form.PRONOUN && y.entity() != null && y.start() > 0
                        && lexicon.is("removal-verb", t.get(y.start() - 1)) && y.entity().gender().agrees(m.gender())) {
                    if (removed != null && removed != y.entity()) {
                        return null;
                    }
                    removed = y.entity();
                }
            }
            return removed;
        }

        Entity antecedent(Mention m, Mention subject, Sentence s) {
            if (lexicon.is("pronoun-reflexive", m.text()) && subject != null && subject != m && subject.type() == EntityType.PERSON
                    && !subject.has("plural") && subject.start() < m.start() && sameClause(s, subject, m)) {
                // "Berg has put himself forward": a reflexive is the subject of its clause
                Entity e = subject.entity() == null && subject.form() == Form.SURNAME ? bySurname(subject) : subject.entity();
                return e != null && e.gender().agrees(m.gender()) ? e : null;
            }
            Entity speaker = speakerBefore(m, s);
            if (speaker != null) {
                return speaker; // "Zhou congratulated his successor, and Nkeng said he would serve": Nkeng
            }
            Entity excluded = null;
            if (subject != null && subject != m && m.has("object") && subject.start() < m.start() && sameClause(s, subject, m)
                    && subject.entity() != null && subject.entity().gender().agrees(m.gender())) {
                excluded = subject.entity(); // "Quispe first nominated him": not Quispe
            }
            if (subject != null && subject != m && subject.type() == EntityType.PERSON && !subject.has("plural") && excluded == null) {
                Entity e = subject.entity();
                if (e == null && subject.form() == Form.SURNAME) {
                    e = bySurname(subject);
                    subject.resolve(e);
                } else if (e == null && subject.form() == Form.NAME) {
                    e = subject.entity();
                }
                boolean cataphora = subject.start() > m.start() && lexicon.is("subordinator", s.tokens().get(0).text());
                if (e != null && (subject.start() < m.start() || cataphora) && e.gender().agrees(m.gender())) {
                    return e;
                }
            }
            Entity again = pronounsBefore.get(m.gender());
            if (previousSubject != null && (previousSubject.gender() == Gender.UNKNOWN || !previousSubject.gender().agrees(m.gender()))
                    && again != null && again != previousSubject && again != excluded) {
                return again; // "President Ramon Villanueva handed her the flag. She replaces …": "her" was not he
            }
            if (previousSubject != null && previousSubject != excluded && previousSubject.gender().agrees(m.gender())) {
                return previousSubject;
            }
            for (Entity e : recentPersons) {
                if (e != excluded && m.gender() != Gender.UNKNOWN && (e.gender() == m.gender() || pronounGender.get(e) == m.gender())) {
                    // "Her campaign …" after a man was the subject: the latest woman the text has shown to be one (by her
                    // name, or by "she" read as her), before a person named since whose gender it has not shown; one named
                    // only in passing before the sentence before gives way to a recent subject
                    Entity subjectBefore = lastNamedIn.getOrDefault(e, s.index()) < s.index() - 1 ? recentSubjectAgreeing(m, excluded) : null;
                    return subjectBefore != null ? subjectBefore : e;
                }
            }
            for (Entity e : recentPersons) {
                if (e != excluded && e.gender().agrees(m.gender())) {
                    Entity subjectBefore = lastNamedIn.getOrDefault(e, s.index()) < s.index() - 1 ? recentSubjectAgreeing(m, excluded) : null;
                    return subjectBefore != null ? subjectBefore : e;
                }
            }
            return null;
        }

        /**
         * Of the last {@value #SUBJECTS_REMEMBERED} persons who were subjects, the latest whose gender agrees with the
         * pronoun; else null. A pronoun after a sentence that named no one of its gender stands for the one the story
         * was about rather than one named in passing: "Weber was one of three candidates. The others were Berg and
         * Nowak. A fourth withdrew. Her candidacy was backed by Austria" is Weber's.
         */
        Entity recentSubjectAgreeing(Mention m, Entity excluded) {
            int seen = 0;
            for (Entity e : recentSubjects) {
                if (++seen > SUBJECTS_REMEMBERED) {
                    break;
                }
                if (e != excluded && e.gender().agrees(m.gender())) {
                    return e;
                }
            }
            return null;
        }

        /**
         * The person named just before a speech verb that a subject pronoun and "would" or "will" follow ("Nkeng said he
         * would …": a speaker's own intent), when the gender agrees; else null.
         */
        Entity speakerBefore(Mention m, Sentence s) {
            List<Token> t = s.tokens();
            int v = m.start() - 1;
            if (m.has("poss") || m.has("object") || v < 1 || !lexicon.is("speech-verb", t.get(v))
                    || !(lexicon.is("pronoun-male", m.text()) || lexicon.is("pronoun-female", m.text()))
                    || !(m.text().equalsIgnoreCase("he") || m.text().equalsIgnoreCase("she"))
                    || m.end() >= t.size() || !(t.get(m.end()).is("would") || t.get(m.end()).is("will") || t.get(m.end()).is("'d")
                        || t.get(m.end()).is("'ll"))) {
                return null; // "Kovalchuk said he bore responsibility" may speak of another; "said he would" rarely does
            }
            for (Mention b : currentMentions) {
                if (b.end() == v && b.type() == EntityType.PERSON && (b.form() == Form.NAME || b.form() == Form.SURNAME)
                        && !b.has("quoted")) {
                    Entity e = b.entity() == null && b.form() == Form.SURNAME ? bySurname(b) : b.entity();
                    return e != null && e.gender().agrees(m.gender()) ? e : null;
                }
            }
            return null;
        }

        /** "the Russian leader": the most recent person of that (or unknown) nationality, not the subject. */
        /**
         * The name set off by commas right after a description ("The Kenyan, Musa Otieno, won"; "the
         * Chinese leader, Xi Jinping,"): the person the description is; null if none follows.
         */
        Mention apposedName(Sentence s, List<Mention> ms, int i) {
            Mention m = ms.get(i);
            Mention next = i + 1 < ms.size() ? ms.get(i + 1) : null;
            List<Token> t = s.tokens();
            if (next == null || next.type() != EntityType.PERSON || next.form() != Form.NAME || next.entity() == null
                    || next.start() != m.end() + 1 || !t.get(m.end()).text().equals(",")) {
                return null;
            }
            return next.end() >= t.size() || isClauseEnd(t.get(next.end()).text()) ? next : null;
        }

        Entity described(Mention m, Mention subject) {
            Entity subjectEntity = subject == null || subject == m ? null : subject.entity();
            if (subject != null && subjectEntity == null && subject.form() == Form.PRONOUN) {
                subjectEntity = antecedent(subject, null, m.sentence());
            }
            // one of that nationality first ("the Iraqi"), else one whose nationality is not known
            for (Entity e : recentPersons) {
                if (e != subjectEntity && nationality.get(e) == m.country()) {
                    return e;
                }
            }
            for (Iterator<Entity> it = recentPersons.iterator(); it.hasNext();) {
                Entity e = it.next();
                Entity c = nationality.get(e);
                if (e != subjectEntity && c == null) {
                    return e;
                }
            }
            return null;
        }
    }
}
