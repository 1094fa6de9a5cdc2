package org.newsgraph.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.entity.Discourse;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;
import org.newsgraph.entity.Gazetteer;
import org.newsgraph.entity.Lexicon;
import org.newsgraph.entity.Mention;
import org.newsgraph.entity.OfficeTitle;
import org.newsgraph.entity.TemporalValue;
import org.newsgraph.relation.Element.MentionEl;
import org.newsgraph.relation.Element.QuoteEl;
import org.newsgraph.relation.Element.WordEl;
import org.newsgraph.text.Sentence;

/**
 * Applies the rules to every sentence of a discourse and collects the facts they state. A match whose
 * words hold a negation or a hedge the rule does not itself name ("did not back", "may back") states
 * nothing. Thread-safe: all state lives in one call.
 */
public final class RelationExtractor {

    private final RuleSet rules;
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final RuleIndex index;
    private final RuleIndex raceIndex;

    public RelationExtractor(RuleSet rules, Gazetteer gazetteer, Lexicon lexicon) {
        this.rules = rules;
        this.index = new RuleIndex(rules.rules());
        this.raceIndex = new RuleIndex(rules.raceRules());
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    public RuleSet rules() {
        return rules;
    }

    /** The facts of a discourse, in the order they were read. */
    public List<Fact> extract(Discourse d) {
        List<Fact> facts = new ArrayList<>();
        Entity race = null;
        boolean raceContested = false; // the race was named or someone ran in it, not only an appointment read
        Entity speaker = null;
        Entity interviewee = Interview.interviewee(d);
        List<Fact> before = List.of();
        LaterCareer.Candidate copula = null;
        for (Sentence s : d.sentences()) {
            Entity quoted = null;
            int first = facts.size();
            List<Element> elements = Element.of(s, d.mentions(s.index()));
            facts.addAll(Ellipsis.soDid(elements, before, s));
            facts.addAll(Ellipsis.too(elements, before, s));
            Matcher matcher = new Matcher(elements, lexicon);
            Fact later = LaterCareer.confirmed(copula, elements, lexicon);
            if (later != null) {
                facts.add(later);
            }
            copula = LaterCareer.candidate(elements, matcher, s);
            for (RuleIndex.Candidate c : raceIndex.candidates(elements)) {
                Rule rule = c.rule();
                for (int from = matcher.nextStart(rule, 0); from <= c.lastStart(); from = matcher.nextStart(rule, from + 1)) {
                    Matcher.Match m = matcher.matchAt(rule, from);
                    if (m != null && !negated(rule, elements, m)) {
                        Entity office = entity(rule.object(), m, race, d);
                        if (office != null && office.type() == EntityType.OFFICE) {
                            race = office;
                            raceContested = true;
                        } else if (otherTitle(rule.object(), m, race)) {
                            race = null; // a race for an office the text leaves unclear is not the race read before
                        }
                    }
                }
            }
            for (RuleIndex.Candidate c : index.candidates(elements)) {
                Rule rule = c.rule();
                for (int from = matcher.nextStart(rule, 0); from <= c.lastStart(); from = matcher.nextStart(rule, from + 1)) {
                    Matcher.Match m = matcher.matchAt(rule, from);
                    if (m == null || negated(rule, elements, m)) {
                        continue;
                    }
                    for (Matcher.Match each : coordinated(rule, m, elements)) {
                    Fact f = fact(rule, each, s, race, speaker, interviewee, d, elements);
                    if (f != null) {
                        facts.add(f);
                        if (f.predicate() == Predicate.SAID) {
                            quoted = f.subject();
                        }
                        if (f.object() != null && f.object().type() == EntityType.OFFICE
                                && (f.predicate() == Predicate.CANDIDATE_FOR || f.predicate() == Predicate.WITHDREW_FROM)) {
                            race = f.object();
                            raceContested = true;
                        } else if (f.object() != null && f.object().type() == EntityType.OFFICE
                                && f.predicate() == Predicate.APPOINTED_TO && !raceContested) {
                            race = f.object(); // an appointment stands for the race until a contest is read
                        }
                    }
                    }
                }
            }
            facts.addAll(Ellipsis.followed(elements, List.copyOf(facts.subList(first, facts.size())), before, s));
            speaker = quoted != null ? quoted : SpeechCue.speaker(elements, lexicon);
            before = List.copyOf(facts.subList(first, facts.size()));
        }
        facts.addAll(infer(facts, d));
        return resolveConflicts(facts);
    }

    /** Someone appointed after a race the article describes was a candidate in it. */
    static final Rule CANDIDATE_APPOINTED = Rule.inference(Predicate.CANDIDATE_FOR, "appointed-after-race",
            "Mark Rutte is set to become the next Nato chief after Klaus Iohannis withdrew from the race.",
            "appointedTo(X, O) and candidateFor(Z, O) for some Z other than X => X candidateFor O");

    /** Someone who withdrew from a race was a candidate in it. */
    static final Rule CANDIDATE_WITHDREW = Rule.inference(Predicate.CANDIDATE_FOR, "withdrew-from-race",
            "Mark Rutte is set to become the next Nato chief after Klaus Iohannis withdrew from the contest.",
            "withdrewFrom(X, O) => X candidateFor O");

    /** Someone chosen for an office succeeds its one sitting holder the article names. */
    static final Rule SUCCEEDS_INCUMBENT = Rule.inference(Predicate.SUCCEEDS, "succeeds-incumbent",
            "Mark Rutte will take over as Nato secretary general. Current Nato secretary general Jens Stoltenberg will step down in October.",
            "appointedTo(X, O) and holdsOffice(Y, O) for exactly one Y other than X, and no succeeds(X, Z) read => X succeeds Y");

    /** The inference rules, for the tests and for evidence. */
    public static List<Rule> inferences() {
        return List.of(CANDIDATE_APPOINTED, CANDIDATE_WITHDREW, SUCCEEDS_INCUMBENT, PredecessorOffice.RULE, IncumbentOffice.RULE,
                SuccessorOffice.HOLDS, SuccessorOffice.APPOINTED, OfficePolity.RULE, Ellipsis.SO_DID_SUPPORT, Ellipsis.SO_DID_OPPOSE,
                LaterCareer.RULE, MinistryPredecessor.RULE, FormerPredecessorOffice.RULE, Ellipsis.TOO_SUPPORT, Ellipsis.FOLLOWED_SUPPORT, Ellipsis.FOLLOWED_OPPOSE,
                Deceased.RULE);
    }

    private static List<Fact> infer(List<Fact> facts, Discourse d) {
        List<Fact> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fact w : facts) {
            if (w.predicate() == Predicate.WITHDREW_FROM) {
                out.add(new Fact(w.subject(), Predicate.CANDIDATE_FOR, w.object(), null, w.sentence(), CANDIDATE_WITHDREW, null, null));
            }
        }
        for (Fact a : facts) {
            if (a.predicate() != Predicate.APPOINTED_TO) {
                continue;
            }
            for (Fact c : facts) {
                if ((c.predicate() == Predicate.CANDIDATE_FOR || c.predicate() == Predicate.WITHDREW_FROM)
                        && c.object() == a.object() && c.subject() != a.subject() && seen.add("c|" + a.subject().key() + "|" + a.object().key())) {
                    out.add(new Fact(a.subject(), Predicate.CANDIDATE_FOR, a.object(), null, a.sentence(), CANDIDATE_APPOINTED, null, null));
                }
            }
        }
        out.addAll(SuccessionInference.infer(facts, SUCCEEDS_INCUMBENT));
        out.addAll(PredecessorOffice.infer(facts, d));
        out.addAll(FormerPredecessorOffice.infer(facts, d));
        out.addAll(MinistryPredecessor.infer(facts));
        out.addAll(IncumbentOffice.infer(facts));
        out.addAll(SuccessorOffice.infer(facts, d));
        List<Fact> soFar = new ArrayList<>(facts);
        soFar.addAll(out);
        out.addAll(Deceased.infer(soFar, d)); // also the offices inferred as held now (IncumbentOffice, SuccessorOffice)
        List<Fact> all = new ArrayList<>(facts);
        all.addAll(out);
        out.addAll(OfficePolity.infer(all));
        return out;
    }


