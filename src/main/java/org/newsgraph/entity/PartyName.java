package org.newsgraph.entity;

import java.util.List;

import org.newsgraph.text.Token;

/**
 * A party's name that the gazetteer does not know as a whole, read from its words: capitalised words
 * that end in a party word ("Party", "Alliance", "Front", …). The gazetteer may know a shorter name
 * inside it: "the Socialist Left Party" is not the Left Party, "the People's Democratic Alliance" is not
 * the Democratic Alliance. And "the Together for Change alliance": "for" inside a name a party word follows.
 */
final class PartyName {

    /** At most so many capitalised words before a known party's name make a longer name with it. */
    private static final int MAX_BEFORE = 2;

    private PartyName() {
    }

    /**
     * The end of a party's name when the capitalised run that started at {@code i} stopped at {@code j},
     * where a name the gazetteer knows starts ("Socialist" + "Left Party"); else -1.
     */
    static int through(Gazetteer g, Lexicon lex, List<Token> t, int i, int j) {
        Gazetteer.Match m = g.longest(t, j, Gazetteer.Kind.NAME);
        if (m == null || m.phrase().entry().type() != EntityType.ORGANIZATION || !lex.is("party-word", t.get(m.end() - 1))
                || !t.get(m.end() - 1).isCapitalized() || !before(g, lex, t, i, j)) {
            return -1;
        }
        return m.end();
    }

    /** "People's" in "the People's Democratic Alliance": a possessive inside a party's name, at {@code j}. */
    static boolean possessiveInside(Gazetteer g, Lexicon lex, List<Token> t, int i, int j) {
        if (j + 1 >= t.size() || !(t.get(j).text().equals("'s") || t.get(j).text().equals("'")) || j == i
                || !lex.is("name-possessive", t.get(j - 1)) || !t.get(j + 1).isCapitalized()) {
            return false;
        }
        int k = j + 1;
        while (k < t.size() && k - j <= 3 && t.get(k).isCapitalized() && t.get(k).isWord()
                && !lex.is("capitalized-function-word", t.get(k))) {
            k++;
        }
        return k > j + 1 && lex.is("party-word", t.get(k - 1));
    }

    /**
     * "for" at {@code j} inside a party's name: one or two capitalised words follow it, and then a party word
     * in lower case ("the Together for Change alliance").
     */
    static boolean forInside(Lexicon lex, List<Token> t, int j) {
        if (!t.get(j).is("for")) {
            return false;
        }
        int k = j + 1;
        while (k < t.size() && k - j <= 2 && t.get(k).isCapitalized() && t.get(k).isWord()
                && !lex.is("capitalized-function-word", t.get(k))) {
            k++;
        }
        return k > j + 1 && k < t.size() && !t.get(k).isCapitalized() && lex.is("party-word", t.get(k));
    }

    /** Tokens [i, j) may open a party's name: capitalised words (a possessive inside), none a tense or stance word. */
    private static boolean before(Gazetteer g, Lexicon lex, List<Token> t, int i, int j) {
        int words = 0;
        for (int k = i; k < j; k++) {
            Token w = t.get(k);
            if (w.text().equals("'s") || w.text().equals("'")) {
                continue;
            }
            if (!w.isCapitalized() || !w.isWord() || lex.is("party-name-stop", w) || lex.is("capitalized-function-word", w)
                    || g.givenName(w.text()) != null) {
                return false;
            }
            words++;
        }
        return words >= 1 && words <= MAX_BEFORE;
    }

    /** "AfD", "PiS": an acronym written with a small letter inside, two capitals at least. */
    /**
     * The party the article already named in full whose name is {@code text} followed by "Party": "the Progressive
     * Conservative leader" after "the Progressive Conservative Party of Manitoba"; null if none or several.
     */
    static Entity fullNameOf(java.util.Collection<Entity> recent, String text) {
        String prefix = org.newsgraph.text.Normalizer.fold(text) + " party";
        Entity found = null;
        for (Entity e : recent) {
            String n = org.newsgraph.text.Normalizer.fold(e.name());
            if (e.type() == EntityType.ORGANIZATION && (n.equals(prefix) || n.startsWith(prefix + " "))) {
                if (found != null && found != e) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    static boolean isMixedAcronym(String w) {
        return w.length() >= 3 && w.length() <= 6 && Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(w.charAt(w.length() - 1))
                && w.chars().allMatch(Character::isLetter);
    }

    /** "BJP president": the title the gazetteer gives the party's head, so a party title, not the country's. */
    static boolean isHeadTitle(Gazetteer g, GazetteerEntry party, OfficeTitle title) {
        OfficeTitle head = g.headTitle(party);
        return head != null && head.name().equals(title.name());
    }

    /** A party: one the gazetteer lists under a country, or a name that ends in a party word. */
    static boolean isParty(Gazetteer g, Entity e) {
        if (e.type() != EntityType.ORGANIZATION) {
            return false;
        }
        if (e.entry() != null) {
            return g.partyCountry(e.entry()) != null;
        }
        GazetteerEntry known = g.named(e.name());
        if (known != null && g.partyCountry(known) != null) {
            return true; // "the National Party" of a story that names no country: a party, whichever it is
        }
        OfficeTitle head = g.headTitle(e);
        return head != null && head.isPartyLeader();
    }

    /**
     * The parties the article gave a party title: for a deputy ("Deputy Leader") also those it gave the title the
     * deputy is the deputy of, so that "deputy leader" is read only when one party has both.
     */
    static java.util.Set<Entity> leaderParties(OfficeTitle title, java.util.Map<String, java.util.Set<Entity>> byTitle) {
        java.util.Set<Entity> out = new java.util.LinkedHashSet<>(
                byTitle.getOrDefault(org.newsgraph.text.Normalizer.fold(title.name()), java.util.Set.of()));
        if ((title.name().startsWith("Deputy ") || title.name().startsWith("Vice ")) && title.name().indexOf(' ') < title.name().length() - 1) {
            out.addAll(byTitle.getOrDefault(org.newsgraph.text.Normalizer.fold(title.name().substring(title.name().indexOf(' ') + 1)),
                    java.util.Set.of()));
        }
        return out;
    }

    /** The party's name the gazetteer knows at the end of the run [i, end) and not at its start, or null. */
    static Gazetteer.Match inner(Gazetteer g, List<Token> t, int i, int end) {
        for (int j = i + 1; j < end; j++) {
            Gazetteer.Match m = g.longest(t, j, Gazetteer.Kind.NAME);
            if (m != null && m.end() == end && m.phrase().entry().type() == EntityType.ORGANIZATION) {
                return m;
            }
        }
        return null;
    }

    /** A party whose head has this title ("President" of the Justicialist Party). */
    static boolean headedBy(Gazetteer g, Entity party, OfficeTitle title) {
        if (party == null || !isParty(g, party)) {
            return false;
        }
        OfficeTitle head = g.headTitle(party);
        return head != null && head.name().equals(title.name());
    }
}
