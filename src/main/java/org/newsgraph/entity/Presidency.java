package org.newsgraph.entity;

import java.util.Comparator;
import java.util.List;

import org.newsgraph.entity.Mention.Form;
import org.newsgraph.entity.Mention.Status;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * A country's presidency named by the words "presidential" and "presidency" rather than by the title.
 * <ul>
 * <li>"presidential" before a word of a race ("Slovakia's presidential election", "the presidential race in
 * Mexico", "presidential candidate X"): the presidency of the country written before, or after "in" right
 * behind the race word, else of the article's country, else of the one country the sentence places
 * something "in";</li>
 * <li>"presidency" where it is sought ("her bid for the Mexican presidency", "is seeking the presidency of
 * Mexico", "won the presidency"): the presidency of the country written with it, else of the article's
 * country; after a word of a candidacy and "for", also of a body headed by a president ("stood for the
 * presidency of the Association of National Olympic Committees"). Elsewhere "presidency" is no office: "the G7 presidency" is the chair of a group, "the
 * presidency said" an institution, "Poland's EU presidency" a rotating chair.</li>
 * </ul>
 */
final class Presidency {

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final EntityRegistry registry;

    Presidency(Gazetteer gazetteer, Lexicon lexicon, EntityRegistry registry) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.registry = registry;
    }

    /** Adds the offices of the sentence's "presidential" and "presidency" to {@code ms}; {@code home} may be null. */
    void apply(Sentence s, List<Mention> ms, Entity home) {
        OfficeTitle president = gazetteer.title("President");
        if (president == null) {
            return;
        }
        List<Token> t = s.tokens();
        for (int k = 0; k < t.size(); k++) {
            if (s.quoteAt(k) != null || Mentions.covers(ms, k)) {
                continue;
            }
            if (t.get(k).is("presidential") && k + 1 < t.size() && lexicon.is("race-noun", t.get(k + 1))) {
                presidential(s, ms, k, home, president);
            } else if (t.get(k).is("presidency")) {
                presidency(s, ms, k, home, president);
            }
        }
    }

    private void presidential(Sentence s, List<Mention> ms, int k, Entity home, OfficeTitle president) {
        List<Token> t = s.tokens();
        Mention before = Mentions.countryEndingAt(ms, k);
        Entity polity = before != null ? before.entity() : null;
        if (polity == null && k + 3 < t.size() && t.get(k + 2).is("in")) {
            Mention after = countryStartingAt(ms, k + 3); // "the presidential race in Mexico"
            polity = after != null ? after.entity() : null;
        }
        if (polity == null) {
            polity = home;
        }
        if (polity == null) {
            polity = soleCountryIn(s, ms); // "Presidential candidate X held a rally in Mexico"
        }
        if (polity == null) {
            return;
        }
        add(s, ms, before != null ? before.start() : k, k + 1, before, polity, president);
    }

    private void presidency(Sentence s, List<Mention> ms, int k, Entity home, OfficeTitle president) {
        List<Token> t = s.tokens();
        Mention before = Mentions.countryEndingAt(ms, k); // "the Mexican presidency", "Mexico's presidency"
        int start = before != null ? before.start() : k;
        if (before == null && k > 0 && endsMention(ms, k)) {
            return; // "the G7 presidency", "Poland's EU presidency": the chair of a body
        }
        Mention after = null;
        int end = k + 1;
        if (k + 1 < t.size() && t.get(k + 1).is("of")) {
            int at = k + 2 < t.size() && t.get(k + 2).is("the") ? k + 3 : k + 2;
            after = countryStartingAt(ms, at);
            if (after == null && before == null && bodyRunForAt(s, ms, k, at)) {
                after = Mentions.startingAt(ms, at + (Mentions.startingAt(ms, at) == null ? 1 : 0)); // "stood for the presidency of the worldwide X"
            }
            if (after == null || before != null) {
                return; // "the presidency of the G7"
            }
            end = after.end();
        }
        if (!sought(t, start)) {
            return;
        }
        Entity polity = before != null ? before.entity() : after != null ? after.entity() : home;
        if (polity == null) {
            return;
        }
        if (after != null) {
            ms.remove(after);
        }
        add(s, ms, start, end, before, polity, president);
    }

    /**
     * Whether "presidency of" at {@code k} names the presidency of a body someone runs for: after a word
     * of a candidacy and "for" ("stood for the presidency of"), a body, perhaps after one lowercase word,
     * that the gazetteer does not know or knows to be headed by a president. A body the gazetteer knows
     * without a head ("the Council of the EU", "the G7") has a rotating presidency, no office.
     */
    private boolean bodyRunForAt(Sentence s, List<Mention> ms, int k, int at) {
        List<Token> t = s.tokens();
        int f = k - 1 >= 0 && t.get(k - 1).is("the") ? k - 2 : k - 1;
        if (f < 1 || !t.get(f).is("for") || !lexicon.is("office-pursuit-for", t.get(f - 1))) {
            return false;
        }
        Mention body = Mentions.startingAt(ms, at);
        if (body == null && at < t.size() && t.get(at).isWord() && !t.get(at).isCapitalized()) {
            body = Mentions.startingAt(ms, at + 1);
        }
        if (body == null || body.entity() == null || body.type() == null || !body.type().isPolity()
                || body.type() == EntityType.COUNTRY) {
            return false;
        }
        if (body.entity().entry() == null) {
            return true;
        }
        OfficeTitle head = gazetteer.headTitle(body.entity());
        return head != null && head.name().equals("President");
    }

    /** Whether the words before {@code start} seek what follows: "seeking [the]", "bid for [the]". */
    private boolean sought(List<Token> t, int start) {
        int k = start - 1;
        if (k >= 0 && t.get(k).is("the")) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        if (lexicon.is("office-pursuit", t.get(k))) {
            return true;
        }
        return t.get(k).is("for") && k > 0 && lexicon.is("office-pursuit-for", t.get(k - 1));
    }

    private void add(Sentence s, List<Mention> ms, int start, int end, Mention country, Entity polity, OfficeTitle president) {
        if (start > 0 && s.tokens().get(start - 1).is("the")) {
            start--; // "the Mexican presidency", as other titles are read with their article
        }
        Mention office = new Mention(s, start, end, EntityType.OFFICE, Form.TITLE);
        office.setOffice(president, polity, Status.CURRENT);
        office.resolve(registry.office(president, polity));
        if (country != null) {
            ms.remove(country);
        }
        ms.add(office);
        ms.sort(Comparator.comparingInt(Mention::start));
    }

    private static boolean endsMention(List<Mention> ms, int k) {
        for (Mention m : ms) {
            if (m.end() == k) {
                return true;
            }
        }
        return false;
    }

    private static Mention countryStartingAt(List<Mention> ms, int k) {
        for (Mention m : ms) {
            if (m.start() == k && m.type() == EntityType.COUNTRY && m.entity() != null && !m.has("poss")) {
                return m;
            }
        }
        return null;
    }

    /** The one country the sentence names after "in", or null when it names none or several countries. */
    private static Entity soleCountryIn(Sentence s, List<Mention> ms) {
        Entity found = null;
        for (Mention m : ms) {
            if (m.type() != EntityType.COUNTRY || m.entity() == null) {
                continue;
            }
            if (found != null && found != m.entity()) {
                return null;
            }
            if (m.start() == 0 || !s.tokens().get(m.start() - 1).is("in")) {
                return null;
            }
            found = m.entity();
        }
        return found;
    }
}
