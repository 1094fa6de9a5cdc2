package org.newsgraph.relation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestSupport;

/** Readings of races, stances, successions and quotes; each a regression guard with its near misses. */
class ReadingRelationsTest {

    private static List<String> facts(String text) {
        return TestSupport.facts(text);
    }

    private static boolean any(List<String> f, String part) {
        return f.stream().anyMatch(x -> x.contains(part));
    }

    @Test
    void aQuoteAfterARelativeClauseIsItsSubjects() {
        List<String> f = facts("Anna Weber was defended by Senator Jonas Berg, who voted against the motion and called the vote \"a farce\".");
        assertTrue(f.contains("Jonas Berg said \"a farce\""), f.toString());
        assertFalse(f.contains("Anna Weber said \"a farce\""), f.toString());
    }

    @Test
    void andCalledAPersonAQuote() {
        List<String> f = facts("Prime Minister Jonas Berg backed the plan and called Anna Weber \"a danger to the republic\".");
        assertTrue(f.contains("Jonas Berg said \"a danger to the republic\""), f.toString());
    }

    @Test
    void whomHeAccusesOfAQuote() {
        List<String> f = facts("Jonas Berg is a critic of Anna Weber, whom he accuses of \"running the bank like a shop\".");
        assertTrue(f.contains("Jonas Berg said \"running the bank like a shop\""), f.toString());
    }

    @Test
    void recalledAPartialQuote() {
        List<String> f = facts("Anna Weber recalled that Jonas Berg had helped her \"when nobody else would\".");
        assertTrue(f.contains("Anna Weber said \"when nobody else would\""), f.toString());
    }

    @Test
    void seekingASecondTermIsACandidacy() {
        List<String> f = facts("Austrian President Jonas Berg will seek a second term in the election.");
        assertTrue(f.contains("Jonas Berg candidateFor President of Austria"), f.toString());
        List<String> no = facts("Austrian President Jonas Berg will not seek a second term.");
        assertFalse(any(no, "candidateFor"), no.toString());
    }

    @Test
    void aContestWithARival() {
        List<String> f = facts("Austrian President Jonas Berg will seek a second term, setting up a contest with former minister Anna Weber.");
        assertTrue(f.contains("Anna Weber candidateFor President of Austria"), f.toString());
    }

    @Test
    void candidatesListedAfterAColon() {
        List<String> f = facts("Anna Weber is running for president of Austria. "
                + "Two other candidates have collected the signatures needed to stand: economist Jonas Berg and lawyer Petra Novak.");
        assertTrue(f.contains("Jonas Berg candidateFor President of Austria"), f.toString());
        assertTrue(f.contains("Petra Novak candidateFor President of Austria"), f.toString());
    }

    @Test
    void eliminatedAndVotesToARival() {
        List<String> f = facts("Anna Weber is running for president of Austria. Jonas Berg was eliminated.");
        assertTrue(f.contains("Jonas Berg candidateFor President of Austria"), f.toString());
        List<String> g = facts("Anna Weber was elected president of Austria with 103 votes to Jonas Berg's 86.");
        assertTrue(g.contains("Jonas Berg candidateFor President of Austria"), g.toString());
    }

    @Test
    void aCandidateInAppositionWithdrew() {
        List<String> f = facts("Anna Weber is running for president of Austria. A third candidate, the lawyer Jonas Berg, withdrew from the race in May.");
        assertTrue(f.contains("Jonas Berg withdrewFrom President of Austria"), f.toString());
        List<String> g = facts("Anna Weber is running for president of Austria. Jonas Berg, on leaving the race, endorsed Anna Weber.");
        assertTrue(g.contains("Jonas Berg withdrewFrom President of Austria"), g.toString());
        assertTrue(g.contains("Jonas Berg supports Anna Weber"), g.toString());
    }