    /**
     * The match, and the same match for each mention coordinated with its subject or object:
     * "Poland, Finland and Sweden backed her" states three facts, "backed by the US and Japan" two.
     */
    private List<Matcher.Match> coordinated(Rule rule, Matcher.Match m, List<Element> elements) {
        List<Matcher.Match> out = new ArrayList<>();
        out.add(m);
        boolean respectively = elements.stream().anyMatch(e -> e instanceof WordEl w && w.folded().equals("respectively"));
        if (respectively && rule.namesWord("respectively")) {
            return out; // the rule pairs the listed items itself: "A and B were named X and Y respectively"
        }
        for (String var : new java.util.LinkedHashSet<>(List.of(rule.subject().var(), rule.object().var()))) {
            Element e = m.bindings().get(var);
            if (!(e instanceof MentionEl me) || me.mention().type() == null) {
                continue;
            }
            int at = elements.indexOf(e);
            List<Element> conjuncts = new ArrayList<>(Coordination.after(elements, at, this::describes, w -> lexicon.is("list-noun", w)));
            conjuncts.addAll(Coordination.before(elements, at));
            for (org.newsgraph.entity.Mention c : me.mention().companions()) {
                conjuncts.add(new MentionEl(c)); // "they" for "Germany and France"
            }
            String kind = rule.kindOf(var);
            // each conjunct fills the slot as the first did: "nominated Esquivel, and the United States …" lists no person
            conjuncts.removeIf(c -> kind != null && c instanceof MentionEl cm && cm.mention().type() != null
                    && !Matcher.kindAccepts(kind, cm.mention().type()));
            if (respectively && !conjuncts.isEmpty()) {
                return List.of(); // "A and B were named X and Y respectively": not every pair, nor the nearest one
            }
            List<Matcher.Match> more = new ArrayList<>();
            for (Matcher.Match base : out) {
                for (Element c : conjuncts) {
                    java.util.Map<String, Element> b = new java.util.HashMap<>(base.bindings());
                    b.put(var, c);
                    more.add(new Matcher.Match(java.util.Map.copyOf(b), base.from(), base.to()));
                }
            }
            out.addAll(more);
        }
        return out;
    }

