package org.newsgraph.entity;

import java.util.List;
import java.util.Set;

import org.newsgraph.text.Sentence;

/**
 * A span of tokens of one sentence that names, describes or points to an entity (or gives a date).
 * Offices carry their title, polity and tense ("former", "next"); persons carry the title and the
 * nationality written before them ("Norway's former prime minister Jens Stoltenberg"). Flags are the
 * words that rule slots test, e.g. {@code former}, {@code national}, {@code pronoun}, {@code subj}.
 */
public final class Mention {

    /** How the mention names its entity. */
    public enum Form { NAME, SURNAME, DEMONYM, CAPITAL, PRONOUN, DESCRIPTION, NOMINAL, TITLE, DATE }

    /** Each form's flag ("name", "pronoun", …). */
    private static final long[] FORM_FLAGS = java.util.Arrays.stream(Form.values())
            .mapToLong(f -> Flags.bit(f.name().toLowerCase(java.util.Locale.ROOT))).toArray();

    /** Office tense at publication time. */
    public enum Status { CURRENT, FORMER, DESIGNATE }

    /** Each status's flag ("current", "former", "designate"). */
    private static final long[] STATUS_FLAGS = java.util.Arrays.stream(Status.values())
            .mapToLong(st -> Flags.bit(st.name().toLowerCase(java.util.Locale.ROOT))).toArray();

    private final Sentence sentence;
    private int start;
    private int end;
    private final EntityType type;
    private final Form form;
    private Entity entity;
    /** The mention's flags ("poss", "pronoun", …), one bit each ({@link Flags}): the rules test them at every slot. */
    private long flags;

    // persons
    private Mention office;
    private Entity country;
    private Gender gender = Gender.UNKNOWN;
    private String surname;

    // offices
    private OfficeTitle title;
    private Entity polity;
    private Status status = Status.CURRENT;

    // dates
    private TemporalValue date;

    // "they" for a list named before: the list's other members, at the same place
    private List<Mention> companions = List.of();

    public Mention(Sentence sentence, int start, int end, EntityType type, Form form) {
        this.sentence = sentence;
        this.start = start;
        this.end = end;
        this.type = type;
        this.form = form;
        flags = FORM_FLAGS[form.ordinal()];
    }

    /** For "they" standing for "A and B" of the sentence before (resolved to A): B's mention at the same place. */
    public List<Mention> companions() {
        return companions;
    }

    void addCompanion(Mention m) {
        if (companions.isEmpty()) {
            companions = new java.util.ArrayList<>();
        }
        companions.add(m);
    }

    public Sentence sentence() {
        return sentence;
    }

    /** First token. */
    public int start() {
        return start;
    }

    /** One past the last token. */
    public int end() {
        return end;
    }

    void extend(int newStart, int newEnd) {
        start = Math.min(start, newStart);
        end = Math.max(end, newEnd);
    }

    /** The entity type, or null for a date. */
    public EntityType type() {
        return type;
    }

    public Form form() {
        return form;
    }

    /** The entity this mention stands for, once resolved; null if it could not be resolved. */
    public Entity entity() {
        return entity;
    }

    public void resolve(Entity e) {
        this.entity = e;
    }

    /** The flags' names, sorted (a copy). */
    public Set<String> flags() {
        return Flags.names(flags);
    }

    /** The flags, one bit each ({@link Flags#bit}). */
    public long flagBits() {
        return flags;
    }

    /** Sets a flag, one of {@link Flags}; an unknown flag is an IllegalArgumentException. */
    public void flag(String f) {
        flags |= Flags.bit(f);
    }

    /** Whether the mention has the flag, one of {@link Flags}; an unknown flag is an IllegalArgumentException. */
    public boolean has(String f) {
        return (flags & Flags.bit(f)) != 0;
    }

    /** The text of the mention as written in the article. */
    public String text() {
        if (start >= end) {
            return "";
        }
        int s = sentence.tokens().get(start).start() - sentence.start();
        int e = sentence.tokens().get(end - 1).end() - sentence.start();
        return sentence.text().substring(s, e);
    }

    // ---------------------------------------------------------------- persons

    /** For a person: the office mention written with the name ("Dutch prime minister"), or null. */
    public Mention office() {
        return office;
    }

    void attachOffice(Mention o) {
        this.office = o;
        flag("titled");
        flags |= STATUS_FLAGS[o.status.ordinal()];
        if (o.country() != null && country == null) {
            setCountry(o.country());
        }
    }

    /** For a person: the country a demonym or possessive before it names ("Dutch …", "Norway's …"). */
    public Entity country() {
        return country;
    }

    void setCountry(Entity c) {
        this.country = c;
        flag("national");
    }

    public Gender gender() {
        return gender;
    }

    void setGender(Gender g) {
        this.gender = g;
    }

    /** For a surname mention: the folded surname. */
    public String surname() {
        return surname;
    }

    void setSurname(String s) {
        this.surname = s;
    }

    // ---------------------------------------------------------------- offices

    public OfficeTitle title() {
        return title;
    }

    public Entity polity() {
        return polity;
    }

    public Status status() {
        return status;
    }

    void setOffice(OfficeTitle t, Entity polity, Status status) {
        this.title = t;
        this.polity = polity;
        this.status = status;
        flags |= STATUS_FLAGS[status.ordinal()];
        if (polity != null) {
            flag("polity");
        }
    }

    // ---------------------------------------------------------------- dates

    public TemporalValue date() {
        return date;
    }

    void setDate(TemporalValue d) {
        this.date = d;
    }

    @Override
    public String toString() {
        return (type == null ? "DATE" : type.name()) + "[" + text() + "]" + (entity == null ? "" : "=" + entity.name()) + flags();
    }
}
