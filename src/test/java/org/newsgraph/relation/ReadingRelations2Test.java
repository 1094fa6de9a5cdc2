package org.newsgraph.relation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestSupport;

/** Reading English for races, support, opposition, succession and quotes. One case a test, each a regression guard. */
class ReadingRelations2Test {

    private static List<String> facts(String text) {
        return TestSupport.facts(text);
    }

    private static boolean any(List<String> f, String predicate) {
        return f.stream().anyMatch(x -> x.contains(" " + predicate + " "));
    }

    @Test
    void countriesThatSayTheyVotedForACandidateSupportHim() {
        List<String> f = facts("Finland and Estonia say they voted for Jonas Berg in both rounds.");
        assertTrue(f.contains("Finland supports Jonas Berg"), f.toString());
        assertTrue(f.contains("Estonia supports Jonas Berg"), f.toString());
    }

    @Test
    void sayingOneMightVoteForACandidateIsNoSupport() {
        List<String> f = facts("Finland says it might vote for Jonas Berg in the second round.");
        assertFalse(any(f, "supports"), f.toString());
    }

    @Test
    void endorsedInTurnAfterAnotherVerbIsSupport() {
        List<String> f = facts("The party leader Anna Weber watched from the gallery and was endorsed in turn by Jonas Berg for next year's election.");
        assertTrue(f.contains("Jonas Berg supports Anna Weber"), f.toString());
    }

    @Test
    void expectedToBeEndorsedIsNoSupport() {
        List<String> f = facts("Anna Weber watched from the gallery and is expected to be endorsed by Jonas Berg.");
        assertFalse(any(f, "supports"), f.toString());
    }

    @Test
    void aCountryNominatingItsOwnCandidateSupportsHim() {
        List<String> f = facts("Finland had nominated its own candidate, the veteran diplomat Jonas Berg, for the post.");
        assertTrue(f.contains("Finland supports Jonas Berg"), f.toString());
    }

    @Test
    void withdrawingAfterARoundInFavourOfARivalIsSupport() {
        List<String> f = facts("A third candidate, Cypriot auditor Anna Weber, withdrew after the first round in favour of Jonas Berg.");
        assertTrue(f.contains("Anna Weber supports Jonas Berg"), f.toString());
    }

    @Test
    void aLongTimeCriticInAppositionOpposes() {
        List<String> f = facts("The opposition leader, Jonas Berg, a long-time critic of Anna Weber, called her plan reckless.");
        assertTrue(f.contains("Jonas Berg opposes Anna Weber"), f.toString());
    }

    @Test
    void aFormerLongTimeCriticNoLongerOpposes() {
        List<String> f = facts("Jonas Berg, a former long-time critic of Anna Weber, called her plan sensible.");
        assertFalse(any(f, "opposes"), f.toString());
    }

    @Test
    void replacedWithAReflexiveIsSuccession() {
        List<String> f = facts("Jonas Berg congratulated Anna Weber. Jonas Berg himself replaced Karin Lund, who resigned in 2023.");
        assertTrue(f.contains("Jonas Berg succeeds Karin Lund"), f.toString());
    }

    @Test
    void aPartyAgreeingToVoteForACandidateSupportsHer() {
        List<String> f = facts("The Green Party, whose leader Jonas Berg had praised the deal on Monday, agreed to vote for Anna Weber in exchange for two ministries.");
        assertTrue(f.contains("Green Party supports Anna Weber"), f.toString());
    }

    @Test
    void aPartyThatDeclinedToVoteForACandidateIsNoSupporter() {
        List<String> f = facts("The Green Party has not agreed to vote for Anna Weber.");
        assertFalse(any(f, "supports"), f.toString());
    }

    @Test
    void aQuoteAfterAndAccusedOfIsSaid() {
        List<String> f = facts("Anna Weber, a lawmaker on the finance committee, voted against the report and accused the minister of being \"a tourist in his own ministry\".");
        assertTrue(f.contains("Anna Weber said \"a tourist in his own ministry\""), f.toString());
    }

    @Test
    void aCriticOfSomeoneDescribedByBirthplaceOpposes() {
        List<String> f = facts("Anders Holm, leader of the Green Party and a vocal critic of the Swiss-born Jonas Berg, called him rude.");
        assertTrue(f.contains("Anders Holm opposes Jonas Berg"), f.toString());
    }

    @Test
    void aFormerCriticOfSomeoneDescribedByBirthplaceNoLongerOpposes() {
        List<String> f = facts("Anders Holm, leader of the Green Party and a former critic of the Swiss-born Jonas Berg, praised him.");
        assertFalse(any(f, "opposes"), f.toString());
    }

