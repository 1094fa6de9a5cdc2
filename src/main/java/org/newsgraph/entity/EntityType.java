package org.newsgraph.entity;

/** The six kinds of entity in the graph, named as the ontology's classes. */
public enum EntityType {
    PERSON("Person", "person"),
    OFFICE("Office", "office"),
    ALLIANCE("Alliance", "alliance"),
    COUNTRY("Country", "country"),
    /** A state, province, region, county or city within a country ("Ontario", "Osun State", "Bogotá"). */
    REGION("Region", "region"),
    ORGANIZATION("Organization", "organization");

    private final String className;
    private final String path;

    EntityType(String className, String path) {
        this.className = className;
        this.path = path;
    }

    /** The local name of the ontology class, e.g. "Person". */
    public String className() {
        return className;
    }

    /** The path segment of this type's IRIs, e.g. "person". */
    public String path() {
        return path;
    }

    /** Can support or oppose (persons, countries, organisations, alliances). */
    public boolean isAgent() {
        return this != OFFICE && this != REGION;
    }

    /** Can own an office (countries, organisations, alliances). */
    public boolean isPolity() {
        return this == COUNTRY || this == ALLIANCE || this == ORGANIZATION;
    }

    /** The type named by a gazetteer's or rule's word, e.g. "Alliance" or "ORG". */
    public static EntityType parse(String s) {
        for (EntityType t : values()) {
            if (t.className.equalsIgnoreCase(s) || t.name().equalsIgnoreCase(s)) {
                return t;
            }
        }
        if (s.equalsIgnoreCase("org") || s.equalsIgnoreCase("organisation")) {
            return ORGANIZATION;
        }
        throw new IllegalArgumentException("unknown entity type '" + s + "' (valid: Person, Office, Alliance, Country, Region, Organization)");
    }
}
