package org.newsgraph.entity;

import java.util.List;

import org.newsgraph.entity.Mention.Form;
import org.newsgraph.entity.Mention.Status;
import org.newsgraph.text.Token;

/**
 * A plural title over a list of names, each with its country: "the foreign ministers Kenji Morimoto of
 * Japan, Ulrike Brandt of Germany and Paola Conti of Italy" gives each person the title of their country,
 * as "Japan's foreign minister Kenji Morimoto" would.
 */
final class PluralTitles {

    private PluralTitles() {
    }

    /** Attaches to each listed person the singular title with the country written after the name. */
    static void apply(List<Token> t, List<Mention> ms, Gazetteer gazetteer, Lexicon lexicon, EntityRegistry registry) {
        for (int e = 0; e < t.size(); e++) {
            String w = t.get(e).text();
            if (!t.get(e).isWord() || t.get(e).isCapitalized() || w.length() < 4 || !w.endsWith("s")) {
                continue;
            }
            for (int from = Math.max(0, e - 3); from <= e; from++) {
                OfficeTitle title = singular(t, from, e, gazetteer);
                if (title == null || title.isPartyLeader()) {
                    continue;
                }
                Status status = from > 0 && lexicon.is("modifier-former", t.get(from - 1)) ? Status.FORMER : Status.CURRENT;
                list(t, ms, from, e + 1, title, status, registry);
                break;
            }
        }
    }

    /** The title the words [from, to] name with the last one made singular ("foreign ministers"), or null. */
    private static OfficeTitle singular(List<Token> t, int from, int to, Gazetteer gazetteer) {
        String last = t.get(to).text();
        String one = last.endsWith("ies") ? last.substring(0, last.length() - 3) + "y" : last.substring(0, last.length() - 1);
        if (!gazetteer.endsTitle(one)) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(t.get(i).text()).append(' ');
        }
        return gazetteer.title(b.append(one).toString());
    }

    /** Reads "NAME of [the] COUNTRY" items separated by commas and "and" from token {@code at}. */
    private static void list(List<Token> t, List<Mention> ms, int titleStart, int at, OfficeTitle title, Status status,
            EntityRegistry registry) {
        int k = at;
        while (true) {
            Mention person = startingAt(ms, k);
            if (person == null || person.type() != EntityType.PERSON || person.form() != Form.NAME || person.office() != null) {
                return;
            }
            int j = person.end();
            if (j >= t.size() || !t.get(j).is("of")) {
                return;
            }
            Mention country = startingAt(ms, j + 1);
            if (country == null && j + 2 < t.size() && t.get(j + 1).is("the")) {
                country = startingAt(ms, j + 2);
            }
            if (country == null || country.type() != EntityType.COUNTRY || country.entity() == null || country.has("poss")) {
                return;
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
                return;
            }
        }
    }

    private static Mention startingAt(List<Mention> ms, int start) {
        for (Mention m : ms) {
            if (m.start() == start) {
                return m;
            }
        }
        return null;
    }
}
