package org.newsgraph.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.text.Normalizer;

/**
 * The bundled gazetteer's names: no name or alias means two entries (but parties of different countries,
 * which the article's country tells apart), every party's country is a listed country, and a Wikidata id is
 * an id.
 */
class GazetteerNamesTest {

    private static final Gazetteer G = Gazetteer.bundled();

    /** A name as the gazetteer matches it: acronyms as written, other words folded. */
    private static String key(String name) {
        List<String> out = new ArrayList<>();
        for (String w : Gazetteer.words(name)) {
            boolean acronym = !w.chars().anyMatch(Character::isLowerCase) && w.chars().filter(Character::isUpperCase).count() >= 2;
            out.add(acronym ? w.replace(".", "") : Normalizer.fold(w));
        }
        return String.join(" ", out);
    }

    @Test
    void noNameMeansTwoEntriesUnlessTheyArePartiesOfDifferentCountries() {
        Map<String, List<GazetteerEntry>> byName = new HashMap<>();
        for (GazetteerEntry e : G.entries()) {
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            for (String n : names.stream().map(GazetteerNamesTest::key).distinct().toList()) {
                byName.computeIfAbsent(n, k -> new ArrayList<>()).add(e);
            }
        }
        List<String> clashes = new ArrayList<>();
        byName.forEach((n, es) -> {
            for (int i = 0; i < es.size(); i++) {
                for (int j = i + 1; j < es.size(); j++) {
                    String a = G.partyCountry(es.get(i));
                    String b = G.partyCountry(es.get(j));
                    if (a == null || b == null || a.equals(b)) {
                        clashes.add(n + ": " + es.get(i).name() + " / " + es.get(j).name());
                    }
                }
            }
        });
        assertEquals(List.of(), clashes);
    }

    @Test
    void everyPartysCountryIsAListedCountry() {
        List<String> wrong = new ArrayList<>();
        for (GazetteerEntry e : G.entries()) {
            String c = G.partyCountry(e);
            if (c != null && (G.named(c) == null || G.named(c).type() != EntityType.COUNTRY)) {
                wrong.add(e.name() + ": " + c);
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(G.entries().stream().filter(e -> G.partyCountry(e) != null).count() > 500);
    }

    @Test
    void aWikidataIdIsAnId() {
        List<String> wrong = G.entries().stream()
                .filter(e -> e.wikidata() != null && !e.wikidata().isEmpty() && !e.wikidata().matches("Q[1-9][0-9]*"))
                .map(e -> e.name() + ": " + e.wikidata()).toList();
        assertEquals(List.of(), wrong);
    }
}
