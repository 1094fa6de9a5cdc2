package org.newsgraph.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.entity.Flags;
import org.newsgraph.text.Normalizer;

/**
 * One hand-written mapping rule: a pattern over a sentence's words and mentions, and what it states.
 * Written one a line in a predicate's rule file, under the example sentence it was written for:
 * <pre>
 * # Romania will back Mark Rutte.
 * back-verb: {AGENT:s} [will|would] @back {AGENT:o}
 * </pre>
 * Pattern syntax:
 * <ul>
 * <li>{@code word}, {@code a|b|c}: a word (case-insensitive); {@code @back}: any form of a verb
 *     (back, backs, backed, backing);</li>
 * <li>{@code {TYPE:var flag !flag}}: a mention of PERSON, OFFICE, COUNTRY, ALLIANCE, ORG, AGENT
 *     (person, country, alliance or organisation), POLITY (country, alliance or organisation), DATE or
 *     QUOTE, bound to {@code var}, that has (or lacks, with !) each flag: {@code former}, {@code current},
 *     {@code designate}, {@code titled}, {@code national}, {@code poss}, {@code subj}, {@code pronoun}, …;</li>
 * <li>{@code ( has been | was )}: one of several sequences; {@code [ … ]}: optional; {@code _{m,n}}: m to n words; {@code *{m,n}}: m to n words or mentions; {@code ~{m,n}}: the same in one
 *     clause (no "who", "whom", "whose" or "which");</li>
 * <li>{@code ^} and {@code $}: the start and the end of the sentence.</li>
 * </ul>
 * After {@code =>}: the subject and object, each a variable, a variable's attribute ({@code s.office},
 * {@code s.country}, {@code o.polity}, {@code o.head}, {@code c.seat}: a member's seat in a chamber; {@code s.office@c}:
 * s's title in the polity c), {@code race} (the office being contested in
 * the article), {@code speaker} (the person quoted in the sentence before, or shown about to answer: "She smiled.") or
 * {@code interviewee} (the person an interview in questions and answers is with, see {@link Interview}), then options {@code start=d}, {@code end=d} (dates of the office held). Without
 * {@code =>} the rule states {@code s o}.
 */
public final class Rule {

    sealed interface Node permits Word, Slot, Optional, Gap, Anchor, Choice {
    }

    /** {@code ( a b | c )}: one of several sequences. */
    record Choice(List<List<Node>> alternatives) implements Node {
    }

    /** {@code ^}: the start of the sentence; {@code $}: its end (a final full stop may follow). */
    record Anchor(boolean start) implements Node {
    }

    /** A word and its forms; {@code ids} numbers them ({@link WordIds}) for a fast test. */
    record Word(Set<String> forms, java.util.BitSet ids) implements Node {
        Word(Set<String> forms) {
            this(forms, WordIds.of(forms));
        }

        boolean matches(Element.WordEl w) {
            return w.id() >= 0 && ids.get(w.id());
        }
    }

    /**
     * {@code {KIND:var need !reject}}; the flags also as bits ({@link Flags}), and the kind as the bits of what
     * fills it ({@link #QUOTE_KIND}, {@link #DATE_KIND}, or one bit per entity type the kind accepts by its
     * ordinal), so that a slot is tested without comparing strings.
     */
    record Slot(String kind, String var, Set<String> need, Set<String> reject, long needBits, long rejectBits, int fills)
            implements Node {
        static final int QUOTE_KIND = 1 << 30;
        static final int DATE_KIND = 1 << 29;

        /** The flags must be {@link Flags}' (else an IllegalArgumentException naming the valid ones). */
        Slot(String kind, String var, Set<String> need, Set<String> reject) {
            this(kind, var, need, reject, Flags.bits(need), Flags.bits(reject), fills(kind));
        }

        private static int fills(String kind) {
            if (kind.equals("QUOTE")) {
                return QUOTE_KIND;
            }
            if (kind.equals("DATE")) {
                return DATE_KIND;
            }
            int bits = 0;
            for (org.newsgraph.entity.EntityType t : org.newsgraph.entity.EntityType.values()) {
                if (Matcher.kindAccepts(kind, t)) {
                    bits |= 1 << t.ordinal();
                }
            }
            return bits;
        }

        /** A mention of this type fills the slot, as far as the kind says. */
        boolean fills(org.newsgraph.entity.EntityType t) {
            return (fills & (1 << t.ordinal())) != 0;
        }
    }