    @Test
    void consideredRunningButWithdrew() {
        List<String> f = facts("Anna Weber is running for president of Austria. Jonas Berg had considered running himself but withdrew from the race last month.");
        assertTrue(f.contains("Jonas Berg withdrewFrom President of Austria"), f.toString());
        List<String> no = facts("Anna Weber is running for president of Austria. Jonas Berg had considered running himself.");
        assertFalse(any(no, "Jonas Berg"), no.toString());
    }

    @Test
    void whoTookOfficeAfterSucceeding() {
        List<String> f = facts("Anna Weber, who took office in May after succeeding Jonas Berg, spoke first.");
        assertTrue(f.contains("Anna Weber succeeds Jonas Berg"), f.toString());
    }

    @Test
    void asTheSuccessorTo() {
        List<String> f = facts("Anna Weber will take office at once as the successor to Jonas Berg.");
        assertTrue(f.contains("Anna Weber succeeds Jonas Berg"), f.toString());
    }

    @Test
    void backedUntilTheEndBy() {
        List<String> f = facts("Anna Weber was backed until the end by Jonas Berg.");
        assertTrue(f.contains("Jonas Berg supports Anna Weber"), f.toString());
    }

    @Test
    void championedAndSupportOfAndOf() {
        List<String> f = facts("Finland and Estonia had championed Anna Weber from the outset.");
        assertTrue(f.contains("Finland supports Anna Weber"), f.toString());
        assertTrue(f.contains("Estonia supports Anna Weber"), f.toString());
        List<String> g = facts("Anna Weber has the support of Germany, of course, and of Latvia and Lithuania.");
        assertTrue(g.contains("Latvia supports Anna Weber"), g.toString());
        assertTrue(g.contains("Lithuania supports Anna Weber"), g.toString());
    }

    @Test
    void endorsedByAPartysLeadership() {
        List<String> f = facts("Former minister Anna Weber was endorsed by the Social Democratic Party of Austria's leadership on Thursday.");
        assertTrue(any(f, "supports Anna Weber"), f.toString());
        List<String> no = facts("Former minister Anna Weber was not endorsed by the Social Democratic Party of Austria's leadership.");
        assertFalse(any(no, "supports"), no.toString());
    }

    @Test
    void tookAimAtARival() {
        List<String> f = facts("Jonas Berg used his final speech to take aim at Anna Weber.");
        assertTrue(f.contains("Jonas Berg opposes Anna Weber"), f.toString());
        List<String> no = facts("Jonas Berg declined to take aim at Anna Weber.");
        assertFalse(any(no, "opposes"), no.toString());
    }

    @Test
    void condemnedHerAppointmentAndAmongCritics() {
        List<String> f = facts("Anna Weber was sworn in on Monday. Hungary condemned her appointment.");
        assertTrue(f.contains("Hungary opposes Anna Weber"), f.toString());
        List<String> g = facts("Jonas Berg left office on Monday. Among his fiercest critics was Anna Weber.");
        assertTrue(g.contains("Anna Weber opposes Jonas Berg"), g.toString());
    }

    @Test
    void hasTooTakesUpTheSupportBefore() {
        List<String> f = facts("Romania has thrown its weight behind Anna Weber. Hungary has too.");
        assertTrue(f.contains("Hungary supports Anna Weber"), f.toString());
        List<String> no = facts("Romania has thrown its weight behind Anna Weber. Hungary has not.");
        assertFalse(any(no, "Hungary supports"), no.toString());
    }

    @Test
    void followedHisLead() {
        List<String> f = facts("Jonas Berg endorsed Anna Weber, and Hungary followed his lead.");
        assertTrue(f.contains("Hungary supports Anna Weber"), f.toString());
        List<String> no = facts("Jonas Berg declined to endorse Anna Weber, and Hungary followed his lead.");
        assertFalse(any(no, "supports"), no.toString());
    }

