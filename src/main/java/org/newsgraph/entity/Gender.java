package org.newsgraph.entity;

/** Grammatical gender, as pronouns and honorifics show it. */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    public static Gender parse(String s) {
        return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "m", "male" -> MALE;
            case "f", "female" -> FEMALE;
            default -> UNKNOWN;
        };
    }

    /** Could a pronoun of gender {@code pronoun} refer to someone of this gender? */
    public boolean agrees(Gender pronoun) {
        return this == UNKNOWN || pronoun == UNKNOWN || this == pronoun;
    }
}
