package org.newsgraph.entity;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsgraph.text.Normalizer;
import org.newsgraph.text.Token;

/**
 * Offices of a city, province or state that no gazetteer lists: "the mayor of Arequipa", "Córdoba city
 * mayor", "Córdoba's governor", "the governor of the province of Córdoba". The place is read from the
 * words around the title; before the title it must be one the article names as a place elsewhere ("in
 * Córdoba"), or be followed by "city", "province" … The office is named "Mayor of Córdoba" and belongs
 * to the place, a region: the one regions.tsv lists by that name, else one named as the text writes it.
 */
final class PlaceOffice {

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    /** Places the article names: "in Córdoba". */
    private final Set<String> places = new java.util.HashSet<>();
    /** Place offices the article named, by title: a bare "Governor X" is the governor of the one place named. */
    private final Map<String, Set<Entity>> byTitle = new HashMap<>();

    PlaceOffice(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    /** A title a city, province or state gives: "Mayor", "Governor". */
    boolean isPlaceTitle(OfficeTitle t) {
        return lexicon.is("place-title", Normalizer.fold(t.name()));
    }

    /** A word such as "city" or "province" between a place and its title, or in "the province of". */
    boolean isPlaceNoun(Token k) {
        return !k.isCapitalized() && lexicon.is("place-noun", k);
    }

    /** Notes "in Córdoba": capitalised words [from, to) after "in", when they may name a place. */
    void notePlace(List<Token> t, int from, int to) {
        if (from > 0 && t.get(from - 1).is("in") && isPlaceName(t, from, to)) {
            places.add(Normalizer.fold(text(t, from, to)));
        }
    }

    boolean isKnownPlace(List<Token> t, int from, int to) {
        return places.contains(Normalizer.fold(text(t, from, to)));
    }

    /**
     * Tokens [from, to) may name a place: one to three capitalised words, none a word of bodies, parties, titles,
     * tenses or months, the first no given name; one word alone no word such as "Provincial" or "City".
     */
    boolean isPlaceName(List<Token> t, int from, int to) {
        if (to - from < 1 || to - from > 3 || gazetteer.givenName(t.get(from).text()) != null) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token w = t.get(k);
            if (!w.isCapitalized() || !w.isWord() || w.text().length() < 3 || w.text().equals(w.text().toUpperCase(java.util.Locale.ROOT))
                    || lexicon.is("organization-word", w) || lexicon.is("capitalized-function-word", w)
                    || lexicon.is("party-adjective", w) || lexicon.is("party-modifier", w) || lexicon.is("month", w)
                    || lexicon.is("weekday", w) || to - from == 1 && (lexicon.is("modifier-former", w) || lexicon.is("modifier-current", w)
                        || lexicon.is("modifier-designate", w) || lexicon.is("place-title-stop", w))
                    || lexicon.is("not-place-word", w)
                    || gazetteer.longest(t, k, Gazetteer.Kind.TITLE, Gazetteer.Kind.DEMONYM) != null) {
                return false;
            }
        }
        return true;
    }

    static String text(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(t.get(k).text());
        }
        return b.toString();
    }

    /** The office of a title and a place (a region), noted for the bare title that may follow. */
    Entity office(EntityRegistry registry, OfficeTitle title, Entity place) {
        Entity e = registry.office(title, place);
        byTitle.computeIfAbsent(Normalizer.fold(title.name()), x -> new LinkedHashSet<>()).add(e);
        return e;
    }

    /** The one place office the article named with this title ("Córdoba governor" … "Governor Silvina Ferrero"), or null. */
    Entity only(OfficeTitle title) {
        Set<Entity> s = byTitle.get(Normalizer.fold(title.name()));
        return s != null && s.size() == 1 ? s.iterator().next() : null;
    }
}