    record Optional(List<Node> body) implements Node {
    }

    /**
     * {@code _{m,n}}: words only; {@code *{m,n}}: words or mentions; {@code ~{m,n}}: words or mentions that stay
     * in one clause, crossing no relative pronoun ("X, who voted no and called it …": what follows "who" is
     * the relative clause's, not X's).
     */
    record Gap(int min, int max, boolean wordsOnly, boolean sameClause) implements Node {
        Gap(int min, int max, boolean wordsOnly) {
            this(min, max, wordsOnly, false);
        }
    }

    /**
     * An output term: a variable and an attribute ("s", "s.office"), or "race". {@code s.office@c} is the
     * title of s's office in the polity bound to c, when s's title names none ("Italy is led by Prime
     * Minister X": Prime Minister of Italy).
     */
    record Term(String var, String attribute, String polityVar) {
        Term(String var, String attribute) {
            this(var, attribute, null);
        }

        static Term parse(String s) {
            int at = s.indexOf('@');
            String polity = at < 0 ? null : s.substring(at + 1);
            String rest = at < 0 ? s : s.substring(0, at);
            int dot = rest.indexOf('.');
            return dot < 0 ? new Term(rest, null, polity) : new Term(rest.substring(0, dot), rest.substring(dot + 1), polity);
        }
    }

    private static final Set<String> KINDS = Set.of("PERSON", "OFFICE", "COUNTRY", "ALLIANCE", "ORG", "AGENT",
            "POLITY", "DATE", "QUOTE");
    private static final Set<String> ATTRIBUTES = Set.of("office", "country", "polity", "head", "seat");

    private final Predicate predicate;
    private final String name;
    private final String file;
    private final int line;
    private final String example;
    private final String source;
    private final List<Node> nodes;
    private final Term subject;
    private final Term object;
    private final String startVar;
    private final String endVar;
    private final List<Set<String>> required = new ArrayList<>();
    private final Set<String> literalWords = new HashSet<>();
    /** What the pattern's first element may be (see {@link #mayStartAt}). */
    private final java.util.BitSet firstWords = new java.util.BitSet();
    private boolean firstMention;
    private boolean firstQuote;
    private boolean firstAny;
    private boolean atSentenceStart;
    /** See {@link #startsAtMentionsOnly}, found once the pattern is read. */
    private boolean mentionsOnly;

    /**
     * A rule that infers a fact from other facts of the same article rather than matching words (see
     * {@link RelationExtractor}); it has no pattern, and its example is tested like any rule's.
     */
    static Rule inference(Predicate predicate, String name, String example, String description) {
        return new Rule(predicate, name, example, description);
    }

    private Rule(Predicate predicate, String name, String example, String description) {
        this.predicate = predicate;
        this.name = name;
        this.file = "(inference)";
        this.line = 0;
        this.example = example;
        this.source = description;
        this.nodes = List.of();
        this.subject = new Term("s", null);
        this.object = new Term("o", null);
        this.startVar = null;
        this.endVar = null;
    }