    /** A word that describes a person before their name in a list ("economist", "former", "leader"). */
    private boolean describes(String folded) {
        return lexicon.is("person-noun", folded) || lexicon.is("person-noun-modifier", folded)
                || lexicon.is("person-nominal", folded);
    }

    /** A negation or hedge inside the match, or in the words just before it ("could appoint X as …"). */
    private boolean negated(Rule rule, List<Element> elements, Matcher.Match m) {
        if (rule.predicate() == Predicate.SAID) {
            return false; // what someone says is said, negations and all ("could not afford …")
        }
        int from = m.from();
        while (from > 0 && m.from() - from < 3 && elements.get(from - 1) instanceof WordEl) {
            from--;
        }
        for (int i = from; i < m.to(); i++) {
            if (elements.get(i) instanceof WordEl w && !rule.namesWord(w.folded())
                    && (lexicon.is("negation", w.token()) || lexicon.is("hedge", w.token()))) {
                return true;
            }
        }
        return rule.predicate() == Predicate.SUPPORTS && dropped(elements, from, m.to(), "supports-noun")
                || rule.predicate() == Predicate.OPPOSES && dropped(elements, from, m.to(), "opposes-noun");
    }

    /**
     * A stance the sentence says is over: "a former critic of X", "withdrew her support for X" (a tense word or a
     * verb of ending at most two words before the stance noun).
     */
    private boolean dropped(List<Element> elements, int from, int to, String nouns) {
        for (int i = from; i < to; i++) {
            if (!(elements.get(i) instanceof WordEl w) || !lexicon.is("stance-ended", w.token())) {
                continue;
            }
            for (int j = i + 1; j <= i + 3 && j < to; j++) {
                if (elements.get(j) instanceof WordEl n && lexicon.is(nouns, n.folded())) {
                    return true;
                }
            }
        }
        return false;
    }

