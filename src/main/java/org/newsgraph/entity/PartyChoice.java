package org.newsgraph.entity;

import java.util.List;
import java.util.Map;

/**
 * Which party a party's name means in an article. Several countries have a "Conservative Party" or
 * "Liberals": the one of the article's country, else the one of the country the article names most; a
 * party of a country the article never names is not meant ("the Liberals" in a story about Britain).
 */
final class PartyChoice {

    private PartyChoice() {
    }

    /**
     * The match to keep for {@code m}: itself when it names no party, the party of the article's country
     * ({@code home}, may be null) or of the country named most ({@code named}: country name to number of
     * mentions), or null when the article names none of the countries the name's parties belong to.
     */
    static Gazetteer.Match choose(Gazetteer g, Gazetteer.Match m, String home, Map<String, Integer> named) {
        if (g.partyCountry(m.phrase().entry()) == null) {
            return m;
        }
        List<Gazetteer.Match> options = g.sameWords(m);
        Gazetteer.Match best = null;
        int most = 0;
        for (Gazetteer.Match o : options) {
            String country = g.partyCountry(o.phrase().entry());
            if (country == null) {
                return m; // also the name of an organisation that belongs to no country
            }
            if (country.equals(home)) {
                return o;
            }
            int n = named.getOrDefault(country, 0);
            if (n > most) {
                best = o;
                most = n;
            }
        }
        return best;
    }
}
