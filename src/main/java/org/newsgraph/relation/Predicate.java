package org.newsgraph.relation;

import java.util.EnumSet;
import java.util.Set;

import org.newsgraph.entity.EntityType;

/** The twelve relations of the vocabulary, with the entity types they join. */
public enum Predicate {
    OFFICE_OF("officeOf", EnumSet.of(EntityType.OFFICE), EnumSet.of(EntityType.COUNTRY, EntityType.REGION, EntityType.ALLIANCE,
            EntityType.ORGANIZATION)),
    CITIZEN_OF("citizenOf", EnumSet.of(EntityType.PERSON), EnumSet.of(EntityType.COUNTRY)),
    HOLDS_OFFICE("holdsOffice", EnumSet.of(EntityType.PERSON), EnumSet.of(EntityType.OFFICE)),
    HELD_OFFICE("heldOffice", EnumSet.of(EntityType.PERSON), EnumSet.of(EntityType.OFFICE)),
    APPOINTED_TO("appointedTo", EnumSet.of(EntityType.PERSON), EnumSet.of(EntityType.OFFICE)),
    CANDIDATE_FOR("candidateFor", EnumSet.of(EntityType.PERSON), EnumSet.of(EntityType.OFFICE)),
    WITHDREW_FROM("withdrewFrom", EnumSet.of(EntityType.PERSON), EnumSet.of(EntityType.OFFICE)),
    SUCCEEDS("succeeds", EnumSet.of(EntityType.PERSON), EnumSet.of(EntityType.PERSON)),
    SUPPORTS("supports", agents(), agents()),
    OPPOSES("opposes", agents(), agents()),
    MEMBER_OF("memberOf", EnumSet.of(EntityType.PERSON, EntityType.COUNTRY), EnumSet.of(EntityType.ALLIANCE, EntityType.ORGANIZATION)),
    SAID("said", EnumSet.of(EntityType.PERSON), EnumSet.noneOf(EntityType.class));

    private final String localName;
    private final Set<EntityType> domain;
    private final Set<EntityType> range;

    Predicate(String localName, Set<EntityType> domain, Set<EntityType> range) {
        this.localName = localName;
        this.domain = domain;
        this.range = range;
    }

    private static Set<EntityType> agents() {
        return EnumSet.of(EntityType.PERSON, EntityType.COUNTRY, EntityType.ALLIANCE, EntityType.ORGANIZATION);
    }

    /** The local name in the ontology, e.g. "holdsOffice"; also the name of the predicate's rule file. */
    public String localName() {
        return localName;
    }

    public Set<EntityType> domain() {
        return domain;
    }

    /** The types of the object; empty for {@link #SAID}, whose object is a quotation. */
    public Set<EntityType> range() {
        return range;
    }

    /** Is the object a literal (the quotation)? */
    public boolean literalObject() {
        return this == SAID;
    }

    public static Predicate byLocalName(String name) {
        for (Predicate p : values()) {
            if (p.localName.equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown predicate '" + name + "'");
    }
}