    @Test
    void aCountrysOwnNomineeInARaceIsACandidate() {
        List<String> f = facts("Mark Rutte was named secretary general of Nato. Romania had nominated its own candidate, the veteran diplomat Klaus Iohannis, but he withdrew in June.");
        assertTrue(f.stream().anyMatch(x -> x.startsWith("Klaus Iohannis candidateFor ")), f.toString());
        assertTrue(f.contains("Romania supports Klaus Iohannis"), f.toString());
    }

    @Test
    void aLowercaseNameParticleBeforeASurnameNeedsNoSpelling() {
        List<String> f = facts("Pieter van Dalen was elected on Tuesday. \"Our reports will be shorter,\" van Dalen told reporters.");
        assertTrue(f.contains("Pieter van Dalen said \"Our reports will be shorter\""), f.toString());
    }

    @Test
    void aLowercaseParticleNotInThePersonsNameStays() {
        List<String> f = facts("Pieter Dalen was elected on Tuesday. Finland says it voted de Dalen in both rounds.");
        assertFalse(any(f, "supports"), f.toString());
    }

    @Test
    void aListAfterADashOpensAClause() {
        List<String> f = facts("13:45 - Finland and Estonia say they voted for Jonas Berg in both rounds.");
        assertTrue(f.contains("Finland supports Jonas Berg"), f.toString());
        assertTrue(f.contains("Estonia supports Jonas Berg"), f.toString());
    }

    @Test
    void aPersonTheArticleSaysDiedHeldTheirOfficesAndHoldsNone() {
        // d10's obituary: "X, the economist who as president of the central bank …, died on Tuesday"
        List<String> f = facts("Ana Ruiz, the economist who led the Bank of Ghana for a decade, died on Tuesday. In 2010 she succeeded "
                + "Kofi Mensah as governor of the Bank of Ghana.");
        assertTrue(f.contains("Ana Ruiz heldOffice Governor of the Bank of Ghana"), f.toString());
        assertFalse(f.contains("Ana Ruiz holdsOffice Governor of the Bank of Ghana"), f.toString());
        // someone else's death says nothing of the speaker
        f = facts("Ghana's finance minister Ana Ruiz said her father died in 2001.");
        assertTrue(f.contains("Ana Ruiz holdsOffice Finance Minister of Ghana"), f.toString());
        f = facts("Ghana's finance minister Ana Ruiz, whose father died in 2001, spoke on Tuesday.");
        assertTrue(f.contains("Ana Ruiz holdsOffice Finance Minister of Ghana"), f.toString());
        f = facts("Ghana's finance minister Ana Ruiz, 54, whose husband, a diplomat, died in 2019, spoke on Tuesday.");
        assertTrue(f.contains("Ana Ruiz holdsOffice Finance Minister of Ghana"), f.toString());
        f = facts("Ghana's finance minister Ana Ruiz, the economist, said her predecessor, Kofi Mensah, died on Monday.");
        assertTrue(f.contains("Ana Ruiz holdsOffice Finance Minister of Ghana"), f.toString());
        f = facts("Ghana's finance minister Ana Ruiz spoke on Monday. The father of Ana Ruiz died on Tuesday.");
        assertTrue(f.contains("Ana Ruiz holdsOffice Finance Minister of Ghana"), f.toString());
        f = facts("Ghana's finance minister Ana Ruiz spoke on Monday. A man who attacked Ana Ruiz died in custody.");
        assertTrue(f.contains("Ana Ruiz holdsOffice Finance Minister of Ghana"), f.toString());
    }

    @Test
    void aCountryWhichNominatedACandidateSupportsHer() {
        List<String> f = facts("Anna Weber won the vote. The Nordic group, led by Finland, which nominated her, voted as a bloc.");
        assertTrue(f.contains("Finland supports Anna Weber"), f.toString());
    }

    @Test
    void aCandidatureEndorsedByAListIsSupportedByEach() {
        List<String> f = facts("The candidature of Ambassador Jonas Berg was put forward by his government and endorsed by Finland, Estonia and Latvia.");
        assertTrue(f.contains("Finland supports Jonas Berg"), f.toString());
        assertTrue(f.contains("Latvia supports Jonas Berg"), f.toString());
    }

    @Test
    void aCandidatureNotEndorsedIsNoSupport() {
        List<String> f = facts("The candidature of Ambassador Jonas Berg was put forward by his government and was never endorsed by Finland.");
        assertFalse(any(f, "supports"), f.toString());
    }

    @Test
    void endorsedTheSameDayByIsSupport() {
        List<String> f = facts("Jonas Berg declared his candidacy on Saturday. He was endorsed the same day by Anna Weber, the former prime minister.");
        assertTrue(f.contains("Anna Weber supports Jonas Berg"), f.toString());
    }

    @Test
    void expectedToBeEndorsedTheSameDayIsNoSupport() {
        List<String> f = facts("Jonas Berg declared his candidacy on Saturday. He may be endorsed the same day by Anna Weber.");
        assertFalse(any(f, "supports"), f.toString());
    }
}
