package org.newsgraph.entity;

import java.util.List;

import org.newsgraph.entity.Mention.Form;
import org.newsgraph.entity.Mention.Status;
import org.newsgraph.text.Token;

/**
 * A plural title over a list of names, each with its country: "the foreign ministers Kenji Morimoto of
 * Japan, Ulrike Brandt of Germany and Paola Conti of Italy" gives each person the title of their country,
 * as "Japan's foreign minister Kenji Morimoto" would. A former title written with one country before it, or with
 * none, over a list of two names or more gives each the same office: "Former British prime ministers David Clarke
 * and John Hale" (the United Kingdom's), "former presidents A, B and C" (a national title: the article's country).
 */
final class PluralTitles {

    private PluralTitles() {
    }

    /** Attaches to each listed person the singular title with the country written after the name. */
    static void apply(List<Token> t, List<Mention> ms, Gazetteer gazetteer, Lexicon lexicon, EntityRegistry registry, Entity home) {
        for (int e = 0; e < t.size(); e++) {
            String w = t.get(e).text();
            if (!t.get(e).isWord() || t.get(e).isCapitalized() || w.length() < 4 || !w.endsWith("s")) {
                continue;
            }
            String one = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
            if (!gazetteer.endsTitle(one)) {
                continue; // "years", "members": no title's last word
            }
            for (int from = Math.max(0, e - 3); from <= e; from++) {
                OfficeTitle title = singular(t, from, e, one, gazetteer);
                if (title == null || title.isPartyLeader()) {
                    continue;
                }
                Status status = from > 0 && lexicon.is("modifier-former", t.get(from - 1)) ? Status.FORMER : Status.CURRENT;
                if (!list(t, ms, from, e + 1, title, status, registry)) {
                    sameOffice(t, ms, from, e + 1, title, lexicon, registry, home);
                }
                break;
            }
        }
    }

    /** The title the words [from, to] name with the last one made singular ({@code one}: "foreign ministers"), or null. */
    private static OfficeTitle singular(List<Token> t, int from, int to, String one, Gazetteer gazetteer) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(t.get(i).text()).append(' ');
        }
        return gazetteer.title(b.append(one).toString());
    }

    /**
     * Reads "NAME of [the] COUNTRY" items separated by commas and "and" from token {@code at}; false when the first
     * name has no "of" after it.
     */
    private static boolean list(List<Token> t, List<Mention> ms, int titleStart, int at, OfficeTitle title, Status status,
            EntityRegistry registry) {
        int k = at;
        while (true) {
            Mention person = Mentions.startingAt(ms, k);
            if (person == null || person.type() != EntityType.PERSON || person.form() != Form.NAME || person.office() != null) {
                return true;
            }
            int j = person.end();
            if (j >= t.size() || !t.get(j).is("of")) {
                return k != at;
            }
            Mention country = Mentions.startingAt(ms, j + 1);
            if (country == null && j + 2 < t.size() && t.get(j + 1).is("the")) {
                country = Mentions.startingAt(ms, j + 2);
            }
            if (country == null || country.type() != EntityType.COUNTRY || country.entity() == null || country.has("poss")) {
                return true;
            }
            Mention office = new Mention(person.sentence(), titleStart, at, EntityType.OFFICE, Form.TITLE);
            office.setOffice(title, country.entity(), status);
            office.resolve(registry.office(title, country.entity()));
            person.attachOffice(office);
            k = country.end();
            if (k < t.size() && t.get(k).text().equals(",")) {
                k++;
            }
            if (k < t.size() && t.get(k).is("and")) {
                k++;
            }
            if (k == country.end()) {
                return true;
            }
        }
    }

    /**
     * "Former British prime ministers David Clarke and John Hale", "Britain's former prime ministers …", "former presidents
     * A, B and C": two names or more right after a former title each take its office, of the country written before it (a
     * demonym or a possessive), else, for a former national title, of the article's country (as "former president X"
     * alone would be). Tense words before the country or the title give its status.
     */
    private static void sameOffice(List<Token> t, List<Mention> ms, int titleStart, int at, OfficeTitle title, Lexicon lexicon,
            EntityRegistry registry, Entity home) {
        List<Mention> names = new java.util.ArrayList<>();
        int k = at;
        while (true) {
            Mention person = Mentions.startingAt(ms, k);
            if (person == null || person.type() != EntityType.PERSON || person.form() != Form.NAME || person.office() != null) {
                break;
            }
            names.add(person);
            k = person.end();
            if (k < t.size() && t.get(k).text().equals(",")) {
                k++;
            }
            if (k < t.size() && t.get(k).is("and")) {
                k++;
            }
            if (k == person.end()) {
                break;
            }
        }
        if (names.size() < 2) {
            return;
        }
        Status status = Status.CURRENT;
        Entity country = null;
        int start = titleStart;
        while (start > 0) {
            Token before = t.get(start - 1);
            Mention c = endingAt(ms, start);
            if (country == null && c != null && c.type() == EntityType.COUNTRY && c.entity() != null) {
                country = c.entity();
                start = c.start();
            } else if (lexicon.is("modifier-former", before)) {
                status = Status.FORMER;
                start--;
            } else if (lexicon.is("modifier-current", before)) {
                start--;
            } else {
                break;
            }
        }
        if (status != Status.FORMER || country == null && (home == null || !title.isNational())) {
            return; // "the presidents X and Y met": presidents of two countries; "British prime ministers X and Y": not both now
        }
        Entity polity = country != null ? country : home;
        for (Mention person : names) {
            Mention office = new Mention(person.sentence(), titleStart, at, EntityType.OFFICE, Form.TITLE);
            office.setOffice(title, polity, status);
            if (country != null) {
                office.setCountry(country);
            } else {
                office.flag("inferred");
            }
            office.resolve(registry.office(title, polity));
            person.attachOffice(office);
        }
    }

    private static Mention endingAt(List<Mention> ms, int end) {
        for (Mention m : ms) {
            if (m.end() == end && m.type() != null) {
                return m;
            }
        }
        return null;
    }
}
