package org.newsgraph.relation;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.entity.Mention;
import org.newsgraph.text.Quote;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * What rule patterns walk over: a sentence as a sequence of words, mentions (a mention covers all its
 * tokens, title and name together) and quotations (a whole quotation is one element).
 */
sealed interface Element permits Element.WordEl, Element.MentionEl, Element.QuoteEl {

    /** First token. */
    int start();

    /** One past the last token. */
    int end();

    /** A word of the sentence; {@code id} is its number among the words rules name, or -1. */
    record WordEl(Token token, int start, String folded, int id) implements Element {
        WordEl(Token token, int start) {
            this(token, start, token.folded(), WordIds.of(token));
        }

        @Override
        public int end() {
            return start + 1;
        }
    }

    record MentionEl(Mention mention) implements Element {
        @Override
        public int start() {
            return mention.start();
        }

        @Override
        public int end() {
            return mention.end();
        }
    }

    record QuoteEl(Quote quote, int start, int end) implements Element {
    }

    /** The elements of a sentence from its tokens, quotations and top-level mentions. */
    static List<Element> of(Sentence s, List<Mention> mentions) {
        List<Element> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        int m = 0;
        int i = 0;
        while (i < tokens.size()) {
            Quote q = s.quoteAt(i);
            if (q != null && q.endToken() > i) {
                out.add(new QuoteEl(q, i, q.endToken()));
                i = q.endToken();
                continue;
            }
            while (m < mentions.size() && (mentions.get(m).start() < i || mentions.get(m).has("quoted"))) {
                m++;
            }
            while (m + 1 < mentions.size() && mentions.get(m).start() == i && mentions.get(m + 1).start() == i
                    && mentions.get(m + 1).end() > mentions.get(m).end() && mentions.get(m).entity() == null
                    && !mentions.get(m + 1).has("quoted")) {
                m++; // "Pakistani lawmaker Imran Qazi": the person, not the title alone that names no seat
            }
            if (m < mentions.size() && mentions.get(m).start() == i && mentions.get(m).end() > i) {
                Mention mention = mentions.get(m);
                // "the" before a named polity is part of its name: rules need not spell it
                if (mention.type() != null && mention.type().isPolity() && !out.isEmpty()
                        && out.get(out.size() - 1) instanceof WordEl w && w.folded().equals("the")) {
                    out.remove(out.size() - 1);
                }
                // "van der" before "Hoeven" of Annelies van der Hoeven is part of the name: rules need not spell it
                if (mention.type() == org.newsgraph.entity.EntityType.PERSON && mention.entity() != null) {
                    dropParticles(out, mention);
                }
                out.add(new MentionEl(mention));
                i = mentions.get(m).end();
                m++;
                continue;
            }
            Token t = tokens.get(i);
            out.add(new WordEl(t, i));
            i++;
        }
        return out;
    }

    /** Drops lowercase name particles just before a person's mention when the person's full name has them there. */
    private static void dropParticles(List<Element> out, Mention mention) {
        int k = out.size();
        StringBuilder particles = new StringBuilder();
        while (k > 0 && out.size() - k < 2 && out.get(k - 1) instanceof WordEl w && org.newsgraph.entity.NameParticles.is(w.folded())
                && !w.token().text().isEmpty() && Character.isLowerCase(w.token().text().charAt(0))) {
            particles.insert(0, " " + w.folded());
            k--;
        }
        if (k == out.size()) {
            return; // no particle before the name (almost always)
        }
        String name = " " + org.newsgraph.text.Normalizer.fold(mention.entity().name()) + " ";
        String tail = " " + org.newsgraph.text.Normalizer.fold(mention.text());
        if (name.contains(particles + tail + " ")) {
            out.subList(k, out.size()).clear();
        }
    }
}
