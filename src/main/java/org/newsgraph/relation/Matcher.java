package org.newsgraph.relation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Flags;
import org.newsgraph.entity.Mention;
import org.newsgraph.relation.Element.MentionEl;
import org.newsgraph.relation.Element.QuoteEl;
import org.newsgraph.relation.Element.WordEl;
import org.newsgraph.relation.Rule.Anchor;
import org.newsgraph.relation.Rule.Choice;
import org.newsgraph.relation.Rule.Gap;
import org.newsgraph.relation.Rule.Node;
import org.newsgraph.relation.Rule.Optional;
import org.newsgraph.relation.Rule.Slot;
import org.newsgraph.relation.Rule.Word;

/**
 * Matches one rule's pattern against a sentence's elements, by backtracking: optional parts are tried
 * first with, then without; gaps shortest first.
 */
final class Matcher {

    private static final long DEMONYM = Flags.bit("demonym");
    private static final long OBJECT = Flags.bit("object");
    private static final long POSS = Flags.bit("poss");
    private static final long LABEL = Flags.bit("label");

    /** One match: the elements bound to the pattern's variables and the span of elements matched. */
    record Match(Map<String, Element> bindings, int from, int to) {
    }

    private interface Continuation {
        int apply(int position);
    }

    private final List<Element> elements;
    /**
     * Adverbs and floating quantifiers (lexicon {@code transparent-adverb}) that may stand between any two parts of
     * a pattern without changing what it states: "Spain and Italy have all backed X", "endorsed by both Germany
     * and France", "Romania formally backed X". No negation, hedge or tense word is among them.
     */
    private final boolean[] transparent;
    /** Words that make a date after "on", "in" or "last": "on Monday", "last week" (lexicon {@code weekday}, {@code date-noun}). */
    private final boolean[] dayWord;
    /** "on", "in", "last": words that may open a date ({@link #skipsDate}). */
    private final boolean[] dateOpener;
    private final Map<String, Element> bindings = new HashMap<>();
    private int start;
    /** For each element, the first element from it on that is no word (a mention or a quotation); the size if none. */
    private final int[] nextNonWord;
    /** {@link #parentheticalEnds} by position, found once per sentence: many attempts ask at the same subject. */
    private final List<Integer>[] parentheticals;

    Matcher(List<Element> elements, org.newsgraph.entity.Lexicon lexicon) {
        this.elements = elements;
        this.transparent = new boolean[elements.size()];
        this.dayWord = new boolean[elements.size()];
        this.dateOpener = new boolean[elements.size()];
        @SuppressWarnings("unchecked")
        List<Integer>[] ends = new List[elements.size() + 1];
        this.parentheticals = ends;
        this.nextNonWord = new int[elements.size()];
        int next = elements.size();
        for (int i = elements.size() - 1; i >= 0; i--) {
            if (!(elements.get(i) instanceof WordEl)) {
                next = i;
            }
            nextNonWord[i] = next;
        }
        for (int i = 0; i < transparent.length; i++) {
            if (elements.get(i) instanceof WordEl w) {
                transparent[i] = lexicon.is("transparent-adverb", w.token());
                dayWord[i] = lexicon.is("weekday", w.token()) || lexicon.is("date-noun", w.token());
                dateOpener[i] = w.folded().equals("on") || w.folded().equals("in") || w.folded().equals("last");
            }
        }
    }

    /**
     * The first element from {@code from} on where a match of the rule may start: for a rule that opens with a slot, the
     * next mention or quotation (a sentence holds few), else {@code from} itself; past the end when none is left.
     */
    int nextStart(Rule rule, int from) {
        if (!rule.startsAtMentionsOnly()) {
            return from;
        }
        return from < nextNonWord.length ? nextNonWord[from] : elements.size();
    }

    /** The first match starting at element {@code from}, or null. */
    Match matchAt(Rule rule, int from) {
        // most attempts fail on the rule's first element: test it before anything else
        if (from >= elements.size() || !rule.mayStartAt(elements, from)) {
            return null;
        }
        if (!rule.nodes().isEmpty() && rule.nodes().get(0) instanceof Slot s && !accepts(s, elements.get(from)) && !skipsPossessor(s, from)) {
            return null; // a first slot the element does not fill (nothing is skipped before a pattern's first part)
        }
        return match(rule, from);
    }

    /** {@link #matchAt} without the test of the first element (which a test checks against this). */
    Match match(Rule rule, int from) {
        bindings.clear();
        start = from;
        int end = sequence(rule.nodes(), 0, from, p -> p);
        return end < 0 ? null : new Match(Map.copyOf(bindings), from, end);
    }