    @Test
    void listedCandidatesWithDescriptions() {
        List<String> f = facts("Anna Weber is running for president of Austria. Two other candidates have gathered the signatures "
                + "they needed to stand: economist Jonas Berg, former ombudswoman Petra Novak and the Slovak-born businessman Karl Huber.");
        assertTrue(f.contains("Petra Novak candidateFor President of Austria"), f.toString());
        assertTrue(f.contains("Karl Huber candidateFor President of Austria"), f.toString());
    }

    @Test
    void aRaceForAnotherOfficeIsNotTheOneBefore() {
        List<String> f = facts("Anna Weber is running for president of Austria. "
                + "Jonas Berg was elected chair of the tenants' association on Sunday, beating Petra Novak by 30 votes to 28.");
        assertFalse(f.contains("Petra Novak candidateFor President of Austria"), f.toString());
    }

    @Test
    void aConjunctFillsTheSlotAsTheFirstDid() {
        List<String> f = facts("Austria nominated Anna Weber, and Germany, which holds most votes, has thrown its weight behind her.");
        assertTrue(f.contains("Austria supports Anna Weber"), f.toString());
        assertFalse(f.contains("Austria supports Germany"), f.toString());
    }

    @Test
    void aCriticWhoAccusedHim() {
        List<String> f = facts("Jonas Berg left office in May. Among his detractors is Ilse Berg, the director of a charity, "
                + "a long-time critic of Jonas Berg who accused him of \"hiding the figures\".");
        assertTrue(f.contains("Ilse Berg said \"hiding the figures\""), f.toString());
        assertFalse(f.contains("Jonas Berg said \"hiding the figures\""), f.toString());
    }

    @Test
    void aBodyWillChooseAnOfficeHolder() {
        List<String> f = facts("The International Labour Organization's Governing Body will choose a new director-general in March. "
                + "Jonas Berg withdrew from the race last week.");
        assertTrue(f.contains("Jonas Berg withdrewFrom Director-General of the International Labour Organization"), f.toString());
    }

    @Test
    void aCouncilElection() {
        List<String> f = facts("Anna Weber was elected executive mayor of Graz on Thursday, replacing the KPO's Jonas Berg. "
                + "She won 39 votes against 21 for the party's candidate, councillor Petra Novak. "
                + "She was backed by a coalition led by the Social Democratic Party of Austria and the Austrian People's Party.");
        assertTrue(f.contains("Anna Weber succeeds Jonas Berg"), f.toString());
        assertTrue(f.contains("Petra Novak candidateFor Mayor of Graz"), f.toString());
        assertTrue(f.contains("Austrian People's Party supports Anna Weber"), f.toString());
        List<String> no = facts("Anna Weber was not backed by a coalition led by the Austrian People's Party.");
        assertFalse(any(no, "supports"), no.toString());
    }

    @Test
    void defeatingACandidateInApposition() {
        List<String> f = facts("Anna Weber was elected president of Austria on Tuesday, defeating the opposition candidate, "
                + "independent Jonas Berg, by 89 votes to 56.");
        assertTrue(f.contains("Jonas Berg candidateFor President of Austria"), f.toString());
    }

    @Test
    void hisPartyVotedFor() {
        List<String> f = facts("Anna Weber won the vote. Jonas Berg said his party had voted for Anna Weber because she was fair.");
        assertTrue(f.contains("Jonas Berg supports Anna Weber"), f.toString());
        List<String> no = facts("Anna Weber won the vote. Jonas Berg said his party had not voted for Anna Weber.");
        assertFalse(any(no, "supports"), no.toString());
    }

    @Test
    void aLeaderSaysHisPartyBacked() {
        List<String> f = facts("Austrian People's Party leader Jonas Berg said his party had backed Anna Weber for the sake of stability.");
        assertTrue(f.contains("Austrian People's Party supports Anna Weber"), f.toString());
    }

