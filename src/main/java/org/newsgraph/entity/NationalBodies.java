package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.text.Token;

/**
 * A country's bodies as the gazetteer lists them, found from what the text writes about the country: "Colombia's
 * central bank" is Banco de la República (listed as "Central Bank of Colombia"), "Sudan's armed forces" the Sudanese
 * Armed Forces, "Brazil's Federal Police" the Federal Police of Brazil. Data, not code, names the bodies.
 */
final class NationalBodies {

    private NationalBodies() {
    }

    /** The organisation the gazetteer lists under exactly this name or one of its other names, or null. */
    static GazetteerEntry organizationNamed(Gazetteer gazetteer, String text) {
        List<Token> words = new ArrayList<>();
        for (String w : Gazetteer.words(text)) {
            words.add(new Token(w, 0, 0));
        }
        Gazetteer.Match m = words.isEmpty() ? null : gazetteer.longest(words, 0, Gazetteer.Kind.NAME);
        return m != null && m.end() == words.size() && m.phrase().entry().type() == EntityType.ORGANIZATION
                ? m.phrase().entry() : null;
    }

    /** "Supreme Court" of Pakistan: the gazetteer's "Supreme Court of Pakistan", or null. */
    static GazetteerEntry bodyOf(Gazetteer gazetteer, String body, Entity country, boolean the) {
        return organizationNamed(gazetteer, body + " of " + (the ? "the " : "") + country.name());
    }

    /** The country's central bank the gazetteer lists as "Central Bank of X", or null. */
    static GazetteerEntry centralBank(Gazetteer gazetteer, Entity country, boolean the) {
        return bodyOf(gazetteer, "Central Bank", country, the);
    }

    /** The country's armed forces the gazetteer lists ("Sudanese Armed Forces", "Armed Forces of Ukraine"), or null. */
    static GazetteerEntry armedForces(Gazetteer gazetteer, Entity country, boolean the) {
        List<String> names = new ArrayList<>();
        if (country.entry() != null) {
            for (String d : country.entry().demonyms()) {
                names.add(d + " Armed Forces");
            }
        }
        names.add("Armed Forces of " + (the ? "the " : "") + country.name());
        names.add(country.name() + " Armed Forces");
        for (String n : names) {
            GazetteerEntry e = organizationNamed(gazetteer, n);
            if (e != null) {
                return e;
            }
        }
        return null;
    }
}
