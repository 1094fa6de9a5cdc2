package org.newsgraph.entity;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * A nationality written before what a person does and their name: "Pakistani cricketer Ahmed Khan", "British
 * actor Peter Novak", "US citizen Peter Novak", and for a list "German officials A and B", or each in turn,
 * "Pakistani and Indian officials A and B", and set off after it, "Ahmed Khan, a Pakistani cricketer,".
 * The words between are the lexicon's {@code occupation-noun} and
 * {@code person-noun} (the one next to the name; plurals too), with {@code occupation-modifier} and
 * {@code person-noun-modifier} words before it. A country's name (not its demonym) counts only before "citizen"
 * or "national": "a Russia expert" is no Russian. The person gets the country as if written with a title
 * ({@link Mention#country()}), so the rules that read a nationality read it.
 */
final class Nationality {

    private static final int MAX_WORDS = 3;

    private Nationality() {
    }

    static void find(Sentence s, List<Mention> ms, Lexicon lexicon) {
        List<Token> t = s.tokens();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (!bare(m) || s.quoteAt(m.start()) != null) {
                continue;
            }
            Mention apposed = apposedCountry(t, ms, m, lexicon);
            if (apposed != null) {
                m.setCountry(apposed.entity()); // "Ahmed Khan, a Pakistani cricketer, retired"
                continue;
            }
            // "Ethiopian public health professor Dawit Bekele": the occupation read as part of the name
            int k = occupation(t.get(m.start()), lexicon) ? m.start() : m.start() - 1;
            if (k < 0 || !occupation(t.get(k), lexicon) && !(k == m.start() - 1 && leaning(t.get(k), lexicon))) {
                continue; // "the French liberal Élodie Marchand": a political leaning as a noun
            }
            boolean plural = t.get(k).lower().endsWith("s") && !lexicon.is("occupation-noun", t.get(k))
                    && !lexicon.is("person-noun", t.get(k));
            boolean citizen = t.get(k).is("citizen") || t.get(k).is("national") || t.get(k).is("citizens") || t.get(k).is("nationals");
            k--;
            while (k >= 0 && m.start() - k <= MAX_WORDS + hyphens(t, k, m.start()) && !t.get(k).isCapitalized()
                    && (occupation(t.get(k), lexicon) || lexicon.is("occupation-modifier", t.get(k))
                        || lexicon.is("person-noun-modifier", t.get(k)) || compound(t, k))) {
                k--;
            }
            Mention c = Mentions.countryEndingAt(ms, k + 1);
            if (c == null || c.has("poss") || c.form() != Mention.Form.DEMONYM && !(citizen && c.form() == Mention.Form.NAME)) {
                continue;
            }
            List<Mention> persons = listFrom(t, ms, i);
            Mention first = c.start() >= 2 && t.get(c.start() - 1).is("and") ? Mentions.countryEndingAt(ms, c.start() - 1) : null;
            if (first != null && first.form() == c.form()) {
                if (persons.size() == 2) { // "Pakistani and Indian officials A and B": each in turn
                    persons.get(0).setCountry(first.entity());
                    persons.get(1).setCountry(c.entity());
                }
                continue;
            }
            if (first != null) {
                continue;
            }
            for (Mention p : plural ? persons : persons.subList(0, 1)) {
                if (p.country() == null) {
                    p.setCountry(c.entity());
                }
            }
        }
    }

    /**
     * The demonym of an apposition after the person: ", a Pakistani cricketer,", ", a retired British tennis player
     * who …"; the words after the demonym end in an occupation and then the apposition ends.
     */
    private static Mention apposedCountry(List<Token> t, List<Mention> ms, Mention m, Lexicon lexicon) {
        int k = m.end();
        if (k + 2 >= t.size() || !t.get(k).text().equals(",") || !(t.get(k + 1).is("a") || t.get(k + 1).is("an"))) {
            return null;
        }
        k += 2;
        while (k < t.size() && !t.get(k).isCapitalized() && (lexicon.is("occupation-modifier", t.get(k))
                || lexicon.is("person-noun-modifier", t.get(k)))) {
            k++;
        }
        Mention c = demonymAt(ms, k);
        if (c != null && c.end() + 1 < t.size() && t.get(c.end()).text().equals("-") && t.get(c.end() + 1).is("born")) {
            c = demonymAt(ms, c.end() + 2); // "a Nigerian-born Chilean diplomat": the birthplace is no nationality
        }
        if (c == null) {
            return null;
        }
        k = c.end();
        int words = 0;
        while (k < t.size() && !t.get(k).isCapitalized() && (occupation(t.get(k), lexicon) || lexicon.is("occupation-modifier", t.get(k))
                || lexicon.is("person-noun-modifier", t.get(k)) || compound(t, k))) {
            k++;
            words++;
        }
        if (words == 0 || !occupation(t.get(k - 1), lexicon)) {
            return null;
        }
        String end = k < t.size() ? t.get(k).lower() : ".";
        return end.equals(",") || end.equals(".") || end.equals("who") || end.equals("and") || end.equals(";") ? c : null;
    }

    private static Mention demonymAt(List<Mention> ms, int k) {
        Mention c = null;
        for (Mention x : ms) {
            if (x.start() == k && x.type() == EntityType.COUNTRY && x.form() == Mention.Form.DEMONYM && x.entity() != null) {
                c = x;
            }
        }
        return c;
    }

    /** A part of a hyphenated modifier: "public-health", "infectious-disease" (the hyphen, or a word before one). */
    private static boolean compound(List<Token> t, int k) {
        Token w = t.get(k);
        if (w.text().equals("-")) {
            return k > 0 && k + 1 < t.size() && t.get(k - 1).isWord() && t.get(k + 1).isWord()
                    && !t.get(k - 1).isCapitalized() && !t.get(k + 1).isCapitalized();
        }
        boolean before = k + 2 < t.size() && t.get(k + 1).text().equals("-") && t.get(k + 2).isWord() && !t.get(k + 2).isCapitalized();
        boolean after = k >= 2 && t.get(k - 1).text().equals("-") && t.get(k - 2).isWord() && !t.get(k - 2).isCapitalized();
        return w.isWord() && !w.isCapitalized() && (before || after);
    }

    /** The hyphens among the words from {@code k} to {@code end}: a hyphenated modifier counts as one word. */
    private static int hyphens(List<Token> t, int k, int end) {
        int n = 0;
        for (int i = Math.max(0, k); i < end; i++) {
            n += t.get(i).text().equals("-") ? 2 : 0;
        }
        return n;
    }

    /** A political leaning used as a noun for a person: "liberal", "conservative" (lower case). */
    private static boolean leaning(Token w, Lexicon lexicon) {
        return w.isWord() && !w.isCapitalized() && lexicon.is("party-label", w);
    }

    /** A person named without a title or a nationality of its own. */
    private static boolean bare(Mention m) {
        return m.type() == EntityType.PERSON && m.form() == Mention.Form.NAME && m.entity() != null && m.office() == null
                && m.country() == null && !m.has("quoted");
    }

    private static boolean occupation(Token w, Lexicon lexicon) {
        if (w.isCapitalized() || !w.isWord()) {
            return false;
        }
        String x = w.lower();
        return lexicon.is("occupation-noun", x) || lexicon.is("person-noun", x)
                || x.endsWith("s") && (lexicon.is("occupation-noun", x.substring(0, x.length() - 1))
                    || lexicon.is("person-noun", x.substring(0, x.length() - 1)));
    }

    /** The person at {@code i} and the bare names listed after it (", B and C"). */
    private static List<Mention> listFrom(List<Token> t, List<Mention> ms, int i) {
        List<Mention> out = new ArrayList<>(List.of(ms.get(i)));
        for (int j = i + 1; j < ms.size(); j++) {
            Mention prev = out.get(out.size() - 1);
            Mention next = ms.get(j);
            int gap = next.start() - prev.end();
            String sep = gap == 1 ? t.get(prev.end()).lower() : gap == 2 ? t.get(prev.end()).lower() + t.get(prev.end() + 1).lower() : "";
            if (!bare(next) || !(sep.equals(",") || sep.equals("and") || sep.equals(",and"))) {
                break;
            }
            out.add(next);
            if (!sep.equals(",")) {
                break;
            }
        }
        return out;
    }
}
