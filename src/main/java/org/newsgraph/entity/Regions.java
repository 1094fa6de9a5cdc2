package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.text.Normalizer;
import org.newsgraph.text.Token;

/**
 * Regions within countries (regions.tsv): states, provinces, counties, cities. A name may mean several ("São Paulo" the
 * state and the city, "Punjab" of India and of Pakistan): a mayor's is a city, any other title's a state, province or
 * county, and of several left, the one in the article's country; a name that still means several means none.
 */
final class Regions {

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    Regions(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /** Is this region a city (or town)? */
    boolean isCity(GazetteerEntry region) {
        return "city".equals(gazetteer.regionKind(region));
    }

    /**
     * The region a name means, read with a title ({@code title} may be null: then a state or province before a city);
     * {@code home} is the article's country, or null. Null when the gazetteer has none or the name stays ambiguous.
     */
    GazetteerEntry choose(String name, OfficeTitle title, Entity home) {
        List<GazetteerEntry> all = gazetteer.regions(name);
        if (all.isEmpty()) {
            return null;
        }
        boolean mayor = title != null && isCityTitle(title);
        List<GazetteerEntry> fit = new ArrayList<>();
        for (GazetteerEntry e : all) {
            if (isCity(e) == mayor) {
                fit.add(e);
            }
        }
        if (fit.isEmpty()) {
            if (mayor || title != null && lexicon.is("place-title", Normalizer.fold(title.name()))) {
                return null; // "the mayor of Ontario", "the governor of Toronto": no such office
            }
            fit = all;
        }
        if (fit.size() > 1 && home != null) {
            List<GazetteerEntry> inHome = new ArrayList<>();
            for (GazetteerEntry e : fit) {
                GazetteerEntry c = gazetteer.regionCountry(e);
                if (c != null && c.name().equals(home.name())) {
                    inHome.add(e);
                }
            }
            fit = inHome;
        }
        return fit.size() == 1 ? fit.get(0) : null;
    }

    /** A title that only a city has: "Mayor", "Deputy Mayor". */
    boolean isCityTitle(OfficeTitle title) {
        return lexicon.is("city-title", Normalizer.fold(title.name()));
    }

    /**
     * A title a state, province or region has as well as a country ("Premier", "Governor", "Finance Minister"), so that a
     * bare title in a story about one region may be that region's; not one that only a country has ("Foreign Minister").
     */
    boolean isRegionalTitle(OfficeTitle title) {
        String t = Normalizer.fold(title.name());
        if (lexicon.is("region-title", t)) {
            return true;
        }
        if (!title.kind().equals("minister") || !t.endsWith("minister") && !t.startsWith("minister ")) {
            return false;
        }
        for (String w : t.split(" ")) {
            if (lexicon.is("national-portfolio", w)) {
                return false; // "foreign minister", "defence minister": a country's
            }
        }
        return true;
    }

    /** "provincial", "regional", "state" before a title: the region the story is about. */
    boolean isRegionAdjective(Token k) {
        return !k.isCapitalized() && lexicon.is("region-adjective", k);
    }

    /** Does a noun such as "state" or "province" name a region of this kind ("the state" for Osun State)? */
    boolean nounFits(String noun, GazetteerEntry region) {
        String kind = gazetteer.regionKind(region);
        String n = Normalizer.fold(noun);
        return kind != null && (n.equals(kind) || n.equals("region") && !kind.equals("city")
                || n.equals("provincial") && kind.equals("province") || n.equals("regional") && !kind.equals("city"));
    }
}