    @Test
    void bowedOutAndAskedSupportersToVoteFor() {
        List<String> f = facts("Anna Weber won the nomination after her only rival, Jonas Berg, bowed out and asked his supporters to vote for her.");
        assertTrue(f.contains("Jonas Berg supports Anna Weber"), f.toString());
        List<String> no = facts("Anna Weber won the nomination after Jonas Berg bowed out and declined to ask his supporters to vote for her.");
        assertFalse(any(no, "Jonas Berg supports"), no.toString());
    }

    @Test
    void suspendedHisCampaignAndEndorsedAPartysCandidate() {
        List<String> f = facts("In 2010 Jonas Berg launched a bid for president of Austria himself, but suspended his campaign in May "
                + "and endorsed the Austrian People's Party's candidate, the former Vienna mayor Anna Weber, who lost the runoff.");
        assertTrue(f.contains("Jonas Berg withdrewFrom President of Austria"), f.toString());
        assertTrue(f.contains("Jonas Berg supports Anna Weber"), f.toString());
        assertTrue(f.contains("Anna Weber candidateFor President of Austria"), f.toString());
        List<String> no = facts("In 2010 Jonas Berg launched a bid for president of Austria, but did not suspend his campaign.");
        assertFalse(any(no, "withdrewFrom"), no.toString());
    }

    @Test
    void sayingIsTheSubjectsNotAnObjects() {
        List<String> f = facts("Mayor Jonas Berg, who had been mentioned as a possible successor to Anna Weber, declined to endorse "
                + "Petra Novak on Tuesday, saying only that he would \"work with whoever wins\".");
        assertTrue(f.contains("Jonas Berg said \"work with whoever wins\""), f.toString());
        assertFalse(f.contains("Anna Weber said \"work with whoever wins\""), f.toString());
        assertFalse(f.contains("Petra Novak said \"work with whoever wins\""), f.toString());
    }

    @Test
    void saidTheyWouldVoteAgainst() {
        List<String> f = facts("Jonas Berg is the only rival. Germany and the Netherlands had said they would vote against him.");
        assertTrue(f.contains("Germany opposes Jonas Berg"), f.toString());
        assertTrue(f.contains("Netherlands opposes Jonas Berg"), f.toString());
        List<String> no = facts("Jonas Berg is the only rival. Germany had said it would not vote against him.");
        assertFalse(any(no, "opposes"), no.toString());
    }

    @Test
    void aCampaignManagerBacksTheCandidate() {
        List<String> f = facts("Anna Weber's campaign manager, former minister Jonas Berg, attacked her rival.");
        assertTrue(f.contains("Jonas Berg supports Anna Weber"), f.toString());
    }

    @Test
    void wonTheFourthRound() {
        List<String> f = facts("Anna Weber is running for president of Austria. Jonas Berg has won the fourth round.");
        assertTrue(f.contains("Jonas Berg candidateFor President of Austria"), f.toString());
    }

    @Test
    void rivalsIncludeAndFacesOnly() {
        List<String> f = facts("Anna Weber is running for president of Austria. Her rivals include Jonas Berg, an economist, and Petra Novak.");
        assertTrue(f.contains("Jonas Berg candidateFor President of Austria"), f.toString());
        List<String> g = facts("Anna Weber is running for president of Austria. She now faces only Jonas Berg, a former minister.");
        assertTrue(g.contains("Jonas Berg candidateFor President of Austria"), g.toString());
    }

    @Test
    void closerToBecoming() {
        List<String> f = facts("Anna Weber moved closer to becoming the next director-general of UNESCO on Thursday.");
        assertTrue(f.contains("Anna Weber candidateFor Director-General of UNESCO"), f.toString());
    }

    @Test
    void ofThePartyAccused() {
        List<String> f = facts("Senator Jonas Berg of the opposition Austrian People's Party has accused Anna Weber of \"closing schools\".");
        assertTrue(f.contains("Jonas Berg opposes Anna Weber"), f.toString());
        assertTrue(f.contains("Jonas Berg said \"closing schools\""), f.toString());
    }