    Rule(Predicate predicate, String name, String file, int line, String example, String source) {
        this.predicate = predicate;
        this.name = name;
        this.file = file;
        this.line = line;
        this.example = example;
        this.source = source;
        String pattern = source;
        String out = "s o";
        int arrow = source.indexOf("=>");
        if (arrow >= 0) {
            pattern = source.substring(0, arrow);
            out = source.substring(arrow + 2);
        }
        this.nodes = new Parser(lex(pattern)).sequence(false);
        if (nodes.isEmpty()) {
            throw error("empty pattern");
        }
        String[] outs = out.strip().split("\\s+");
        if (outs.length < 2) {
            throw error("after => give a subject and an object");
        }
        this.subject = Term.parse(outs[0]);
        this.object = Term.parse(outs[1]);
        String start = null;
        String end = null;
        for (int i = 2; i < outs.length; i++) {
            if (outs[i].startsWith("start=")) {
                start = outs[i].substring(6);
            } else if (outs[i].startsWith("end=")) {
                end = outs[i].substring(4);
            } else {
                throw error("unknown option '" + outs[i] + "' (valid: start=VAR, end=VAR)");
            }
        }
        this.startVar = start;
        this.endVar = end;
        Set<String> vars = new HashSet<>();
        collect(nodes, vars, true);
        atSentenceStart = nodes.get(0) instanceof Anchor a && a.start();
        if (first(nodes)) {
            firstAny = true;
        }
        mentionsOnly = !atSentenceStart && !firstAny && firstWords.isEmpty() && (firstMention || firstQuote);
        for (Term t : List.of(subject, object)) {
            if (!t.var().equals("race") && !t.var().equals("speaker") && !t.var().equals("interviewee") && !vars.contains(t.var())) {
                throw error("output '" + t.var() + "' is not a variable of the pattern");
            }
            if (t.attribute() != null && !ATTRIBUTES.contains(t.attribute())) {
                throw error("unknown attribute '." + t.attribute() + "' (valid: " + String.join(", ", ATTRIBUTES) + ")");
            }
            if (t.polityVar() != null && (!"office".equals(t.attribute()) || !vars.contains(t.polityVar()))) {
                throw error("'@" + t.polityVar() + "' needs the attribute .office and a variable of the pattern");
            }
        }
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(file + ":" + line + ": " + message);
    }

    private void collect(List<Node> ns, Set<String> vars, boolean mandatory) {
        for (Node n : ns) {
            if (n instanceof Slot s && s.var() != null) {
                vars.add(s.var());
            } else if (n instanceof Word w) {
                literalWords.addAll(w.forms());
                if (mandatory) {
                    required.add(w.forms());
                }
            } else if (n instanceof Optional o) {
                collect(o.body(), vars, false);
            } else if (n instanceof Choice c) {
                Set<String> firstWords = new HashSet<>();
                for (List<Node> alt : c.alternatives()) {
                    collect(alt, vars, false);
                    Set<String> w = firstRequired(alt);
                    if (w == null) {
                        firstWords = null;
                    } else if (firstWords != null) {
                        firstWords.addAll(w);
                    }
                }
                if (mandatory && firstWords != null) {
                    required.add(Set.copyOf(firstWords)); // "( was | had been )": "was" or "had" is in the sentence
                }
            }
        }
    }

    /** The forms of the first word a sequence cannot match without, or null if there is none. */
    private static Set<String> firstRequired(List<Node> ns) {
        for (Node n : ns) {
            if (n instanceof Word w) {
                return w.forms();
            }
        }
        return null;
    }

