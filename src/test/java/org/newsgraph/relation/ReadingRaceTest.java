package org.newsgraph.relation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestSupport;

/**
 * Reading races: how a story says which office is contested, who runs, who withdraws and who backs whom;
 * one construction a test, each with a near miss that must state nothing.
 */
class ReadingRaceTest {

    private static List<String> facts(String text) {
        return TestSupport.facts(text);
    }

    @Test
    void aPartysLeadershipElectionIsTheRaceForItsLeader() {
        List<String> f = facts("Welcome to our coverage of the leadership election of the Centre Party. "
                + "Anna Weber, 58, is seen as the front-runner. Jonas Berg entered the race last week.");
        assertTrue(f.contains("Anna Weber candidateFor Leader of the Centre Party"), f.toString());
        assertTrue(f.contains("Jonas Berg candidateFor Leader of the Centre Party"), f.toString());
    }

    @Test
    void delegatesWhoWillPickANewLeaderOpenARace() {
        List<String> f = facts("Delegates to the Centre Party's national congress will pick a new leader in May. "
                + "Anna Weber entered the race in January.");
        assertTrue(f.contains("Anna Weber candidateFor Leader of the Centre Party"), f.toString());
        // near miss: a race nobody names gives the entrant no office
        List<String> none = facts("Anna Weber entered the race in January.");
        assertFalse(none.stream().anyMatch(x -> x.contains("candidateFor")), none.toString());
    }

    @Test
    void aQuestionWhoWillRunABodyOpensTheRaceForItsHead() {
        List<String> f = facts("Explainer: Who will run the European Investment Bank? "
                + "The front-runner is Matthias Oberholzer, an Austrian economist. "
                + "The other candidate is Kristiina Saar.");
        assertTrue(f.contains("Matthias Oberholzer candidateFor President of the European Investment Bank"), f.toString());
        assertTrue(f.contains("Kristiina Saar candidateFor President of the European Investment Bank"), f.toString());
    }

    @Test
    void aRivalNamedAfterTheCopulaRunsToo() {
        List<String> f = facts("The race for Nato secretary general has begun. Her closest rival is Jonas Berg. "
                + "His only remaining rival is Petra Novak.");
        assertTrue(f.contains("Jonas Berg candidateFor Secretary General of NATO"), f.toString());
        assertTrue(f.contains("Petra Novak candidateFor Secretary General of NATO"), f.toString());
    }

    @Test
    void theNomineeOfAGroupRunsAndIsBackedByIt() {
        List<String> f = facts("The race for mayor of Graz has begun. Anna Weber, the Green Party candidate for mayor of Graz, leads. "
                + "Jonas Berg, a former minister, is the nominee of the Centre Party.");
        assertTrue(f.contains("Anna Weber candidateFor Mayor of Graz"), f.toString());
        assertTrue(f.contains("Green Party supports Anna Weber"), f.toString());
        assertTrue(f.contains("Jonas Berg candidateFor Mayor of Graz"), f.toString());
    }

    @Test
    void backingSomeoneForAnOfficeMakesThemACandidate() {
        List<String> f = facts("The Centre Party said on Monday it would back Anna Weber for president of Austria.");
        assertTrue(f.contains("Anna Weber candidateFor President of Austria"), f.toString());
        // near miss: declining to back someone states neither support nor candidacy
        List<String> none = facts("The Centre Party declined to back Anna Weber for president of Austria.");
        assertFalse(none.stream().anyMatch(x -> x.contains("candidateFor") || x.contains("supports")), none.toString());
    }

    @Test
    void aDescribedContenderWhoEndedTheCampaignWithdrew() {
        List<String> f = facts("Anna Weber is running for president of Austria. "
                + "A third contender, Jonas Berg, a French vice-president of the bank, ended his campaign last week.");
        assertTrue(f.contains("Jonas Berg withdrewFrom President of Austria"), f.toString());
    }

    @Test
    void aCandidateWhoAskedSupportersToVoteForARivalBacksTheRival() {
        List<String> f = facts("Anna Weber is running for president of Austria. Jonas Berg said he was withdrawing his candidacy "
                + "and asked his supporters to vote for Weber.");
        assertTrue(f.contains("Jonas Berg supports Anna Weber"), f.toString());
        // near miss: urging support for "the Centre Party nominee" backs the nominee, not the party
        List<String> g = facts("Anna Weber is running for president of Austria. Jonas Berg dropped out of the race "
                + "and urged his supporters to back the Centre Party nominee.");
        assertFalse(g.stream().anyMatch(x -> x.contains("supports Centre Party")), g.toString());
    }