    @Test
    void whoRemainsHerBacker() {
        List<String> f = facts("Anna Weber served under former chancellor Jonas Berg, who appointed her in 2018 and remains her most loyal backer.");
        assertTrue(f.contains("Jonas Berg supports Anna Weber"), f.toString());
        List<String> no = facts("Anna Weber served under former chancellor Jonas Berg, who appointed her in 2018 and is no longer her backer.");
        assertFalse(any(no, "supports"), no.toString());
    }

    @Test
    void aNameBackerInApposition() {
        List<String> f = facts("Senator Jonas Berg, a Weber loyalist, piled on. Anna Weber said nothing.");
        assertTrue(any(f, "Jonas Berg supports"), f.toString());
    }

    @Test
    void whomSheAccused() {
        List<String> f = facts("Anna Weber singled out Finance Minister Jonas Berg, whom she accused of lying to parliament.");
        assertTrue(f.contains("Anna Weber opposes Jonas Berg"), f.toString());
        List<String> no = facts("Anna Weber singled out Finance Minister Jonas Berg, whom she praised for his candour.");
        assertFalse(any(no, "opposes"), no.toString());
    }

    @Test
    void aLetterThatAccused() {
        List<String> f = facts("Jonas Berg stood down on Sunday with a letter that accused Anna Weber of \"ducking the hard choices\".");
        assertTrue(f.contains("Jonas Berg said \"ducking the hard choices\""), f.toString());
        assertTrue(f.contains("Jonas Berg opposes Anna Weber"), f.toString());
    }

    @Test
    void criticsAmongThem() {
        List<String> f = facts("Jonas Berg has faced a growing list of critics in his party, among them the former minister Anna Weber.");
        assertTrue(f.contains("Anna Weber opposes Jonas Berg"), f.toString());
    }

    @Test
    void finishedWithVotesShortlistAndLostTo() {
        List<String> f = facts("Anna Weber was named secretary general of Nato. The minister had lobbied for Jonas Berg, who finished with two votes. "
                + "The shortlist of three also included Petra Novak. Karl Huber lost narrowly to her.");
        assertTrue(f.contains("Jonas Berg candidateFor Secretary General of NATO"), f.toString());
        assertTrue(f.contains("Petra Novak candidateFor Secretary General of NATO"), f.toString());
        assertTrue(f.contains("Karl Huber candidateFor Secretary General of NATO"), f.toString());
    }

    @Test
    void thenAfterAPauseAQuote() {
        List<String> f = facts("\"Inflation decides that,\" Anna Weber said. Then, after a pause: \"But I will listen to everyone.\"");
        assertTrue(f.contains("Anna Weber said \"But I will listen to everyone.\""), f.toString());
    }

    @Test
    void calledAPersonsThreatAQuote() {
        List<String> f = facts("Senator Anna Weber called Jonas Berg's threat \"a tantrum dressed up as policy\".");
        assertTrue(f.contains("Anna Weber said \"a tantrum dressed up as policy\""), f.toString());
    }

    @Test
    void oneOfHisCritics() {
        List<String> f = facts("Austrian President Jonas Berg, who has been one of Anna Weber's most outspoken critics, spoke first.");
        assertTrue(f.contains("Jonas Berg opposes Anna Weber"), f.toString());
        List<String> g = facts("President Jonas Berg of Austria, who has been one of Anna Weber's most outspoken critics, spoke first.");
        assertFalse(g.contains("Austria opposes Anna Weber"), g.toString());
    }

    @Test
    void aPastElectionIsNoNewRace() {
        List<String> f = facts("Anna Weber is running for president of Austria. Her rival Jonas Berg was elected mayor of Graz in 2015. "
                + "Petra Novak withdrew from the race on Monday.");
        assertTrue(f.contains("Petra Novak withdrewFrom President of Austria"), f.toString());
        assertFalse(any(f, "Petra Novak withdrewFrom Mayor"), f.toString());
    }
}