    /**
     * Adds what the first element of a match of the sequence may be to the start test; true if the
     * sequence may match no element at all. A pattern's first part is never preceded by a skipped adverb
     * or date (they are skipped only after the first part), so its first element is one of: a word the
     * pattern names first, a mention (a slot, or the possessive a person slot skips), a quotation.
     */
    private boolean first(List<Node> ns) {
        for (Node n : ns) {
            if (n instanceof Word w) {
                firstWords.or(w.ids());
                return false;
            } else if (n instanceof Slot s) {
                if (s.kind().equals("QUOTE")) {
                    firstQuote = true;
                } else {
                    firstMention = true;
                }
                return false;
            } else if (n instanceof Gap) {
                firstAny = true;
                return false;
            } else if (n instanceof Anchor a) {
                if (!a.start()) {
                    firstAny = true; // the closing words before the end, or none
                    return false;
                }
            } else if (n instanceof Optional o) {
                first(o.body());
            } else if (n instanceof Choice c) {
                boolean empty = false;
                for (List<Node> alt : c.alternatives()) {
                    empty |= first(alt);
                }
                if (!empty) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether a match may start at element {@code pos}: a test of its first element only, which rules
     * out most positions before the backtracking matcher is tried. Never false where a match starts.
     */
    /** Can a match start only at a mention or a quotation, never at a word (its first part is a slot)? */
    boolean startsAtMentionsOnly() {
        return mentionsOnly;
    }

    boolean mayStartAt(List<Element> elements, int pos) {
        if (atSentenceStart && pos != 0) {
            return false;
        }
        if (firstAny) {
            return true;
        }
        Element e = elements.get(pos);
        if (e instanceof Element.WordEl w) {
            return w.id() >= 0 && firstWords.get(w.id());
        }
        return e instanceof Element.MentionEl ? firstMention : firstQuote;
    }

    // ------------------------------------------------------------------ accessors

    public Predicate predicate() {
        return predicate;
    }

    /** The rule's name within its file, e.g. "back-verb". */
    public String name() {
        return name;
    }

    /** "predicate/name", e.g. "supports/back-verb": unique across a rule set. */
    public String id() {
        return predicate.localName() + "/" + name;
    }

    /** The file the rule comes from, e.g. "supports.rules". */
    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The example sentence written above the rule, which the rule must read. */
    public String example() {
        return example;
    }

    public String source() {
        return source;
    }

    /** The kind of the slot that binds {@code var} (PERSON, AGENT, …), or null. */
    String kindOf(String var) {
        return kindOf(nodes, var);
    }

    private static String kindOf(List<Node> ns, String var) {
        for (Node n : ns) {
            String k = null;
            if (n instanceof Slot s && var.equals(s.var())) {
                k = s.kind();
            } else if (n instanceof Optional o) {
                k = kindOf(o.body(), var);
            } else if (n instanceof Choice c) {
                for (List<Node> a : c.alternatives()) {
                    k = k != null ? k : kindOf(a, var);
                }
            }
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    List<Node> nodes() {
        return nodes;
    }

    Term subject() {
        return subject;
    }

    Term object() {
        return object;
    }

    String startVar() {
        return startVar;
    }

    String endVar() {
        return endVar;
    }

    /** Word sets of which the sentence must hold one each, for the rule to have a chance. */
    List<Set<String>> required() {
        return required;
    }

    /** Words the pattern names: a negation the rule asks for is not a reason to drop its match. */
    boolean namesWord(String folded) {
        return literalWords.contains(folded);
    }

    @Override
    public String toString() {
        return id();
    }

    // ------------------------------------------------------------------ parsing

    static List<String> lex(String pattern) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '[' || c == ']' || c == '(' || c == ')') {
                out.add(String.valueOf(c));
                i++;
            } else if (c == '{' || ((c == '_' || c == '*' || c == '~') && i + 1 < pattern.length() && pattern.charAt(i + 1) == '{')) {
                int close = pattern.indexOf('}', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed { in: " + pattern);
                }
                out.add(pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                int j = i;
                while (j < pattern.length() && !Character.isWhitespace(pattern.charAt(j))
                        && pattern.charAt(j) != '[' && pattern.charAt(j) != ']' && pattern.charAt(j) != '(' && pattern.charAt(j) != ')') {
                    j++;
                }
                out.add(pattern.substring(i, j));
                i = j;
            }
        }
        return out;
    }

    private final class Parser {
        private final List<String> tokens;
        private int pos;

        Parser(List<String> tokens) {
            this.tokens = tokens;
        }

        List<Node> sequence(boolean inOptional) {
            List<Node> out = new ArrayList<>();
            while (pos < tokens.size()) {
                String t = tokens.get(pos++);
                if (t.equals("]")) {
                    if (!inOptional) {
                        throw error("unbalanced ]");
                    }
                    return out;
                }
                if (t.equals(")") || t.equals("|")) {
                    throw error("'" + t + "' outside ( … )");
                }
                out.add(t.equals("[") ? new Optional(sequence(true)) : t.equals("(") ? choice() : node(t));
            }
            if (inOptional) {
                throw error("unclosed [");
            }
            return out;
        }

        private Node choice() {
            List<List<Node>> alternatives = new ArrayList<>();
            List<Node> current = new ArrayList<>();
            while (pos < tokens.size()) {
                String t = tokens.get(pos++);
                if (t.equals(")") || t.equals("|")) {
                    if (current.isEmpty()) {
                        throw error("empty alternative in ( … )");
                    }
                    alternatives.add(current);
                    current = new ArrayList<>();
                    if (t.equals(")")) {
                        return new Choice(alternatives);
                    }
                } else if (t.equals("[")) {
                    current.add(new Optional(sequence(true)));
                } else if (t.equals("(")) {
                    current.add(choice());
                } else if (t.equals("]")) {
                    throw error("unbalanced ] in ( … )");
                } else {
                    current.add(node(t));
                }
            }
            throw error("unclosed (");
        }

        private Node node(String t) {
            if (t.startsWith("_{") || t.startsWith("*{") || t.startsWith("~{")) {
                String[] mm = t.substring(2, t.length() - 1).split(",");
                try {
                    int min = Integer.parseInt(mm[0].strip());
                    int max = Integer.parseInt(mm[mm.length - 1].strip());
                    if (min < 0 || max < min || max > 40) {
                        throw error("bad gap " + t);
                    }
                    return new Gap(min, max, t.charAt(0) == '_', t.charAt(0) == '~');
                } catch (NumberFormatException e) {
                    throw error("bad gap " + t);
                }
            }
            if (t.equals("_")) {
                return new Gap(1, 1, true);
            }
            if (t.equals("^") || t.equals("$")) {
                return new Anchor(t.equals("^"));
            }
            if (t.startsWith("{")) {
                String[] parts = t.substring(1, t.length() - 1).strip().split("\\s+");
                String[] kv = parts[0].split(":", 2);
                String kind = kv[0].toUpperCase(Locale.ROOT);
                if (!KINDS.contains(kind)) {
                    throw error("unknown slot type " + kv[0] + " (valid: " + String.join(", ", KINDS) + ")");
                }
                Set<String> need = new LinkedHashSet<>();
                Set<String> reject = new LinkedHashSet<>();
                for (int i = 1; i < parts.length; i++) {
                    if (parts[i].startsWith("!")) {
                        reject.add(parts[i].substring(1));
                    } else {
                        need.add(parts[i]);
                    }
                }
                try {
                    // interned: the matcher compares them with literals ("QUOTE", "s") and enum names, found equal at once
                    return new Slot(kind.intern(), kv.length > 1 ? kv[1].intern() : null, need, reject);
                } catch (IllegalArgumentException e) {
                    throw error(e.getMessage());
                }
            }
            Set<String> forms = new LinkedHashSet<>();
            for (String alt : t.split("\\|")) {
                if (alt.isEmpty()) {
                    throw error("empty alternative in " + t);
                }
                if (alt.startsWith("@")) {
                    forms.addAll(Inflection.verbForms(alt.substring(1)));
                } else {
                    forms.add(Normalizer.fold(alt));
                }
            }
            // the tokenizer keeps "front-runner" whole or splits it at its hyphen: a hyphenated word matches both ways
            List<List<Node>> split = new ArrayList<>();
            for (String f : forms) {
                String[] parts = f.split("-", -1);
                if (parts.length > 1 && java.util.Arrays.stream(parts).noneMatch(String::isEmpty)) {
                    List<Node> seq = new ArrayList<>();
                    for (int i = 0; i < parts.length; i++) {
                        if (i > 0) {
                            seq.add(new Word(Set.of("-")));
                        }
                        seq.add(new Word(Set.of(parts[i])));
                    }
                    split.add(seq);
                }
            }
            if (!split.isEmpty()) {
                List<List<Node>> alternatives = new ArrayList<>();
                alternatives.add(List.of(new Word(forms)));
                alternatives.addAll(split);
                return new Choice(alternatives);
            }
            return new Word(forms);
        }
    }
}