    @Test
    void aCandidateNamedAsARunningMateIsNominatedForThatOffice() {
        List<String> f = facts("Anna Weber named Jonas Berg on Monday as her candidate for vice-president of Austria.");
        assertTrue(f.contains("Jonas Berg candidateFor Vice President of Austria"), f.toString());
        assertTrue(f.contains("Anna Weber supports Jonas Berg"), f.toString());
    }

    @Test
    void aFrontedNominationNamesTheBacker() {
        List<String> f = facts("Nominated by Estonia in June, Kaja Kallas won the endorsement of the Nordic Council.");
        assertTrue(f.contains("Estonia supports Kaja Kallas"), f.toString());
    }

    @Test
    void aRaceWonInABallotAndADeputyElectedUnopposed() {
        List<String> f = facts("Fiona Hale is the new leader of the Centre Party after a partyroom spill on Tuesday. "
                + "Hale won the ballot 29 votes to 23. In the deputy leadership ballot, Jonas Berg pulled out of the race "
                + "before the vote and backed Petra Novak, a Graz MP, who was then elected deputy leader unopposed.");
        assertTrue(f.contains("Fiona Hale candidateFor Leader of the Centre Party"), f.toString());
        assertTrue(f.contains("Jonas Berg withdrewFrom Deputy Leader of the Centre Party"), f.toString());
        assertFalse(f.contains("Jonas Berg withdrewFrom Leader of the Centre Party"), f.toString());
        assertTrue(f.contains("Petra Novak candidateFor Deputy Leader of the Centre Party"), f.toString());
    }

    @Test
    void aDistantThirdRunningAsAnIndependentIsACandidate() {
        List<String> f = facts("Anna Weber is running for mayor of Graz. Jonas Berg, running as an independent, is a distant third.");
        assertTrue(f.contains("Jonas Berg candidateFor Mayor of Graz"), f.toString());
        // near miss: a second in command, or facing someone in a final, runs for nothing
        List<String> g = facts("The race for mayor of Graz has begun. Jonas Berg was the second in command at the ministry. "
                + "Petra Novak will face Eva Lind in the final on Sunday.");
        assertFalse(g.stream().anyMatch(x -> x.contains("candidateFor")), g.toString());
    }

    @Test
    void aWithdrawnCandidateNowSupportingARival() {
        List<String> f = facts("Anna Weber is running for mayor of Graz. "
                + "A third hopeful, the Graz MP Jonas Berg, pulled out last week and is now supporting Weber.");
        assertTrue(f.contains("Jonas Berg withdrewFrom Mayor of Graz"), f.toString());
        assertTrue(f.contains("Jonas Berg supports Anna Weber"), f.toString());
    }

    @Test
    void aPronounAfterASentenceOfOthersStandsForTheSubjectTheStoryIsAbout() {
        List<String> f = facts("On Friday the board named Amara Sesay as the next executive director of UNICEF. "
                + "Sesay was one of three candidates shortlisted by the board. "
                + "The others were Henrik Lind, a Swedish former minister, and Priya Raghunathan, an Indian economist. "
                + "A fourth contender, the Canadian lawyer Marc Tremblay, dropped out in January. "
                + "Her candidacy was backed by the African Union.");
        assertTrue(f.contains("African Union supports Amara Sesay"), f.toString());
        assertFalse(f.contains("African Union supports Priya Raghunathan"), f.toString());
        assertTrue(f.contains("Henrik Lind candidateFor Executive Director of UNICEF"), f.toString());
        assertTrue(f.contains("Priya Raghunathan candidateFor Executive Director of UNICEF"), f.toString());
        assertTrue(f.contains("Marc Tremblay withdrewFrom Executive Director of UNICEF"), f.toString());
        // near miss: one named in the sentence before is still the pronoun's
        List<String> g = facts("Jonas Berg met Priya Raghunathan on Monday. Her candidacy was backed by the African Union.");
        assertTrue(g.contains("African Union supports Priya Raghunathan"), g.toString());
    }

    @Test
    void aGivenNameThatAlsoNamesAKnownPersonBeforeAnotherSurnameIsSomeoneElse() {
        List<String> f = facts("The race for director-general of the World Health Organization has begun. "
                + "The other two candidates are Dr Anwar Rahimov, Uzbekistan's one-time health minister, and Dr Mei-Ling Kho, "
                + "a Malaysian public-health professor.");
        assertTrue(f.contains("Anwar Rahimov candidateFor Director-General of WHO"), f.toString());
        assertTrue(f.contains("Mei-Ling Kho candidateFor Director-General of WHO"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.startsWith("Anwar Ibrahim")), f.toString());
    }

