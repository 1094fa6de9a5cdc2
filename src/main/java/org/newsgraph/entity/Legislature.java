package org.newsgraph.entity;

import java.util.List;

import org.newsgraph.text.Normalizer;

/**
 * A chamber of a national legislature, from {@code legislatures.tsv}: its entry (an organisation), its
 * country, its house ({@code upper}, {@code lower}, {@code unicameral} or {@code whole}), the title of its
 * members ("Senator", "Member of Parliament", "Member of the Bundestag"), the short names an article about
 * its country calls it by ("Senate", "Congress"), and whether "lawmaker" can only mean its members.
 */
public record Legislature(GazetteerEntry entry, String country, String house, String members, List<String> shortNames,
        boolean lawmakers) {

    /** Is it a chamber whose members are elected to it (not a bicameral legislature as a whole)? */
    public boolean isChamber() {
        return !house.equals("whole");
    }

    /** Does it hold the lower (or only) house's seats? */
    public boolean isLowerOrOnly() {
        return house.equals("lower") || house.equals("unicameral");
    }

    /** Does its members' title name the chamber ("Member of the Bundestag"), rather than the country ("Senator")? */
    public boolean membersNameIt() {
        return !members.isEmpty() && Normalizer.fold(members).contains(Normalizer.fold(entry.name().replaceFirst("^(?i)the ", "")));
    }
}
