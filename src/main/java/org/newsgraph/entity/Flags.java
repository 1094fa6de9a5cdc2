package org.newsgraph.entity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The flags a mention can carry: the words a rule's slot tests ({@code {PERSON:s former !poss}}). Each flag
 * is one bit of a mention's flag set, so a slot tests all its flags at once. The list is closed: a rule
 * that names a flag not in it is an error when its file is read (a misspelt flag would otherwise never
 * match, silently).
 */
public final class Flags {

    /** Every flag, in a fixed order (a flag's bit is its place here). */
    private static final String[] NAMES = {
        // how the mention names its entity, one per Mention.Form
        "name", "surname", "demonym", "capital", "pronoun", "description", "nominal", "title", "date",
        // an office's tense at publication time, and a person's through the office written with the name
        "current", "former", "designate",
        "titled",        // a person with an office written with the name ("Dutch prime minister Mark Rutte")
        "national",      // a person or office whose country is written with it ("Norway's …", "Dutch …")
        "polity",        // an office whose polity is known
        "poss",          // a possessive ("Rutte's", "his")
        "object",        // "him", "her" as an object: never the one who acts
        "subj",          // the subject of its clause
        "plural",        // one of several ("X of A and Y of B both …"), or a plural pronoun
        "quoted",        // inside a quotation
        "apposed",       // an apposition's name ("The bank's governor, Efua Quaye, …")
        "governed",      // after a preposition ("X of the European Solidarity party")
        "party",         // a party, or an office of one
        "label",         // a party label after a name ("X (Con, Hertford)")
        "bracketed",     // in brackets
        "country-body",  // a body joined with the country's possessive before it ("Kenya's parliament")
        "legislative",   // a legislative seat ("the senator for Victoria")
        "inferred",      // an office whose polity was inferred, not written
        "range",         // a date range ("2012-2016"), dated by its end
        "member-titled", // a person with a member's title ("a Liberal Party senator")
        "member-title",  // a member's title, not a head's
    };

    private static final Map<String, Integer> INDEX = new HashMap<>();

    static {
        if (NAMES.length > Long.SIZE) {
            throw new ExceptionInInitializerError("more than 64 mention flags");
        }
        for (int i = 0; i < NAMES.length; i++) {
            if (INDEX.put(NAMES[i], i) != null) {
                throw new ExceptionInInitializerError("flag listed twice: " + NAMES[i]);
            }
        }
    }

    private Flags() {
    }

    /** The bit of a flag. */
    public static long bit(String name) {
        Integer i = INDEX.get(name);
        if (i == null) {
            throw new IllegalArgumentException("unknown flag '" + name + "' (valid: " + String.join(", ", all()) + ")");
        }
        return 1L << i;
    }

    /** The bits of these flags; 0 for none. */
    public static long bits(Collection<String> names) {
        long b = 0;
        for (String n : names) {
            b |= bit(n);
        }
        return b;
    }

    /** The names of the flags set in {@code bits}, sorted. */
    public static SortedSet<String> names(long bits) {
        SortedSet<String> out = new TreeSet<>();
        for (int i = 0; i < NAMES.length; i++) {
            if ((bits & (1L << i)) != 0) {
                out.add(NAMES[i]);
            }
        }
        return out;
    }

    /** Every flag, sorted. */
    public static SortedSet<String> all() {
        return names(-1L);
    }
}
