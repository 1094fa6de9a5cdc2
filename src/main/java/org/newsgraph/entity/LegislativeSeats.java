package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.newsgraph.entity.Mention.Status;
import org.newsgraph.text.Normalizer;
import org.newsgraph.text.Token;

/**
 * Seats in national legislatures and the officers of their chambers, read with the chambers of
 * {@code legislatures.tsv}:
 * <ul>
 * <li>a member's title ("Senator X", "an opposition MP", "lawmaker X", "a member of the Bundestag") is a seat in
 *     the chamber of the country written with it ("Argentine senator") or of the article's country: a senator
 *     sits in the upper house, an MP in the lower (or only) one, a "lawmaker" only where that can mean one
 *     chamber alone. A title that names no chamber is the country's ("Senator of Argentina"), of the chamber
 *     when the sentence names it; one that names its chamber is the chamber's ("Member of the Bundestag");</li>
 * <li>a chamber's officer ("Senate President X", "the Speaker of the House of Commons", "Minority Leader X")
 *     is an office of the chamber written beside the title, or, for a speaker or a floor leader, of the
 *     chamber the article last named ("President of the Senate of the Philippines").</li>
 * </ul>
 * A seat below the nation's ("provincial lawmaker", "state senator"), or one whose country cannot be told,
 * is none: the mention finder then reads the title as it would any other.
 */
final class LegislativeSeats {

    /** The office read, the tokens it covers, its tense, and whether its polity was inferred rather than written. */
    record Seat(OfficeTitle title, Entity office, int start, int end, Status status, boolean inferred) {
    }

    /**
     * What the mention finder knows around a title: the sentence's tokens, the title's tokens {@code
     * [titleStart, titleEnd)}, the office's span as read so far, the polity written with it (or null), the
     * gazetteer entry of a name just before the title (or null), the chambers the sentence names before or at
     * the title, the chamber the article named last (or null), and the article's country (or null).
     */
    record Context(List<Token> tokens, OfficeTitle title, int titleStart, int titleEnd, int start, int end, Status status,
            Entity written, GazetteerEntry before, Set<GazetteerEntry> namedInSentence, Legislature lastChamber, Entity home) {
    }

    private enum Member { UPPER, LOWER, ANY, NAMED }

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final EntityRegistry registry;
    private final Function<String, Status> modifier;