    private int sequence(List<Node> nodes, int i, int pos, Continuation k) {
        if (i == nodes.size()) {
            return k.apply(pos);
        }
        Node n = nodes.get(i);
        if (n instanceof Word w) {
            if (pos < elements.size() && elements.get(pos) instanceof WordEl we && w.matches(we)) {
                return sequence(nodes, i + 1, pos + 1, k);
            }
            if (afterGap(nodes, i)) {
                return -1;
            }
            return skipsAdverb(pos) ? sequence(nodes, i, pos + 1, k)
                    : skipsDate(pos) ? sequence(nodes, i, pos + 2, k) : -1;
        }
        if (n instanceof Slot s) {
            if (pos >= elements.size() || !accepts(s, elements.get(pos))) {
                if (skipsPossessor(s, pos)) {
                    return sequence(nodes, i, pos + 1, k); // "replacing the ANC's Sipho Dlamini"
                }
                return afterGap(nodes, i) ? -1 : skipsAdverb(pos) ? sequence(nodes, i, pos + 1, k)
                        : skipsDate(pos) ? sequence(nodes, i, pos + 2, k) : -1;
            }
            Element previous = s.var() == null ? null : bindings.put(s.var(), elements.get(pos));
            if (previous != null && previous != elements.get(pos)) {
                bindings.put(s.var(), previous);
                return -1;
            }
            int r = sequence(nodes, i + 1, pos + 1, k);
            if (r < 0 && isAgent(elements.get(pos))) {
                // what stands between a subject and its verb: "Doyle, 52, who had been treasurer, takes over"
                for (int after : parenthetical(pos + 1)) {
                    r = sequence(nodes, i + 1, after, k);
                    if (r >= 0) {
                        break;
                    }
                }
            }
            if (r < 0 && s.var() != null) {
                if (previous == null) {
                    bindings.remove(s.var());
                } else {
                    bindings.put(s.var(), previous);
                }
            }
            return r;
        }
        if (n instanceof Anchor a) {
            if (a.start()) {
                return pos == 0 ? sequence(nodes, i + 1, pos, k) : -1;
            }
            int end = pos;
            while (end < elements.size() && elements.get(end) instanceof WordEl w && isClosing(w.folded())) {
                end++;
            }
            return end == elements.size() ? sequence(nodes, i + 1, end, k) : -1;
        }
        if (n instanceof Choice c) {
            for (List<Node> alt : c.alternatives()) {
                int r = sequence(alt, 0, pos, p -> sequence(nodes, i + 1, p, k));
                if (r >= 0) {
                    return r;
                }
            }
            return -1;
        }
        if (n instanceof Optional o) {
            int r = sequence(o.body(), 0, pos, p -> sequence(nodes, i + 1, p, k));
            return r >= 0 ? r : sequence(nodes, i + 1, pos, k);
        }
        Gap g = (Gap) n;
        for (int len = 0; len <= g.max() && pos + len <= elements.size(); len++) {
            if (len > 0 && !gapAccepts(g, elements.get(pos + len - 1))) {
                return -1;
            }
            if (len >= g.min()) {
                int r = sequence(nodes, i + 1, pos + len, k);
                if (r >= 0) {
                    return r;
                }
            }
        }
        return -1;
    }

    /** A body's possessive right before a person, where a person is wanted: "the ANC's Sipho Dlamini". */
    private boolean skipsPossessor(Slot s, int pos) {
        return s.fills(EntityType.PERSON) && pos + 1 < elements.size()
                && elements.get(pos) instanceof MentionEl org && org.mention().type() == EntityType.ORGANIZATION
                && org.mention().has("poss") && elements.get(pos + 1) instanceof MentionEl person
                && person.mention().type() == EntityType.PERSON && person.mention().form() != Mention.Form.PRONOUN;
    }

    /** A gap's own words are its business: nothing is skipped right after one. */
    private static boolean afterGap(List<Node> nodes, int i) {
        return i > 0 && nodes.get(i - 1) instanceof Gap;
    }

    /** An adverb before a word or slot that did not match, after a pattern's first part (at most two in a row). */
    private boolean skipsAdverb(int pos) {
        return pos > start && pos < transparent.length && transparent[pos]
                && !(pos >= 2 && transparent[pos - 1] && transparent[pos - 2]);
    }