    private Fact fact(Rule rule, Matcher.Match m, Sentence s, Entity race, Entity speaker, Entity interviewee, Discourse d,
                      List<Element> elements) {
        Predicate p = rule.predicate();
        if (p == Predicate.HELD_OFFICE && TenureEnd.notOver(rule.endVar() != null && m.bindings().get(rule.endVar()) instanceof MentionEl e
                ? e.mention() : null, elements, m.to(), lexicon, d.published())) {
            return null; // "president until 2030": not a past tenure
        }
        Entity subject = rule.subject().var().equals("speaker") ? speaker
                : rule.subject().var().equals("interviewee") ? interviewee : entity(rule.subject(), m, race, d);
        if (subject == null || !p.domain().contains(subject.type())) {
            return null;
        }
        Entity object = null;
        String quote = null;
        if (p.literalObject()) {
            Element e = m.bindings().get(rule.object().var());
            if (!(e instanceof QuoteEl q) || q.quote().text().isBlank()) {
                return null;
            }
            quote = q.quote().text();
        } else {
            object = entity(rule.object(), m, race, d);
            if (object == null && RACE_PREDICATES.contains(p)) {
                object = raceOfTitle(rule.object(), m, race);
            }
            if (object == null || !p.range().contains(object.type()) || object == subject) {
                return null;
            }
        }
        return new Fact(subject, p, object, quote, s, rule, date(rule.startVar(), m), date(rule.endVar(), m));
    }

    private static TemporalValue date(String var, Matcher.Match m) {
        if (var == null || !(m.bindings().get(var) instanceof MentionEl me)) {
            return null;
        }
        return me.mention().date();
    }

    private Entity entity(Rule.Term term, Matcher.Match m, Entity race, Discourse d) {
        if (term.var().equals("race")) {
            return race;
        }
        if (!(m.bindings().get(term.var()) instanceof MentionEl me)) {
            return null;
        }
        Mention mention = me.mention();
        if (term.attribute() == null) {
            return mention.entity();
        }
        return switch (term.attribute()) {
            case "office" -> term.polityVar() == null ? (mention.office() == null ? null : mention.office().entity())
                    : officeIn(mention, m.bindings().get(term.polityVar()), d);
            case "country" -> mention.country() != null ? mention.country()
                    : mention.office() == null ? null : mention.office().country();
            case "polity" -> mention.type() == EntityType.OFFICE ? mention.polity()
                    : mention.office() == null ? null : mention.office().polity();
            case "head" -> headOffice(mention.entity(), d);
            case "seat" -> seat(mention.entity(), d);
            default -> null;
        };
    }

    private static final Set<Predicate> RACE_PREDICATES = Set.of(Predicate.CANDIDATE_FOR, Predicate.WITHDREW_FROM,
            Predicate.APPOINTED_TO);

    /**
     * A bare title whose polity the text leaves out stands for the race's office when the titles are the
     * same: in a story of Slovakia's presidential election, "running for president" is that race.
     */
    private static Entity raceOfTitle(Rule.Term term, Matcher.Match m, Entity race) {
        if (race == null || race.title() == null || term.attribute() != null
                || !(m.bindings().get(term.var()) instanceof MentionEl me)) {
            return null;
        }
        Mention mention = me.mention();
        return mention.type() == EntityType.OFFICE && mention.entity() == null && race.title().equals(mention.title())
                ? race : null;
    }

    /**
     * The race rule names an office no entity stands for, with a title other than the race's ("elected chair of
     * the union, beating X" in a story that spoke of a prime ministerial race).
     */
    private static boolean otherTitle(Rule.Term term, Matcher.Match m, Entity race) {
        if (race == null || term.attribute() != null || !(m.bindings().get(term.var()) instanceof MentionEl me)) {
            return false;
        }
        Mention mention = me.mention();
        return mention.type() == EntityType.OFFICE && mention.entity() == null && mention.title() != null
                && !mention.title().equals(race.title());
    }

