package org.newsgraph.entity;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.newsgraph.text.Normalizer;

/**
 * An entity of one article's graph: a person, office, alliance, country or organisation, with its
 * canonical name, the other forms the text used, and what the gazetteer knows of it.
 */
public final class Entity {

    private final EntityType type;
    private String name;
    /** The folded name, computed when first asked for; a rename forgets it. */
    private String key;
    private final Set<String> altLabels = new TreeSet<>();
    private final String wikidata;
    private final GazetteerEntry entry;
    private final OfficeTitle title;
    private final Entity polity;
    private Gender gender;
    /** For a region the gazetteer lists: the country it lies in. */
    private Entity country;

    private Entity(EntityType type, String name, GazetteerEntry entry, OfficeTitle title, Entity polity) {
        this.type = Objects.requireNonNull(type);
        this.name = Objects.requireNonNull(name);
        this.entry = entry;
        this.wikidata = entry == null ? null : entry.wikidata();
        this.title = title;
        this.polity = polity;
        this.gender = entry == null ? Gender.UNKNOWN : entry.gender();
    }

    /** A person, country, alliance or organisation known from the gazetteer. */
    public static Entity of(GazetteerEntry entry) {
        return new Entity(entry.type(), entry.name(), entry, null, null);
    }

    /** A person or organisation recognised from context, named as the text names it. */
    public static Entity named(EntityType type, String name) {
        return new Entity(type, name, null, null, null);
    }

    /**
     * An office: a title of a polity, named "Prime Minister of the Netherlands"; {@code the} says
     * whether the polity's name takes the article.
     */
    public static Entity office(OfficeTitle title, Entity polity, boolean the) {
        String t = title.name().toLowerCase(java.util.Locale.ROOT);
        String p = polity.name().toLowerCase(java.util.Locale.ROOT);
        String name = t.endsWith(" of " + (the ? "the " : "") + p) || t.endsWith(" of the " + p)
                ? title.name() // "Member of the European Parliament", "Member of the Bundestag" name their body already
                : title.name() + " of " + (the ? "the " : "") + polity.name();
        return new Entity(EntityType.OFFICE, name, null, title, polity);
    }

    /**
     * An office named otherwise than "title of polity": "Senator of the Philippines", whose polity is the
     * Senate of the Philippines when the text names the chamber.
     */
    public static Entity office(OfficeTitle title, Entity polity, String name) {
        return new Entity(EntityType.OFFICE, name, null, title, polity);
    }


    public EntityType type() {
        return type;
    }

    /** The canonical full name, the entity's rdfs:label. */
    public String name() {
        return name;
    }

    /** A person first known by a shorter form is renamed when its full name appears. */
    void rename(String fullName) {
        altLabels.add(name);
        name = fullName;
        key = null;
        altLabels.remove(fullName);
    }

    public Set<String> altLabels() {
        return Collections.unmodifiableSet(altLabels);
    }

    /** Records another surface form of this entity. */
    public void addForm(String form) {
        String f = form.strip();
        if (!f.isEmpty() && !f.equals(name)) {
            altLabels.add(f);
        }
    }

    /** The Wikidata id (e.g. "Q55"), or null. */
    public String wikidata() {
        return wikidata;
    }

    public GazetteerEntry entry() {
        return entry;
    }

    /** For an office: its title; otherwise null. */
    public OfficeTitle title() {
        return title;
    }

    /** For an office: the polity it belongs to; otherwise null. */
    public Entity polity() {
        return polity;
    }

    /** For a region the gazetteer lists: the country it lies in (Ontario's is Canada); otherwise null. */
    public Entity country() {
        return country;
    }

    void setCountry(Entity c) {
        country = c;
    }

    public Gender gender() {
        return gender;
    }

    void setGender(Gender g) {
        if (gender == Gender.UNKNOWN) {
            gender = g;
        }
    }

    /** The key that identifies this entity within its type: its folded canonical name. */
    public String key() {
        String k = key;
        if (k == null) {
            k = Normalizer.fold(name);
            key = k;
        }
        return k;
    }

    /** The last word of a person's name, folded: what "Mr Rutte" and "Rutte" are resolved by. */
    public String surname() {
        String k = key();
        int end = k.length();
        while (end > 0 && isBreak(k.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !isBreak(k.charAt(start - 1))) {
            start--;
        }
        return k.substring(start, end);
    }

    /** What separates the words of a name: a hyphen or white space (as the regex class \\s has it). */
    private static boolean isBreak(char c) {
        return c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    @Override
    public String toString() {
        return type.className() + ":" + name;
    }
}