    /** "on Monday", "in March", "last week" before a word or slot that did not match, after a pattern's first part. */
    private boolean skipsDate(int pos) {
        return pos > start && pos + 2 < elements.size() && dateOpener[pos]
                && (elements.get(pos + 1) instanceof MentionEl me && me.mention().type() == null && me.mention().date() != null
                    || dayWord[pos + 1]);
    }

    private static boolean isAgent(Element e) {
        return e instanceof MentionEl me && me.mention().type() != null && me.mention().type().isAgent();
    }

    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("of", "by", "for", "to", "with", "from",
            "against", "at", "in", "on", "about", "behind", "between", "among", "under", "over", "than", "into", "via");

    /** The longest parenthesis after a subject that is skipped: "(Labour Party, Abia Central)". */
    private static final int PARENTHESIS_MAX = 12;

    /** One to three digits: an age after a name (", 52,"). */
    private static boolean isAge(String w) {
        if (w.isEmpty() || w.length() > 3) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) < '0' || w.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@link #parentheticalEnds}, found once per position of the sentence. */
    private List<Integer> parenthetical(int at) {
        List<Integer> ends = parentheticals[at];
        if (ends == null) {
            ends = List.copyOf(parentheticalEnds(at));
            parentheticals[at] = ends;
        }
        return ends;
    }

    /**
     * Where a parenthetical after element {@code at - 1} ends: ", 52," or ", who … ," (up to 16 elements,
     * closed by a comma), and just after an apposition the mention already holds (its closing comma).
     */
    private List<Integer> parentheticalEnds(int at) {
        List<Integer> out = new java.util.ArrayList<>();
        if (at < elements.size() && elements.get(at) instanceof WordEl paren && paren.folded().equals("(")) {
            // "Mark Dunmore (Con, Hertford and Stortford) accused", then perhaps ", herself a former minister,"
            for (int j = at + 1; j < elements.size() && j <= at + PARENTHESIS_MAX; j++) {
                if (elements.get(j) instanceof WordEl w && (w.folded().equals("(") || w.folded().equals("\""))) {
                    break;
                }
                if (elements.get(j) instanceof WordEl w && w.folded().equals(")")) {
                    out.add(j + 1);
                    if (at >= 2 && elements.get(at - 2) instanceof WordEl before && before.folded().equals(",")
                            && j + 1 < elements.size() && elements.get(j + 1) instanceof WordEl after && after.folded().equals(",")) {
                        out.add(j + 2); // "The chief whip, Mark Dunmore (Con, Hertford), accused": the apposition's closing comma
                    }
                    out.addAll(parentheticalEnds(j + 1));
                    break;
                }
            }
            return out;
        }
        if (at + 1 < elements.size() && elements.get(at) instanceof WordEl of && (of.folded().equals("of") || of.folded().equals("from"))
                && elements.get(at + 1) instanceof MentionEl body && body.mention().type() == org.newsgraph.entity.EntityType.ORGANIZATION
                && isAgent(elements.get(at - 1))) {
            out.add(at + 2); // "Senator Cristóbal Vial of the opposition Republican Party has accused"
            return out;
        }
        if (at >= elements.size() || !(elements.get(at) instanceof WordEl open) || !open.folded().equals(",")) {
            return out;
        }
        if (elements.get(at - 1) instanceof MentionEl me && me.mention().has("apposed")) {
            out.add(at + 1);
        }
        if (at >= 2 && elements.get(at - 2) instanceof WordEl before && before.folded().equals(",")) {
            out.add(at + 1); // the name is itself an apposition: "Its leader, Lukas Berger, lashed out"
        } else if (apposedList(at - 1)) {
            out.add(at + 1); // "Both MLAs, Nathan Doerksen and Colleen Vos, backed"
        }
        if (at + 1 < elements.size() && elements.get(at + 1) instanceof WordEl age && isAge(age.folded())) {
            out.add(at + 2); // ", 52" then what follows, which may itself be ", who ..."
            if (at + 2 < elements.size() && elements.get(at + 2) instanceof WordEl c && c.folded().equals(",")) {
                out.add(at + 3);
            }
        }
        // ", co-leader of the far-right AfD, which came second in the election," — one or two clauses, after a
        // person who is no prepositional object ("the leader of X, Y, said" is Y's, not X's), and not a name
        boolean person = elements.get(at - 1) instanceof MentionEl pm && pm.mention().type() != null && pm.mention().type().isAgent()
                || elements.get(at - 1) instanceof WordEl close && close.folded().equals(")"); // "X (Labour), herself a former …,"
        boolean governed = at >= 2 && elements.get(at - 2) instanceof WordEl g && PREPOSITIONS.contains(g.folded())
                || elements.get(at - 1) instanceof MentionEl gm && gm.mention().has("governed");
        boolean startsWithName = at + 1 < elements.size() && elements.get(at + 1) instanceof MentionEl nm
                && nm.mention().type() == org.newsgraph.entity.EntityType.PERSON
                && nm.mention().form() != Mention.Form.DESCRIPTION // "Rao, the 58-year-old economist who …, was named"
                && nm.mention().form() != Mention.Form.PRONOUN; // "Lanari, his counterpart in 1999, said"
        int from = at;
        for (int clause = 0; clause < 2 && from + 1 < elements.size() && person && !governed && !startsWithName; clause++) {
            int close = -1;
            for (int j = from + 2; j < elements.size() && j <= from + 16; j++) {
                if (elements.get(j) instanceof QuoteEl) {
                    break;
                }
                if (elements.get(j) instanceof WordEl w && w.folded().equals(",")) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                break;
            }
            out.add(close + 1);
            from = close;
        }
        return out;
    }

