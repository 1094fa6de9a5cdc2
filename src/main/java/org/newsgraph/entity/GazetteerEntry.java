package org.newsgraph.entity;

import java.util.List;

/**
 * A named entity the gazetteer knows: its type, canonical name, other names, Wikidata id, and for
 * countries their demonyms and capitals, for organisations the title of their head, for persons their
 * gender.
 */
public record GazetteerEntry(EntityType type, String name, List<String> aliases, String wikidata,
                             List<String> demonyms, List<String> capitals, String head, Gender gender) {

    public GazetteerEntry {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
        if (wikidata != null && wikidata.isBlank()) {
            wikidata = null;
        }
        if (head != null && head.isBlank()) {
            head = null;
        }
    }
}