    /** A member's seat in a chamber the gazetteer lists ("Member of the Bundestag"), or null for any other body. */
    private Entity seat(Entity chamber, Discourse d) {
        org.newsgraph.entity.Legislature l = chamber == null ? null : gazetteer.legislature(chamber.entry());
        return l == null || !l.isChamber() || l.members().isEmpty() ? null : l.seat(d.entities(), gazetteer, chamber);
    }

    /**
     * The title of a person's office (or of an office) in the polity bound to another variable, when the
     * title names no polity of its own ("Italy is led by Prime Minister X"; "named foreign minister and
     * finance minister of Austria respectively"); the office itself when it does. The other variable is a
     * polity or an office, whose polity is meant.
     */
    private static Entity officeIn(Mention bound, Element polityEl, Discourse d) {
        Mention office = bound.type() == EntityType.OFFICE ? bound : bound.office();
        if (office == null || !(polityEl instanceof MentionEl pe)) {
            return null;
        }
        if (office.polity() != null) {
            return office.entity();
        }
        Mention other = pe.mention();
        Entity polity = other.type() == EntityType.OFFICE ? other.polity() : other.entity();
        return polity == null || office.title() == null ? null : d.entities().office(office.title(), polity);
    }

    /** The office at the head of an organisation or alliance ("Secretary General" of NATO). */
    private Entity headOffice(Entity polity, Discourse d) {
        OfficeTitle title = polity == null ? null : gazetteer.headTitle(polity);
        return title == null ? null : d.entities().office(title, polity);
    }

    /**
     * An incumbent kept for another term holds the office; being "appointed" again is no new fact.
     */
    private static List<Fact> resolveConflicts(List<Fact> facts) {
        Set<String> holds = new HashSet<>();
        Set<String> held = new HashSet<>();
        Set<String> offices = new HashSet<>();
        Set<String> bodyOffices = new HashSet<>(); // "X|body": X holds or is chosen for an office that leads the body
        for (Fact f : facts) {
            if (f.object() != null && f.object().type() == EntityType.OFFICE && f.object().polity() != null
                    && f.object().title() != null && !"legislator".equals(f.object().title().kind()) // a seat is no leadership
                    && (f.predicate() == Predicate.HOLDS_OFFICE || f.predicate() == Predicate.APPOINTED_TO)) {
                bodyOffices.add(f.subject().key() + "|" + f.object().polity().key());
            }
            if (f.predicate() == Predicate.HOLDS_OFFICE) {
                holds.add(f.subject().key() + "|" + f.object().key());
            }
            if (f.predicate() == Predicate.HELD_OFFICE) {
                held.add(f.subject().key() + "|" + f.object().key());
            }
            if (f.object() != null && f.object().type() == EntityType.OFFICE && f.predicate() != Predicate.OFFICE_OF) {
                offices.add(f.object().key());
            }
        }
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            String pair = f.object() == null ? "" : f.subject().key() + "|" + f.object().key();
            // an incumbent kept for another term holds the office: being appointed again is no new fact
            if (f.predicate() == Predicate.APPOINTED_TO && holds.contains(pair)) {
                continue;
            }
            // "finance minister X resigned": the title was hers until the text says it ended
            if (f.predicate() == Predicate.HOLDS_OFFICE && held.contains(pair)) {
                continue;
            }
            // a stated party leadership is the office, with no separate membership ("the EFF's X", its leader)
            if (f.predicate() == Predicate.MEMBER_OF && bodyOffices.contains(pair)) {
                continue;
            }
            // a polity the text does not write ("the president said") stands only for someone's office
            if (f.predicate() == Predicate.OFFICE_OF && f.rule().name().contains("inferred") && !offices.contains(f.subject().key())) {
                continue;
            }
            out.add(f);
        }
        return out;
    }
}