    @Test
    void aDescribedPersonOfANationalityNamedToAnOffice() {
        List<String> f = facts("Amara Sesay is a paediatrician. "
                + "On Friday the Secretary-General named the 57-year-old Sierra Leonean as the next Executive Director of UNICEF.");
        assertTrue(f.contains("Amara Sesay appointedTo Executive Director of UNICEF"), f.toString());
    }

    @Test
    void aLeaderChosenAfterAVoteThatRemovedAnotherSucceedsThem() {
        List<String> f = facts("Fiona Hale is the new leader of the Centre Party after a partyroom spill on Tuesday morning "
                + "removed Andrew Penn from the job he had held for 17 months.");
        assertTrue(f.contains("Fiona Hale succeeds Andrew Penn"), f.toString());
    }

    @Test
    void theNomineeOfAPartyIsBackedByIt() {
        List<String> f = facts("Katarzyna Nowak, a member of Poland's Civic Platform and one of the parliament's vice-presidents, "
                + "is the nominee of the European People's Party, the largest group.");
        assertTrue(f.stream().anyMatch(x -> x.startsWith("European People's Party") && x.endsWith("supports Katarzyna Nowak")), f.toString());
    }

    @Test
    void negationsAndHedgesInARaceStateNothing() {
        List<String> f = facts("The race for mayor of Graz has begun. Jonas Berg did not endorse Anna Weber. "
                + "Petra Novak is not expected to run. The Centre Party declined to back Anna Weber for mayor of Graz. "
                + "Karl Moser, long rumoured to be considering a bid, denied he would stand. Eva Lind is not in the race. "
                + "Her closest rival is not Jonas Berg. Lena Holm did not win the ballot. "
                + "Max Roth, a former senator, did not end his campaign. Weber is not the nominee of the Centre Party. "
                + "Rudi Graf might face Weber in a runoff.");
        assertFalse(f.stream().anyMatch(x -> x.contains("candidateFor") || x.contains("withdrewFrom") || x.contains("supports")),
                f.toString());
        // near miss: the same sentences without the negations state facts
        List<String> g = facts("The race for mayor of Graz has begun. Jonas Berg endorsed Anna Weber. Eva Lind is also in the race.");
        assertTrue(g.contains("Jonas Berg supports Anna Weber"), g.toString());
    }

    @Test
    void aSecondBackerAfterARelativeClauseAndACountryAfterItsApposition() {
        List<String> f = facts("Kaja Kallas is running for secretary general of the United Nations. Her candidacy was backed by the "
                + "Nordic Council, which endorsed her in May, and by Germany, whose minister praised her. "
                + "Estonia, a member of the European Union, has lobbied hard for her in Asian capitals.");
        assertTrue(f.contains("Germany supports Kaja Kallas"), f.toString());
        assertTrue(f.contains("Estonia supports Kaja Kallas"), f.toString());
    }

    @Test
    void aRunningMateNamedByPronounIsACandidate() {
        List<String> f = facts("Hassan Farah was interior minister of Kenya. "
                + "Grace Wambugu named him on Monday as her candidate for Deputy President of Kenya.");
        assertTrue(f.contains("Hassan Farah candidateFor Deputy President of Kenya"), f.toString());
        assertTrue(f.contains("Grace Wambugu supports Hassan Farah"), f.toString());
    }

    @Test
    void aListOfCandidatesSetOffBySemicolons() {
        List<String> f = facts("The race for secretary general of Nato has begun. Three candidates remain from the shortlist: "
                + "Anna Weber, a former judge of Austria's Federal High Court; Jonas Berg, who served as Sweden's envoy from 2018 "
                + "to 2024; and Petra Novak, a senior diplomat in Prague.");
        assertTrue(f.contains("Anna Weber candidateFor Secretary General of NATO"), f.toString());
        assertTrue(f.contains("Jonas Berg candidateFor Secretary General of NATO"), f.toString());
        assertTrue(f.contains("Petra Novak candidateFor Secretary General of NATO"), f.toString());
        // near miss: what a relative clause says of one item is not said of the items after it
        assertFalse(f.stream().anyMatch(x -> x.startsWith("Petra Novak heldOffice")), f.toString());
    }

    @Test
    void itsPresidentAfterAPartyThatAPresidentHeadsIsThePartys() {
        List<String> f = facts("Malaysia's United Malays National Organisation on Saturday elected former education minister "
                + "Aminah Kassim as its president. A third candidate, Faizal Harun, pulled out on the eve of the vote.");
        assertTrue(f.contains("Aminah Kassim appointedTo President of the United Malays National Organisation"), f.toString());
        assertTrue(f.contains("Faizal Harun withdrewFrom President of the United Malays National Organisation"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("President of Malaysia")), f.toString());
    }

