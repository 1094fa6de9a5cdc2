package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.text.Normalizer;

/**
 * The entities of one article, one object per real-world entity: gazetteer entries and names are
 * merged by their folded canonical name, persons also by surname ("Mr Rutte" is Mark Rutte).
 */
public final class EntityRegistry {

    /** The generic title of the head of a body whose head's title is not known ("the head of the X Federation"). */
    static final String HEAD = "Head";

    private final Map<String, Entity> byKey = new LinkedHashMap<>();

    private final java.util.function.Predicate<Entity> takesThe;
    private final OfficeNames officeNames;
    private final java.util.function.Predicate<OfficeTitle> headsABody;

    /**
     * A registry; {@code takesThe} tells which polity names take "the" ("the Netherlands", "the United Nations"), and
     * {@code officeNames} what else an office's title is called ("Minister of Finance" for "Finance Minister"), and
     * {@code headsABody} which titles head a body ("President", "Chief Executive"; no deputy's).
     */
    public EntityRegistry(java.util.function.Predicate<Entity> takesThe, OfficeNames officeNames,
            java.util.function.Predicate<OfficeTitle> headsABody) {
        this.takesThe = takesThe;
        this.officeNames = officeNames;
        this.headsABody = headsABody;
    }

    /** A new office with the other names of its title as its forms: "Minister of Finance of Austria". */
    private Entity withOtherNames(Entity office) {
        for (String other : officeNames.otherNames(office)) {
            office.addForm(other);
        }
        return office;
    }

    private static String key(EntityType type, String name) {
        return type.name() + "|" + Normalizer.fold(name);
    }

    /** The entity for a gazetteer entry, created on first use. */
    public Entity of(GazetteerEntry entry) {
        return byKey.computeIfAbsent(key(entry.type(), entry.name()), k -> Entity.of(entry));
    }

    /** The entity of a type and name recognised from context, created on first use. */
    public Entity named(EntityType type, String name) {
        return byKey.computeIfAbsent(key(type, name), k -> Entity.named(type, name));
    }

    /** The office of a title and polity, created on first use; a body's "Head" is the head the article named (see {@link #nameHead}). */
    public Entity office(OfficeTitle title, Entity polity) {
        Entity named = title.name().equals(HEAD) ? namedHead(polity) : null;
        if (named != null) {
            return named;
        }
        return byKey.computeIfAbsent(key(EntityType.OFFICE, title.name() + " of " + polity.name()),
                k -> withOtherNames(Entity.office(title, polity, takesThe.test(polity))));
    }

    /** Does the polity's name take "the" ("the Philippines", "the Senate of the Philippines")? */
    public boolean takesThe(Entity polity) {
        return takesThe.test(polity);
    }

    /** The office of a title and polity named otherwise than "title of polity", created on first use. */
    public Entity office(OfficeTitle title, Entity polity, String name) {
        return byKey.computeIfAbsent(key(EntityType.OFFICE, name), k -> withOtherNames(Entity.office(title, polity, name)));
    }

    /** The region of a gazetteer entry, which lies in {@code country} (may be null), created on first use. */
    public Entity region(GazetteerEntry entry, GazetteerEntry country) {
        Entity e = of(entry);
        if (country != null && e.country() == null) {
            e.setCountry(of(country));
        }
        return e;
    }

    /**
     * The one office of a body whose title heads it (not the generic "Head") that the article names, else null: "a former chief
     * executive of Pertamina … she ran Pertamina" heads it as its Chief Executive.
     */
    public Entity namedHead(Entity polity) {
        Entity found = null;
        for (Entity e : byKey.values()) {
            if (e.type() == EntityType.OFFICE && e.polity() == polity && polity != null && e.title() != null
                    && !e.title().name().equals(HEAD) && headsABody.test(e.title())) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /**
     * Makes the office of a body's "Head" the office {@code head} of the body that names the head's title: "the former head
     * of Pertamina … its chief executive" name one office. The "Head" office is forgotten and its names are the other's.
     */
    void nameHead(Entity generic, Entity head) {
        byKey.remove(key(EntityType.OFFICE, generic.name()));
        head.addForm(generic.name());
        for (String alt : generic.altLabels()) {
            head.addForm(alt);
        }
    }

    /** A known entity by type and name, or null. */
    public Entity find(EntityType type, String name) {
        return byKey.get(key(type, name));
    }

    /** Persons whose full name ends in this surname (folded), in order of first mention. */
    public List<Entity> personsBySurname(String surname) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : byKey.values()) {
            if (e.type() == EntityType.PERSON && e.surname().equals(surname)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Every entity, in order of first mention. */
    public Collection<Entity> all() {
        return Collections.unmodifiableCollection(byKey.values());
    }
}