    /** The last name of a list set off by a comma before it: ", A, B and C" ending at {@code last}. */
    private boolean apposedList(int last) {
        int i = last;
        boolean and = false;
        while (i >= 2 && elements.get(i - 1) instanceof WordEl sep && (sep.folded().equals("and") || sep.folded().equals(","))
                && isAgent(elements.get(i - 2))) {
            and |= sep.folded().equals("and");
            i -= 2;
        }
        return and && i >= 1 && elements.get(i - 1) instanceof WordEl c && c.folded().equals(",");
    }

    private static boolean isClosing(String w) {
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals("\"") || w.equals(")");
    }

    private static final java.util.Set<String> RELATIVE_PRONOUNS = java.util.Set.of("who", "whom", "whose", "which");

    private static boolean gapAccepts(Gap g, Element e) {
        if (e instanceof QuoteEl) {
            return !g.wordsOnly(); // "slammed the reshuffle as “…” and accused"
        }
        if (e instanceof WordEl w) {
            // a run of words does not cross a "but" into another clause
            return !w.folded().equals(";") && !(g.wordsOnly() && w.folded().equals("but"))
                    && !(g.sameClause() && RELATIVE_PRONOUNS.contains(w.folded()));
        }
        // a pronoun is a word to a gap ("said his successor would …"); a name is not
        return !g.wordsOnly() || e instanceof MentionEl me && me.mention().form() == org.newsgraph.entity.Mention.Form.PRONOUN;
    }

    /** A mention of this type may fill a slot of this kind (PERSON, AGENT, POLITY, ORG, …). */
    static boolean kindAccepts(String kind, EntityType type) {
        return switch (kind) {
            case "AGENT" -> type.isAgent();
            case "POLITY" -> type.isPolity();
            case "ORG" -> type == EntityType.ORGANIZATION;
            default -> type.name().equals(kind);
        };
    }

    static boolean accepts(Slot s, Element e) {
        if ((s.fills() & Slot.QUOTE_KIND) != 0) {
            return e instanceof QuoteEl;
        }
        if (!(e instanceof MentionEl me)) {
            return false;
        }
        Mention m = me.mention();
        if (m.type() == null) {
            return (s.fills() & Slot.DATE_KIND) != 0 && m.date() != null;
        }
        if (!s.fills(m.type())) {
            return false; // a DATE slot fills with no entity type
        }
        // an office may lack its polity (then it states nothing); any other mention must be resolved
        if (m.entity() == null && m.type() != EntityType.OFFICE) {
            return false;
        }
        long flags = m.flagBits();
        // "Dutch" and "Hungarian" qualify things; they are not the country acting
        if (m.type() == EntityType.COUNTRY && m.form() == Mention.Form.DEMONYM && (s.needBits() & DEMONYM) == 0) {
            return false;
        }
        if ("s".equals(s.var())) {
            if ((flags & OBJECT) != 0) {
                return false; // "him", "them", "her" before a comma: never the one who acts
            }
            if ((flags & POSS) != 0 && (s.needBits() & POSS) == 0 && m.type() != EntityType.PERSON) {
                return false; // "The Conservatives' chief whip, X, accused her": the body owns the subject, it does not act
            }
            if ((flags & LABEL) != 0 && (s.needBits() & LABEL) == 0) {
                return false; // "X (Con, Hertford), accused her": a party label names no one who acts
            }
        }
        return (flags & s.needBits()) == s.needBits() && (flags & s.rejectBits()) == 0;
    }
}

