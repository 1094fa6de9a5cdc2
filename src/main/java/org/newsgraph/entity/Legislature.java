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

    /**
     * The seat of a member of this chamber: "Member of the Bundestag" of the Bundestag when the title names
     * it, else "Senator of the Philippines" of {@code polity} (the country, or the chamber when the text names
     * it); null when the country is unknown.
     */
    public Entity seat(EntityRegistry registry, Gazetteer gazetteer, Entity polity) {
        OfficeTitle title = new OfficeTitle(members, "seat");
        if (membersNameIt()) {
            Entity seat = registry.office(title, registry.of(entry));
            GazetteerEntry c = gazetteer.named(country);
            if (isLowerOrOnly() && c != null) {
                // a member of the National Assembly of South Africa or the Folketing is a Member of Parliament of the country
                seat.addForm("Member of Parliament of " + (registry.takesThe(registry.of(c)) ? "the " : "") + c.name());
            }
            return seat;
        }
        GazetteerEntry c = gazetteer.named(country);
        if (c == null) {
            return null;
        }
        Entity country = registry.of(c);
        return registry.office(title, polity == null ? country : polity,
                members + " of " + (registry.takesThe(country) ? "the " : "") + country.name());
    }

    /** Does its members' title name the chamber ("Member of the Bundestag"), rather than the country ("Senator")? */
    public boolean membersNameIt() {
        return !members.isEmpty() && Normalizer.fold(members).contains(Normalizer.fold(entry.name().replaceFirst("^(?i)the ", "")));
    }
}
