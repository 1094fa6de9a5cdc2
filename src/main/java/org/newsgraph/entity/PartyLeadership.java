package org.newsgraph.entity;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.newsgraph.entity.Mention.Form;
import org.newsgraph.entity.Mention.Status;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * A party's leadership named by the party's adjective before a word of a race: "the Labour leadership
 * race", "Labour leadership contender X" are the office of the party's leader, as "Labour leader X" is.
 * "the leadership of the company" or a leadership written without a party is no office here.
 */
final class PartyLeadership {

    private PartyLeadership() {
    }

    /**
     * Adds the office of each "PARTY leadership RACE-WORD" to {@code ms}; {@code partyOfAdjective} gives the
     * party a capitalised adjective names ("Labour": the Labour Party), or null.
     */
    static void apply(Sentence s, List<Mention> ms, Gazetteer gazetteer, Lexicon lexicon, EntityRegistry registry,
            Function<String, Entity> partyOfAdjective) {
        List<Token> t = s.tokens();
        for (int k = 1; k + 1 < t.size(); k++) {
            Token adjective = t.get(k - 1);
            if (!t.get(k).is("leadership") || !lexicon.is("race-noun", t.get(k + 1)) || s.quoteAt(k) != null
                    || !adjective.isCapitalized() || !lexicon.is("party-adjective", adjective) || covered(ms, k - 1, k + 1)) {
                continue;
            }
            Entity party = partyOfAdjective.apply(adjective.text());
            OfficeTitle title = party == null ? null : gazetteer.headTitle(party);
            if (title == null) {
                title = party == null ? null : gazetteer.title("Leader");
            }
            if (title == null) {
                continue;
            }
            int start = k - 1 > 0 && t.get(k - 2).is("the") ? k - 2 : k - 1;
            Mention office = new Mention(s, start, k + 1, EntityType.OFFICE, Form.TITLE);
            office.setOffice(title, party, Status.CURRENT);
            office.resolve(registry.office(title, party));
            ms.add(office);
            ms.sort(Comparator.comparingInt(Mention::start));
        }
    }

    private static boolean covered(List<Mention> ms, int from, int to) {
        for (Mention m : ms) {
            if (m.start() < to && from < m.end()) {
                return true;
            }
        }
        return false;
    }
}
