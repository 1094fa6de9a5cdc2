package org.newsgraph.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsgraph.entity.EntityType;
import org.newsgraph.relation.Element.MentionEl;
import org.newsgraph.relation.Element.WordEl;

/**
 * Mentions coordinated with another in a list: "the United States and Japan", "Poland, Finland and
 * Sweden". A list after a mention must end the clause (a punctuation mark, a preposition or the end),
 * so that "backed Vidal and Japan opposed her" lists nobody; a list before a mention must start the
 * sentence or a clause. A list of commas may end open: "Russia, Kazakhstan and other producers".
 */
final class Coordination {

    private static final Set<String> REPEATED_PREPOSITION = Set.of("by", "from", "of", "to", "with");
    private static final Set<String> APPOSITION_START = Set.of("a", "an");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final int APPOSITION_MAX = 12;
    private static final int SEMICOLON_APPOSITION_MAX = 24;
    private static final Set<String> LIST_OPENERS = Set.of(":", "are", "were", "include", "included", "includes", "including");
    private static final int DESCRIPTION_MAX = 6;
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "as well as");
    private static final Set<String> LIST_END = Set.of(".", ",", ";", ":", ")", "\"", "in", "on", "at", "for", "to", "as",
            "after", "before", "since", "during", "over", "with", "by", "from", "last", "this", "earlier", "later", "who",
            "which", "whose", "when", "while", "under", "until", "following", "amid", "next");
    private static final Set<String> OPEN_END = Set.of("other", "others");
    private static final Set<String> CLAUSE_START = Set.of(",", ";", ":", "-", "–", "—", "that", "while", "but", "as", "when", "after",
            "before", "since", "because", "although", "though", "and");

    private Coordination() {
    }

    /** Mentions listed after element {@code at}: ", B, C and D". */
    static List<Element> after(List<Element> els, int at) {
        return after(els, at, w -> false, w -> false);
    }

    /**
     * Mentions listed after element {@code at}, where a person may come with words that describe them
     * ("Sidhu, Quebec union leader Gagnon and Toronto MP Reid"): capitalised words, the names of places
     * and bodies, and the words {@code describes} accepts ("economist", "former"). A list after a plural noun
     * that {@code introduces} accepts ("members A, B and C") is a noun phrase: its verb may follow it.
     */
    static List<Element> after(List<Element> els, int at, java.util.function.Predicate<String> describes,
            java.util.function.Predicate<String> introduces) {
        List<Element> out = new ArrayList<>();
        boolean lastWasAnd = false;
        int i = at + 1;
        while (i + 1 < els.size()) {
            i = afterApposition(els, at, i);
            String w = word(els.get(i));
            if (w == null) {
                break;
            }
            boolean and = in(CONJUNCTIONS, w);
            boolean comma = w.equals(",") || w.equals(";"); // "A, a judge; B, a prosecutor; and C"
            int next = i + 1;
            if (comma && next < els.size() && in(CONJUNCTIONS, word(els.get(next)))) {
                and = true;
                next++;
            }
            if (and && next < els.size() && in(REPEATED_PREPOSITION, word(els.get(next)))
                    && at > 0 && word(els.get(at - 1)) != null && word(els.get(at - 1)).equals(word(els.get(next)))) {
                next++; // "endorsed by the union and by Audrey Mercier"
            }
            if ((and || comma) && next < els.size()) {
                next = afterDescription(els, at, next, describes);
            }
            if ((and || comma) && next + 1 < els.size() && "the".equals(word(els.get(next))) && !isPerson(els.get(at))
                    && sameKind(els.get(at), els.get(next + 1))) {
                next++; // "the Democratic Alliance, the Inkatha Freedom Party and the Freedom Front Plus"
            }
            if (!(and || comma) || next >= els.size() || !sameKind(els.get(at), els.get(next))) {
                break;
            }
            out.add(els.get(next));
            i = next + 1;
            if (and) {
                lastWasAnd = true;
                break;
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        if (openEnded(els, i)) {
            return out; // "Russia, Kazakhstan and other producers"
        }
        // a list ends its clause, else the last "and" joined two clauses; examples inside a noun phrase may be
        // followed by its verb ("members such as Poland and Hungary disagreed")
        String end = i < els.size() ? word(els.get(i)) : ".";
        if (",".equals(end) && i + 1 < els.size() && els.get(i - 1) instanceof MentionEl last && last.mention().has("apposed")) {
            end = word(els.get(i + 1)); // the comma closes the last one's apposition: "and Brazil's minister, X, called her"
        }
        if (!lastWasAnd || !examples(els, at, introduces) && ((end != null && !in(LIST_END, end)) || (end == null && i < els.size()))) {
            return List.of();
        }
        return out;
    }

    /**
     * The closing comma of an apposition that starts at the comma {@code i} and is followed by a
     * conjunction: "Ferreira, a former deputy governor of the central bank, and Owusu" lists both. The
     * apposition starts with "a" or "an" and names nobody of the listed kind; else {@code i} itself.
     */
    private static int afterApposition(List<Element> els, int at, int i) {
        int semicolon = semicolonAfterApposition(els, at, i);
        if (semicolon > i) {
            return semicolon;
        }
        if (!",".equals(word(els.get(i))) || i + 1 >= els.size() || !in(APPOSITION_START, word(els.get(i + 1)))) {
            return i;
        }
        for (int j = i + 2; j < els.size() - 2 && j <= i + APPOSITION_MAX; j++) {
            if (sameKind(els.get(at), els.get(j)) || els.get(j) instanceof Element.QuoteEl) {
                return i;
            }
            if (",".equals(word(els.get(j)))) {
                return in(CONJUNCTIONS, word(els.get(j + 1))) ? j : i;
            }
        }
        return i;
    }

    /**
     * The semicolon that closes an apposition starting at the comma {@code i}, in a list whose items are set off by
     * semicolons: "Okonkwo, a former judge; de Villepreux, who served as France's prosecutor; and Kim". The next item
     * must follow the semicolon (after "and"); else {@code i}.
     */
    private static int semicolonAfterApposition(List<Element> els, int at, int i) {
        if (!",".equals(word(els.get(i))) || at < 1 || !in(LIST_OPENERS, word(els.get(at - 1)))) {
            return i; // only a list that a colon or a verb opens, read from its first item
        }
        for (int j = i + 1; j < els.size() - 1 && j <= i + SEMICOLON_APPOSITION_MAX; j++) {
            if (sameType(els.get(at), els.get(j)) || els.get(j) instanceof Element.QuoteEl) {
                return i;
            }
            if (";".equals(word(els.get(j)))) {
                int next = in(CONJUNCTIONS, word(els.get(j + 1))) ? j + 2 : j + 1;
                return next < els.size() && sameKind(els.get(at), els.get(next)) ? j : i;
            }
        }
        return i;
    }

    /**
     * The person after up to {@value #DESCRIPTION_MAX} words or mentions that describe them, from
     * {@code from}; else {@code from} itself. Only for lists of persons.
     */
    private static int afterDescription(List<Element> els, int at, int from, java.util.function.Predicate<String> describes) {
        if (!isPerson(els.get(at)) || isPerson(els.get(from))) {
            return from;
        }
        for (int k = from; k < els.size() && k < from + DESCRIPTION_MAX; k++) {
            Element e = els.get(k);
            if (isPerson(e)) {
                return k > from && sameKind(els.get(at), e) ? k : from;
            }
            boolean describing = e instanceof MentionEl m ? m.mention().type() == EntityType.COUNTRY
                    || m.mention().type() == EntityType.ORGANIZATION
                    : e instanceof WordEl w && (describes.test(w.folded()) || capitalised(w)
                            || k == from && ARTICLES.contains(w.folded()) // "and the businessman X"
                            || hyphenated(els, k)); // "Slovak-born"
            if (!describing) {
                return from;
            }
        }
        return from;
    }

    /** A part of a hyphenated compound that describes someone ("Slovak-born", split "Slovak-" "born"). */
    private static boolean hyphenated(List<Element> els, int k) {
        String w = word(els.get(k));
        String before = k > 0 ? word(els.get(k - 1)) : null;
        return w != null && (w.endsWith("-") || before != null && before.endsWith("-"));
    }

    private static boolean isPerson(Element e) {
        return e instanceof MentionEl m && m.mention().type() == EntityType.PERSON;
    }

    private static boolean capitalised(WordEl w) {
        String text = w.token().text();
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && !CONJUNCTIONS.contains(w.folded());
    }

    /** The mention at {@code at} opens a list of examples or names a plural noun: "such as A and B", "members A and B". */
    private static boolean examples(List<Element> els, int at, java.util.function.Predicate<String> introduces) {
        String w = at > 0 ? word(els.get(at - 1)) : null;
        return "including".equals(w) || "as".equals(w) && at > 1 && "such".equals(word(els.get(at - 2)))
                || w != null && introduces.test(w);
    }

    /** Mentions listed before element {@code at}: "B, C and" A. */
    static List<Element> before(List<Element> els, int at) {
        List<Element> out = new ArrayList<>();
        int i = at - 1;
        if (i < 1 || !in(CONJUNCTIONS, word(els.get(i)))) {
            return out;
        }
        int j = i - 1;
        boolean comma = j >= 0 && ",".equals(word(els.get(j)));
        if (comma) {
            j--;
        }
        while (j >= 0 && sameKind(els.get(at), els.get(j))) {
            out.add(els.get(j));
            if (j >= 2 && ",".equals(word(els.get(j - 1))) && sameKind(els.get(at), els.get(j - 2))) {
                j -= 2;
            } else {
                j--;
                break;
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        int first = els.indexOf(out.get(out.size() - 1));
        if (comma && first > 0 && in(CONJUNCTIONS, word(els.get(first - 1)))) {
            return List.of(); // "backed by Mexico and Panama, and Costa Rica, a member of …": a second "and" opens a clause
        }
        if (first == 0 || (first > 0 && in(CLAUSE_START, word(els.get(first - 1))) )) {
            return out;
        }
        return List.of();
    }

    private static boolean in(Set<String> set, String w) {
        return w != null && set.contains(w);
    }

    /** "and other …" at {@code i}: a list of commas left open, which ends it as "and" would. */
    private static boolean openEnded(List<Element> els, int i) {
        return i + 1 < els.size() && "and".equals(word(els.get(i))) && in(OPEN_END, word(els.get(i + 1)));
    }

    private static String word(Element e) {
        return e instanceof WordEl w ? w.folded() : null;
    }

    private static boolean sameType(Element a, Element b) {
        return a instanceof MentionEl x && b instanceof MentionEl y && x.mention().type() != null
                && x.mention().type() == y.mention().type();
    }

    private static boolean sameKind(Element a, Element b) {
        if (!(a instanceof MentionEl x) || !(b instanceof MentionEl y) || x.mention().type() == null || y.mention().type() == null
                || y.mention().entity() == null || y.mention().has("quoted")) {
            return false;
        }
        EntityType s = x.mention().type();
        EntityType t = y.mention().type();
        return s == t || (s.isAgent() && t.isAgent());
    }
}
