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

    private final Map<String, Entity> byKey = new LinkedHashMap<>();
    private final java.util.function.Predicate<Entity> takesThe;

    /** A registry; {@code takesThe} tells which polity names take "the" ("the Netherlands", "the United Nations"). */
    public EntityRegistry(java.util.function.Predicate<Entity> takesThe) {
        this.takesThe = takesThe;
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

    /** The office of a title and polity, created on first use. */
    public Entity office(OfficeTitle title, Entity polity) {
        return byKey.computeIfAbsent(key(EntityType.OFFICE, title.name() + " of " + polity.name()),
                k -> Entity.office(title, polity, takesThe.test(polity)));
    }

    /** Does the polity's name take "the" ("the Philippines", "the Senate of the Philippines")? */
    public boolean takesThe(Entity polity) {
        return takesThe.test(polity);
    }

    /** The office of a title and polity named otherwise than "title of polity", created on first use. */
    public Entity office(OfficeTitle title, Entity polity, String name) {
        return byKey.computeIfAbsent(key(EntityType.OFFICE, name), k -> Entity.office(title, polity, name));
    }

    /** The region of a gazetteer entry, which lies in {@code country} (may be null), created on first use. */
    public Entity region(GazetteerEntry entry, GazetteerEntry country) {
        Entity e = of(entry);
        if (country != null && e.country() == null) {
            e.setCountry(of(country));
        }
        return e;
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