    LegislativeSeats(Gazetteer gazetteer, Lexicon lexicon, EntityRegistry registry, Function<String, Status> modifier) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.registry = registry;
        this.modifier = modifier;
    }

    /** The seat or chamber office the title names, or null when it names none (or none this reading can tell). */
    Seat read(Context c) {
        Seat s = member(c);
        return s != null ? s : officer(c);
    }

    // ---------------------------------------------------------------- members

    private Seat member(Context c) {
        List<Token> t = c.tokens();
        Member kind = memberKind(c);
        if (kind == null || belowTheNation(t, c.titleStart())) {
            return null;
        }
        Legislature chamber = kind == Member.NAMED ? gazetteer.legislatureByMembers(c.title().name()) : null;
        Entity country = null;
        boolean inferred = false;
        if (chamber == null && c.written() != null) {
            Legislature l = gazetteer.legislature(c.written().entry());
            if (c.written().type() == EntityType.COUNTRY) {
                country = c.written();
            } else if (l != null && l.isChamber()) {
                chamber = l;
            } else {
                return null; // "European Parliament member", "a UN lawmaker": not a national seat
            }
        }
        if (chamber == null && country == null) {
            GazetteerEntry b = c.before();
            if (b != null && gazetteer.partyCountry(b) == null && gazetteer.legislature(b) == null
                    && (b.type() != EntityType.COUNTRY || c.home() == null || !b.name().equals(c.home().name()))) {
                return null; // "a Moscow lawmaker" in a story about Ukraine; "a UN lawmaker"
            }
            if (c.home() == null) {
                return null; // a member of which parliament? no way to tell
            }
            country = c.home();
            inferred = true;
        }
        if (chamber == null) {
            chamber = memberChamber(country.name(), kind);
            if (chamber == null) {
                return null;
            }
        }
        // "The Philippine Senate … elected Sen. Grace Lacson-Tan": the seat is the chamber's the sentence names
        Entity polity = c.namedInSentence().contains(chamber.entry()) ? registry.of(chamber.entry()) : null;
        Entity office = chamber.seat(registry, gazetteer, polity);
        if (office == null) {
            return null;
        }
        return new Seat(office.title(), office, c.start(), c.end(), c.status(), inferred);
    }

    private Member memberKind(Context c) {
        if (gazetteer.legislatureByMembers(c.title().name()) != null) {
            return Member.NAMED;
        }
        String words = words(c.tokens(), c.titleStart(), c.titleEnd());
        if (lexicon.is("member-title-upper", words)) {
            return Member.UPPER;
        }
        if (lexicon.is("member-title-lower", words)) {
            return Member.LOWER;
        }
        if (lexicon.is("member-title-any", words)) {
            return Member.ANY;
        }
        return null;
    }

    /** "provincial lawmaker", "a former state senator": a seat in a legislature below the nation's. */
    private boolean belowTheNation(List<Token> t, int titleStart) {
        for (int k = Math.max(0, titleStart - 2); k < titleStart; k++) {
            if (lexicon.is("subnational", t.get(k))) {
                return true;
            }
        }
        return false;
    }

    private Legislature memberChamber(String country, Member kind) {
        for (Legislature l : gazetteer.legislatures(country)) {
            boolean fits = switch (kind) {
                case UPPER -> l.house().equals("upper") && Normalizer.fold(l.members()).equals("senator");
                case LOWER -> l.isLowerOrOnly();
                case ANY -> l.isLowerOrOnly() && l.lawmakers();
                case NAMED -> false;
            };
            if (fits) {
                return l;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- officers

    private Seat officer(Context c) {
        List<Token> t = c.tokens();
        String name = null;
        int left = c.titleStart(); // the chamber's name, if written before, ends here
        String base = Normalizer.fold(c.title().name());
        if (c.title().isPartyLeader() && base.equals("leader") && left > 0
                && (t.get(left - 1).is("minority") || t.get(left - 1).is("majority"))) {
            name = capitalize(t.get(left - 1).text()) + " Leader"; // "Minority Leader Benjamin Cruz"
            left--;
        } else if (lexicon.is("chamber-officer", base)) {
            name = c.title().name();
        }
        if (name == null) {
            return null;
        }
        // the country written with the title, else the article's, else that of a chamber the article names
        java.util.LinkedHashSet<String> countries = new java.util.LinkedHashSet<>();
        if (c.written() != null && c.written().type() == EntityType.COUNTRY) {
            countries.add(c.written().name());
        } else {
            if (c.home() != null) {
                countries.add(c.home().name());
            }
            for (GazetteerEntry e : c.namedInSentence()) {
                countries.add(gazetteer.legislature(e).country());
            }
            if (c.lastChamber() != null) {
                countries.add(c.lastChamber().country());
            }
        }
        Legislature chamber = null;
        int start = left;
        int end = c.end();
        // before the title: "Senate President", "the Philippine Senate President", "House Speaker"
        if (c.before() != null && gazetteer.legislature(c.before()) != null && left == c.titleStart()) {
            chamber = gazetteer.legislature(c.before());
            start = c.start(); // the mention finder has already stepped over it
        }
        if (chamber == null && c.before() == null) { // not "European Parliament President" in a story about Ghana
            int[] span = new int[1];
            for (String country : countries) {
                chamber = shortNameEndingAt(t, left, country, span);
                if (chamber != null) {
                    start = span[0];
                    break;
                }
            }
        }
        // after it: "President of the Senate", "Speaker of the House of Commons"
        if (chamber == null && c.written() != null && gazetteer.legislature(c.written().entry()) != null) {
            chamber = gazetteer.legislature(c.written().entry());
        }
        if (chamber == null && c.titleEnd() + 1 < t.size() && t.get(c.titleEnd()).is("of")) {
            int j = c.titleEnd() + 1;
            if (t.get(j).is("the") && j + 1 < t.size()) {
                j++;
            }
            int[] span = new int[1];
            for (String country : countries) {
                chamber = shortNameStartingAt(t, j, country, span);
                if (chamber != null) {
                    end = Math.max(end, span[0]);
                    break;
                }
            }
        }
        // "Minority Leader X", "the Speaker" alone: of the chamber the article named last
        boolean floorOrChair = !name.equals(c.title().name()) || base.contains("speaker");
        boolean inferred = false;
        if (chamber == null && floorOrChair) {
            chamber = c.lastChamber();
            start = left;
            inferred = true; // the office stands only as someone's
        }
        if (chamber == null || !chamber.isChamber()) {
            return null;
        }
        Status status = c.status();
        int k = start - 1;
        while (start < c.titleStart() && k >= 0 && modifier.apply(t.get(k).text()) != null) {
            status = modifier.apply(t.get(k).text()); // "former Senate President X"
            start = k--;
        }
        if (start < c.titleStart() && k >= 0 && (t.get(k).is("the") || t.get(k).is("a"))) {
            start = k;
        }
        start = Math.min(start, c.start());
        OfficeTitle title = new OfficeTitle(name, "legislator");
        Entity office = registry.office(title, registry.of(chamber.entry()));
        office.addForm(text(t, firstWord(t, start), end)); // "Senate President", "Minority Leader", "President of the Senate"
        return new Seat(title, office, start, end, status, inferred);
    }

    /** The first token of [start, …) that is no tense word or article. */
    private int firstWord(List<Token> t, int start) {
        int k = start;
        while (k < t.size() - 1 && (modifier.apply(t.get(k).text()) != null || t.get(k).is("the") || t.get(k).is("a"))) {
            k++;
        }
        return k;
    }

    /**
     * The chamber (or legislature) of the country that a capitalised short name starting at token {@code from}
     * calls ("the Senate", "Congress", "the House of Commons"), the longest; the token after it in end[0].
     */
    /** The words of chambers' short names, split once: they come from gazetteers, a bounded set of strings. */
    private static final java.util.Map<String, String[]> SHORT_NAME_WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String[] wordsOf(String shortName) {
        return SHORT_NAME_WORDS.computeIfAbsent(shortName, Gazetteer::words);
    }

    Legislature calledAt(List<Token> t, int from, String country, int[] end) {
        Legislature best = null;
        end[0] = from;
        for (Legislature l : gazetteer.legislatures(country)) {
            for (String sn : l.shortNames()) {
                String[] w = wordsOf(sn);
                if (Character.isUpperCase(sn.codePointAt(0)) && from + w.length <= t.size() && same(t, from, w)
                        && from + w.length > end[0]) {
                    end[0] = from + w.length;
                    best = l;
                }
            }
        }
        return best;
    }

    /** A chamber of the country called by a short name that ends at token {@code end}; its first token in span[0]. */
    private Legislature shortNameEndingAt(List<Token> t, int end, String country, int[] span) {
        for (Legislature l : gazetteer.legislatures(country)) {
            for (String sn : l.shortNames()) {
                String[] w = wordsOf(sn);
                int from = end - w.length;
                // the whole name, not the end of a longer one ("Youth Parliament Speaker")
                if (from >= 0 && same(t, from, w) && (from == 0 || !t.get(from - 1).isCapitalized() || t.get(from - 1).is("the"))) {
                    span[0] = from;
                    return l;
                }
            }
        }
        return null;
    }

    /** A chamber of the country called by a short name that starts at token {@code from}; the token after it in span[0]. */
    private Legislature shortNameStartingAt(List<Token> t, int from, String country, int[] span) {
        Legislature best = null;
        for (Legislature l : gazetteer.legislatures(country)) {
            for (String sn : l.shortNames()) {
                String[] w = wordsOf(sn);
                // the whole name, not the start of a longer one ("President of the Senate Foreign Relations Committee")
                boolean whole = from + w.length >= t.size() || !t.get(from + w.length).isCapitalized();
                if (from + w.length <= t.size() && same(t, from, w) && whole && (best == null || from + w.length > span[0])) {
                    span[0] = from + w.length;
                    best = l;
                }
            }
        }
        return best;
    }

    /** Do the tokens from {@code from} read the words, a capitalised word written capitalised? */
    private static boolean same(List<Token> t, int from, String[] words) {
        for (int i = 0; i < words.length; i++) {
            Token k = t.get(from + i);
            if (!k.folded().equals(Normalizer.fold(words[i]))
                    || Character.isUpperCase(words[i].codePointAt(0)) && !k.isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    private static String words(List<Token> t, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (t.get(i).isWord()) { // "Sen." is "sen"
                out.add(t.get(i).folded());
            }
        }
        return String.join(" ", out);
    }

    private static String text(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (b.length() > 0 && !t.get(i).text().equals("-") && !t.get(i - 1).text().equals("-")) {
                b.append(' ');
            }
            b.append(t.get(i).text());
        }
        return b.toString();
    }

    private static String capitalize(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
