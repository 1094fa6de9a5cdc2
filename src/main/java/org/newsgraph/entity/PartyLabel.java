package org.newsgraph.entity;

import java.util.List;
import java.util.function.Function;

import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * A party named by the short label that stands for its members: "Labour MP Anna Weber", "Anna Weber
 * (Labour)", "Ron Calder, a Republican,", "Democrat Anita Moreno", "a Conservative member of
 * parliament", "Labour's Tom Baker". The word (lexicon {@code party-label}, capitalised) is a party only in these places, and
 * only for a party the gazetteer knows, so that "a labour dispute", "Conservative commentators" or "a democrat at
 * heart" name none. The mention it
 * makes is flagged {@code label} (and {@code bracketed} inside brackets); it is never the sentence's subject.
 */
final class PartyLabel {

    private PartyLabel() {
    }

    /**
     * Adds a mention for each party label of the sentence that no mention covers yet. {@code knownParty} gives the
     * party the gazetteer lists under a name for this article, or null; {@code byName} a party the gazetteer lists
     * under that name for any country, read as written, which only an unmistakable label ("Labour MP", "(Labour)")
     * may name: a label right before a name ("the Conservative X") needs the article's party.
     */
    static void find(Sentence s, List<Mention> ms, Lexicon lexicon, Function<String, Entity> knownParty,
            Function<String, Entity> byName) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            Token w = t.get(i);
            if (w.isCapitalized() && s.quoteAt(i) == null && !Mentions.covers(ms, i)) {
                abbreviation(s, t, i, ms, lexicon, knownParty, byName);
            }
            if (!w.isCapitalized() || !lexicon.is("party-label", w) || s.quoteAt(i) != null || Mentions.covers(ms, i)) {
                continue;
            }
            boolean bracketed = i > 0 && t.get(i - 1).text().equals("(") && i + 1 < t.size()
                    && (t.get(i + 1).text().equals(")") || t.get(i + 1).text().equals(",")) && personEndsAt(ms, i - 2);
            boolean possessive = i + 2 < t.size() && t.get(i + 1).text().equals("'s") && nameAt(ms, i + 2);
            boolean label = bracketed || possessive || beforeMemberTitle(t, i, lexicon) || apposedNoun(t, i, ms);
            if (!label && !beforeName(t, i, ms)) {
                continue;
            }
            Entity party = party(w.text(), knownParty);
            if (party == null && label) {
                party = byName.apply(w.text() + " Party"); // "Labour MP X" in a story that names no country
            }
            if (party == null) {
                continue;
            }
            Mention m = new Mention(s, i, possessive ? i + 2 : i + 1, EntityType.ORGANIZATION, Mention.Form.NAME);
            if (possessive) {
                m.flag("poss"); // "Labour's Tom Baker"
            }
            m.resolve(party);
            m.flag("label");
            m.flag("party");
            if (bracketed) {
                m.flag("bracketed");
            }
            int at = 0;
            while (at < ms.size() && ms.get(at).start() < i) {
                at++;
            }
            ms.add(at, m);
        }
    }

    /**
     * "Ron Calder (R-Texas)", "Tom Baker (Lab, Bristol West)": a label's abbreviation (lexicon
     * {@code party-abbreviation-of-LABEL}) alone in brackets after a name, or before a dash or a comma there.
     */
    private static void abbreviation(Sentence s, List<Token> t, int i, List<Mention> ms, Lexicon lexicon,
            Function<String, Entity> knownParty, Function<String, Entity> byName) {
        if (i < 2 || i + 1 >= t.size() || !t.get(i - 1).text().equals("(") || !personEndsAt(ms, i - 2)) {
            return;
        }
        String next = t.get(i + 1).text();
        String abbreviation = t.get(i).text();
        int dash = abbreviation.indexOf('-');
        if (dash > 0) {
            abbreviation = abbreviation.substring(0, dash); // "R-Texas" may come as one token
        } else if (!next.equals(")") && !next.equals(",") && !next.equals("-")) {
            return;
        }
        for (String label : lexicon.words("party-label")) {
            if (!lexicon.is("party-abbreviation-of-" + label, abbreviation)) {
                continue;
            }
            String word = Character.toUpperCase(label.charAt(0)) + label.substring(1);
            Entity party = party(word, knownParty);
            if (party == null && abbreviation.length() >= 3) {
                party = byName.apply(word + " Party"); // "(Lab)"; a letter alone ("(R)") needs the article's party
            }
            if (party != null) {
                Mention m = new Mention(s, i, i + 1, EntityType.ORGANIZATION, Mention.Form.NAME);
                m.resolve(party);
                m.flag("label");
                m.flag("party");
                m.flag("bracketed");
                int at = 0;
                while (at < ms.size() && ms.get(at).start() < i) {
                    at++;
                }
                ms.add(at, m);
            }
            return;
        }
    }

    /** "Labour" + " Party", "Democrat" + "s" ("Democrats"), or the word itself ("Tory"): the first the gazetteer knows. */
    private static Entity party(String word, Function<String, Entity> knownParty) {
        for (String name : List.of(word + " Party", word + "s", word)) {
            Entity e = knownParty.apply(name);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** "Labour MP", "a Republican senator", "Republican senators", "a Labour member of parliament". */
    private static boolean beforeMemberTitle(List<Token> t, int i, Lexicon lexicon) {
        String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
        return i + 1 < t.size() && (lexicon.is("member-title", next)
                || next.endsWith("s") && lexicon.is("member-title", next.substring(0, next.length() - 1)) || t.get(i + 1).is("member")
                && (i + 2 >= t.size() || !t.get(i + 2).is("of") || i + 3 < t.size() && t.get(i + 3).is("parliament")));
    }

    /** ", a Republican,", ", also a Democrat who": a label as a noun set off after a person. */
    private static boolean apposedNoun(List<Token> t, int i, List<Mention> ms) {
        if (i + 1 >= t.size() || !(t.get(i + 1).text().equals(",") || t.get(i + 1).text().equals(".")
                || t.get(i + 1).is("who") || t.get(i + 1).is("and") || t.get(i + 1).text().equals(";"))) {
            return false;
        }
        int k = i - 1;
        if (k < 0 || !(t.get(k).is("a") || t.get(k).is("an"))) {
            return false;
        }
        k--;
        if (k >= 0 && (t.get(k).is("also") || t.get(k).is("himself") || t.get(k).is("herself") || t.get(k).is("fellow"))) {
            k--;
        }
        return k >= 1 && t.get(k).text().equals(",") && personEndsAt(ms, k - 1);
    }

    /** "Democrat Anita Moreno", "the Conservative Fiona Marsh": the label right before a name, at a phrase's start. */
    private static boolean beforeName(List<Token> t, int i, List<Mention> ms) {
        boolean opens = i == 0 || t.get(i - 1).is("the") || !t.get(i - 1).isCapitalized() && !t.get(i - 1).is("a")
                && !t.get(i - 1).is("an");
        if (!opens) {
            return false;
        }
        return nameAt(ms, i + 1);
    }

    /** A person named at token {@code k}, without a title. */
    private static boolean nameAt(List<Mention> ms, int k) {
        Mention m = Mentions.startingAt(ms, k);
        return m != null && m.type() == EntityType.PERSON && m.form() == Mention.Form.NAME && m.office() == null;
    }

    private static boolean personEndsAt(List<Mention> ms, int last) {
        for (Mention m : ms) {
            if (m.end() == last + 1 && m.type() == EntityType.PERSON) {
                return true;
            }
        }
        return false;
    }
}