    @Test
    void aDescriptionRunningIntoANameIsThatName() {
        List<String> f = facts("Celestine Baptiste was named secretary-general of the Caribbean Community. Trinidad and Tobago had "
                + "nominated its own candidate, the veteran trade negotiator Ravindra Maharaj, but he withdrew in June.");
        assertTrue(f.contains("Ravindra Maharaj withdrewFrom Secretary General of CARICOM"), f.toString());
        assertFalse(f.contains("Celestine Baptiste withdrewFrom Secretary General of CARICOM"), f.toString());
    }

    @Test
    void someoneWhoRunsAsTheCandidateOfACauseRuns() {
        List<String> f = facts("The race for secretary general of the Council of Europe has begun. Jonas Berg runs as the security candidate.");
        assertTrue(f.contains("Jonas Berg candidateFor Secretary General of the Council of Europe"), f.toString());
        // near miss: running a campaign as someone's manager is no candidacy
        List<String> g = facts("The race for secretary general of the Council of Europe has begun. Jonas Berg runs the campaign.");
        assertFalse(g.stream().anyMatch(x -> x.contains("candidateFor")), g.toString());
    }

    @Test
    void aRivalDescribedAtLengthWhoWithdrewAndCalledForTheWinner() {
        List<String> f = facts("The Social Democratic Party of Germany elects Katrin Vogt co-chairwoman. "
                + "Her only rival, the Bundestag member Felix Meier from the left wing of the party, withdrew his candidacy on Friday "
                + "evening and called on his supporters to elect Vogt \"with a clear result\".");
        assertTrue(f.contains("Katrin Vogt appointedTo Co-chair of the Social Democratic Party of Germany"), f.toString());
        assertTrue(f.contains("Felix Meier withdrewFrom Co-chair of the Social Democratic Party of Germany"), f.toString());
        assertTrue(f.contains("Felix Meier supports Katrin Vogt"), f.toString());
        // near miss: a rival who did not withdraw
        List<String> g = facts("The Social Democratic Party of Germany elects Katrin Vogt co-chairwoman. "
                + "Her only rival, the Bundestag member Felix Meier from the left wing of the party, did not withdraw his candidacy.");
        assertFalse(g.stream().anyMatch(x -> x.contains("withdrewFrom")), g.toString());
    }

    @Test
    void whomARaceIsToSucceedIsNotTheOneWhoEndorses() {
        List<String> f = facts("The race to succeed Anders Holm as president of UEFA narrowed to two on Monday when Hakan Yilmaz, "
                + "the former head of the Turkish Football Federation, pulled out and endorsed Italy's Paolo Rinaldi.");
        assertTrue(f.contains("Hakan Yilmaz supports Paolo Rinaldi"), f.toString());
        assertTrue(f.contains("Hakan Yilmaz withdrewFrom President of UEFA"), f.toString());
        assertFalse(f.contains("Anders Holm supports Paolo Rinaldi"), f.toString());
        // near miss: one who withdrew a while ago and then endorsed still backs
        List<String> g = facts("Canada's own candidate, Marc Tremblay, dropped out in April and endorsed Ingrid Lind.");
        assertTrue(g.contains("Marc Tremblay supports Ingrid Lind"), g.toString());
    }

    @Test
    void aRegionalDirectorsRegionNamesTheOffice() {
        List<String> f = facts("African health ministers on Thursday nominated Zambian epidemiologist Dr. Mwila Phiri as the next "
                + "World Health Organization Regional Director for Africa. A third contender, Dr. Ngozi Okafor, a Nigerian "
                + "specialist, dropped out of the race on Wednesday evening.");
        assertTrue(f.contains("Mwila Phiri appointedTo Regional Director for Africa of WHO"), f.toString());
        assertTrue(f.contains("Ngozi Okafor withdrewFrom Regional Director for Africa of WHO"), f.toString());
        List<String> g = facts("Shreya Menon, former ILO regional director for Asia and the Pacific, spoke. After leaving government "
                + "Amara Sesay became UNICEF's regional director for West and Central Africa, a post she left last year to campaign.");
        assertTrue(g.contains("Shreya Menon heldOffice Regional Director for Asia and the Pacific of the International Labour Organization"),
                g.toString());
        assertTrue(g.contains("Amara Sesay heldOffice Regional Director for West and Central Africa of UNICEF"), g.toString());
        assertFalse(g.contains("Amara Sesay holdsOffice Regional Director for West and Central Africa of UNICEF"), g.toString());
    }
}
