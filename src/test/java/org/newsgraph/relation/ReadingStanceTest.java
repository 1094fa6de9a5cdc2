package org.newsgraph.relation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestSupport;

/** Reading English for former offices, opposition, membership, nationality and quotes. One case a test. */
class ReadingStanceTest {

    private static List<String> facts(String text) {
        return TestSupport.facts(text);
    }

    private static boolean any(List<String> f, String predicate) {
        return f.stream().anyMatch(x -> x.contains(" " + predicate + " "));
    }

    // ---------------------------------------------------------------- former offices

    @Test
    void aDescriptionBeforeWhoWasFromToStillNamesTheHolder() {
        List<String> f = facts("Her rival is Pablo Mena, the Peruvian economist who was finance minister of Peru from 2016 to 2018.");
        assertTrue(f.contains("Pablo Mena heldOffice Finance Minister of Peru"), f.toString());
    }

    @Test
    void anAgeBeforeWhoPreviouslyServedAs() {
        List<String> f = facts("Lena Moyo, 54, who previously served as Zambia's finance minister from 2015 to 2019, spoke in Lusaka.");
        assertTrue(f.contains("Lena Moyo heldOffice Finance Minister of Zambia"), f.toString());
    }

    @Test
    void whoServedUntilAFutureYearIsNoFormerOffice() {
        List<String> f = facts("Lena Moyo, 54, who previously served as Zambia's finance minister from 2015 to 2031, spoke in Lusaka.");
        assertFalse(any(f, "heldOffice"), f.toString());
    }

    @Test
    void whenSheWasMinisterTellsOfAPastOffice() {
        List<String> f = facts("When Amina Kallon was Ghana's finance minister, she kept a ledger on her desk.");
        assertTrue(f.contains("Amina Kallon heldOffice Finance Minister of Ghana"), f.toString());
    }

    @Test
    void aGivenNameOfAKnownPersonBeforeAnotherFamilyNameIsSomeoneElse() {
        List<String> f = facts("Anwar Rahimov, Uzbekistan's one-time finance minister, spoke in Tashkent.");
        assertTrue(f.contains("Anwar Rahimov heldOffice Finance Minister of Uzbekistan"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.startsWith("Anwar Ibrahim")), f.toString());
    }

    @Test
    void whoLedABodyForTwoTerms() {
        List<String> f = facts("Pablo Mena succeeded Ana Ruiz, who led UNICEF for two terms.");
        assertTrue(f.stream().anyMatch(x -> x.startsWith("Ana Ruiz heldOffice ") && x.contains("UNICEF")), f.toString());
    }

    @Test
    void succeedingADescribedPerson() {
        List<String> f = facts("Ingrid Bakke took office as UNDP Administrator in March, succeeding the Colombian economist Rafael Montoya, who led the agency for two terms.");
        assertTrue(f.contains("Ingrid Bakke succeeds Rafael Montoya"), f.toString());
    }

    // ---------------------------------------------------------------- opposition

    @Test
    void aCriticOfSomeonesRecordOpposesThem() {
        List<String> f = facts("Carlos Vega is a fierce critic of Ana Ruiz's record as mayor.");
        assertTrue(f.contains("Carlos Vega opposes Ana Ruiz"), f.toString());
    }

    @Test
    void havingBecomeACritic() {
        List<String> f = facts("Anna Berg has become a vocal critic of Jonas Lund.");
        assertTrue(f.contains("Anna Berg opposes Jonas Lund"), f.toString());
    }

    @Test
    void anAccusationInAParticipleClause() {
        List<String> f = facts("Anna Berg lashed out at the government on Monday, accusing Jonas Lund of \"hiding the figures\".");
        assertTrue(f.contains("Anna Berg opposes Jonas Lund"), f.toString());
    }

    @Test
    void aNegatedCriticismIsNoOpposition() {
        List<String> f = facts("Anna Berg did not criticise Jonas Lund's campaign.");
        assertFalse(any(f, "opposes"), f.toString());
    }

    @Test
    void aPoliticalLeaningTheLastGroupDoesNotCarryNamesAnotherGroup() {
        List<String> f = facts("Jorge Lozano of the Socialists and Democrats (S&D) is a candidate. Lozano lashed out at the liberal group's move.");
        assertFalse(f.stream().anyMatch(x -> x.contains(" opposes ") && x.contains("Socialists and Democrats")), f.toString());
    }

    // ---------------------------------------------------------------- membership

    @Test
    void whoLikeAnotherIsAMember() {
        List<String> f = facts("Ana Ruiz, who like Pedro Lanas is a member of the Social Democratic Party, spoke in Lisbon.");
        assertTrue(f.stream().anyMatch(x -> x.startsWith("Ana Ruiz memberOf ")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.startsWith("Pedro Lanas memberOf ")), f.toString());
    }

    @Test
    void anAllianceMemberSinceADate() {
        List<String> f = facts("Latvia, an EU member since 2004, backed the plan.");
        assertTrue(f.contains("Latvia memberOf European Union"), f.toString());
    }

    @Test
    void bothMembersOf() {
        List<String> f = facts("Uruguay and Paraguay are both members of Mercosur.");
        assertTrue(f.contains("Uruguay memberOf Mercosur"), f.toString());
        assertTrue(f.contains("Paraguay memberOf Mercosur"), f.toString());
    }

    @Test
    void aSecondAndInAListOpensAClause() {
        List<String> f = facts("She won the backing of Mexico and Panama, and Costa Rica, a member of the Central American Integration System, lobbied for her.");
        assertTrue(f.contains("Costa Rica memberOf Central American Integration System"), f.toString());
        assertFalse(f.contains("Panama memberOf Central American Integration System"), f.toString());
    }

    @Test
    void anMepOfAPartyIsAMemberOfTheParty() {
        List<String> f = facts("The third candidate is Zoltán Kiss, a Hungarian MEP of Fidesz, put forward by the Patriots.");
        assertTrue(f.contains("Zoltán Kiss memberOf Fidesz"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("European Parliament of Fidesz")), f.toString());
    }

    // ---------------------------------------------------------------- nationality

    @Test
    void twoDemonymsOfOneNounNameNoPerson() {
        List<String> f = facts("Jorge Lozano is a Spanish candidate. He has the backing of the Italian and Croatian members of the group.");
        assertFalse(f.contains("Jorge Lozano citizenOf Italy"), f.toString());
    }

    @Test
    void latinAmericanIsNoAmerican() {
        List<String> f = facts("The bloc endorsed the principle of a Latin American secretary-general without naming anyone.");
        assertFalse(f.stream().anyMatch(x -> x.contains("United States")), f.toString());
    }

    // ---------------------------------------------------------------- quotes

    @Test
    void aQuotationAfterTheSpeakerSmiled() {
        List<String> f = facts("Ana Ruiz smiled. \"Ask me in four years.\"");
        assertTrue(f.contains("Ana Ruiz said \"Ask me in four years.\""), f.toString());
    }

    @Test
    void aQuotationAfterSomeoneElseDidNotRespondIsNotTheirs() {
        List<String> f = facts("Ana Ruiz did not respond. \"Ask me in four years.\"");
        assertFalse(any(f, "said"), f.toString());
    }

    @Test
    void theAnswersOfAnInterviewAreTheInterviewees() {
        List<String> f = facts("Ana Ruiz spoke to us in Lima.\n\nQ: Will you run?\nA: \"Yes, I will run.\"\n\nQ: Why now?\nA: \"The time is right.\"");
        assertTrue(f.contains("Ana Ruiz said \"Yes, I will run.\""), f.toString());
        assertTrue(f.contains("Ana Ruiz said \"The time is right.\""), f.toString());
    }

    @Test
    void anAnswerMarkWithoutQuestionsIsNoInterview() {
        List<String> f = facts("Ana Ruiz spoke to us in Lima.\n\nA: \"Yes, I will run.\"");
        assertFalse(any(f, "said"), f.toString());
    }

    @Test
    void whichHeHasCalled() {
        List<String> f = facts("Jonas Lund criticised the plan, which he has called \"a list of ribbon-cuttings\".");
        assertTrue(f.contains("Jonas Lund said \"a list of ribbon-cuttings\""), f.toString());
    }

    @Test
    void whomHeAccusedOfWanting() {
        List<String> f = facts("He clashed with the finance minister, Ernst Lohmann, whom Karl Berger accused of wanting \"a union by calendar\".");
        assertTrue(f.contains("Karl Berger said \"a union by calendar\""), f.toString());
    }

    // ---------------------------------------------------------------- more former offices, nationality, subjects

    @Test
    void whomAFormerHolderTookOverFromHeldTheOfficeToo() {
        List<String> f = facts("Karl Berg was president of the Bundesbank from 1993 to 1999, taking over from Otto Lenz.");
        assertTrue(f.contains("Otto Lenz heldOffice President of the Deutsche Bundesbank"), f.toString());
    }

    @Test
    void aFormerOfficeBeforeTheSuccessionInAnotherOfficeStatesNoPredecessorTenure() {
        List<String> f = facts("Karl Berg, who was finance minister of Germany from 1990 to 1994, replaced Otto Lenz as chief executive of Siemens.");
        assertFalse(f.stream().anyMatch(x -> x.startsWith("Otto Lenz heldOffice Finance Minister")), f.toString());
    }

    @Test
    void aFederationIsHeadedByAPresident() {
        List<String> f = facts("Hakan Demir, the former head of the Turkish Football Federation, endorsed Paolo Conti.");
        assertTrue(f.contains("Hakan Demir heldOffice President of the Turkish Football Federation"), f.toString());
    }

    @Test
    void aCompanyNamedAfterADescriptionOfIt() {
        List<String> f = facts("The president named Rini Wulandari, a former chief executive of state oil company Pertamina, to the post.");
        assertTrue(f.contains("Rini Wulandari heldOffice Chief Executive of Pertamina"), f.toString());
    }

    @Test
    void hyphenatedOccupationsAfterADemonym() {
        List<String> f = facts("A third contender, Ngozi Okafor, a Nigerian infectious-disease specialist, dropped out.");
        assertTrue(f.contains("Ngozi Okafor citizenOf Nigeria"), f.toString());
    }

    @Test
    void aBirthplaceBeforeTheNationalityIsNone() {
        List<String> f = facts("Tomás Reyes, a Nigerian-born Chilean diplomat, was appointed in April.");
        assertTrue(f.contains("Tomás Reyes citizenOf Chile"), f.toString());
        assertFalse(f.contains("Tomás Reyes citizenOf Nigeria"), f.toString());
    }

    @Test
    void aPoliticalLeaningAsANounAfterADemonym() {
        List<String> f = facts("Its own candidate, the French liberal Élodie Marchand, dropped out.");
        assertTrue(f.contains("Élodie Marchand citizenOf France"), f.toString());
    }

    @Test
    void aDemonymAndALawmakerBeforeTheName() {
        List<String> f = facts("Her main rival, Pakistani lawmaker Imran Qazi, finished with 127 votes.");
        assertTrue(f.contains("Imran Qazi citizenOf Pakistan"), f.toString());
    }

    @Test
    void aDescriptionWithABodyBeforeTheNameLeavesThePersonTheSubject() {
        List<String> f = facts("The PDP candidate in the election, Bolaji Ade, also stayed away. He has accused the Independent National Electoral Commission of fraud.");
        assertTrue(f.contains("Bolaji Ade opposes Independent National Electoral Commission"), f.toString());
    }

    @Test
    void aPhotoCreditAtTheEndOfACaptionNamesNoBody() {
        List<String> f = facts("[Photo] Ana Ruiz speaks in Geneva on Wednesday. Photo: Marc Weber / The Parliamentary Post\n\nThe Inter-Parliamentary Union elected Ana Ruiz as the organisation's next president.");
        assertFalse(f.stream().anyMatch(x -> x.contains("Parliamentary Post")), f.toString());
    }

    @Test
    void aCapitalisedTitleIsNoBody() {
        List<String> f = facts("Grace Wambugu has repeatedly accused the Treasury Cabinet Secretary of hiding the debt.");
        assertFalse(f.stream().anyMatch(x -> x.contains("opposes Treasury")), f.toString());
    }

    @Test
    void aTitleWithACountrysPossessiveInACopulaGivesTheNationality() {
        List<String> f = facts("Jorge Lozano, who was Spain's labour minister from 2018 to 2021, spoke in Madrid.");
        assertTrue(f.contains("Jorge Lozano citizenOf Spain"), f.toString());
    }

    @Test
    void aCountrysPossessiveBeforeABodysTitleAndTheName() {
        List<String> f = facts("Portugal's federation president, Nuno Meireles, will not run.");
        assertTrue(f.contains("Nuno Meireles citizenOf Portugal"), f.toString());
    }

    @Test
    void anIrishPartyInAnIrishStory() {
        List<String> f = facts("DUBLIN - Taoiseach Ciarán Ó Dálaigh will step aside. Sinn Féin's leader, Róisín Mac Giolla, accused him of \"breaking faith\". \"A deal is a deal,\" he told reporters in Dublin.");
        assertFalse(f.stream().anyMatch(x -> x.startsWith("Sinn Féin said")), f.toString());
        assertTrue(f.contains("Róisín Mac Giolla opposes Ciarán Ó Dálaigh"), f.toString());
    }

    @Test
    void beforeBecomingAnotherOfficeSheWas() {
        List<String> f = facts("Before becoming mayor of Lima, Ana Ruiz was Peru's finance minister.");
        assertTrue(f.contains("Ana Ruiz heldOffice Finance Minister of Peru"), f.toString());
    }

    @Test
    void aStintInAnOfficeIsOver() {
        List<String> f = facts("Ana Ruiz spoke in Lima. Her stint as finance minister of Peru ended in 2021.");
        assertTrue(f.contains("Ana Ruiz heldOffice Finance Minister of Peru"), f.toString());
    }

    @Test
    void someonesFiercestCriticOpposesThem() {
        List<String> f = facts("Pedro Lanas is Ana Ruiz's fiercest critic.");
        assertTrue(f.contains("Pedro Lanas opposes Ana Ruiz"), f.toString());
    }

    @Test
    void aMainOpponentInARaceIsARivalOnly() {
        List<String> f = facts("Her main opponent, Pedro Lanas, spoke. Pedro Lanas is Ana Ruiz's main opponent in the race.");
        assertFalse(any(f, "opposes"), f.toString());
    }

    @Test
    void aMemberOfTheBlocNamedByItsSize() {
        List<String> f = facts("Leaders of the Gulf Cooperation Council met in Riyadh. Oman, a member of the six-nation bloc, backed him.");
        assertTrue(f.contains("Oman memberOf Gulf Cooperation Council"), f.toString());
    }

    @Test
    void aChamberNamedWithADemonymGivesTheNationality() {
        List<String> f = facts("Czech Senate speaker Pavel Novak will run for the presidency.");
        assertTrue(f.contains("Pavel Novak citizenOf Czech Republic"), f.toString());
    }

    @Test
    void herAfterAManWasTheSubjectIsTheWomanShownToBeOne() {
        List<String> f = facts("Maria Lopez launched her campaign in Lima. The other candidates are Kim Sato and Robin Okafor. "
                + "Pedro Lanas dropped out on Monday. Her candidacy was backed by Peru.");
        assertTrue(f.contains("Peru supports Maria Lopez"), f.toString());
        assertFalse(f.contains("Peru supports Robin Okafor"), f.toString());
    }

    @Test
    void lashingOutInAParticipleClauseOfTheSubject() {
        List<String> f = facts("Imran Qazi spent the last day of the campaign lashing out at the European Union.");
        assertTrue(f.contains("Imran Qazi opposes European Union"), f.toString());
    }

    @Test
    void aGroupNamedBeforeTheWordGroupIsThatGroup() {
        List<String> f = facts("Imran Qazi spent the last day of the campaign lashing out at the Twelve Plus group of parliaments.");
        assertTrue(f.contains("Imran Qazi opposes Twelve Plus Group"), f.toString());
    }

    @Test
    void hittingOutAtSomeoneOpposesThem() {
        List<String> f = facts("Pedro Lanas hit out at Ana Ruiz on Monday. Jorge Mena did not hit out at Luis Vega.");
        assertTrue(f.contains("Pedro Lanas opposes Ana Ruiz"), f.toString());
        assertFalse(f.contains("Jorge Mena opposes Luis Vega"), f.toString());
    }

    @Test
    void opposedToSomeonesCandidacy() {
        List<String> f = facts("Pedro Lanas is opposed to Ana Ruiz's candidacy.");
        assertTrue(f.contains("Pedro Lanas opposes Ana Ruiz"), f.toString());
    }

    @Test
    void aPullQuoteWithItsSpeakerAfterADash() {
        List<String> f = facts("\"We will not give up\" — Ana Ruiz.");
        assertTrue(f.contains("Ana Ruiz said \"We will not give up\""), f.toString());
    }

    @Test
    void aBirthplaceInADescriptionIsNoNationality() {
        List<String> f = facts("Ana Ruiz, the Peruvian-born economist, spoke in Madrid.");
        assertFalse(any(f, "citizenOf"), f.toString());
    }

    @Test
    void aCueAfterAFrontedQuestionHandsOverTheQuote() {
        List<String> f = facts("Fatou Sy praised her. Asked what she would change first, Amara Kallon did not hesitate. \"Money follows headlines.\"");
        assertTrue(f.contains("Amara Kallon said \"Money follows headlines.\""), f.toString());
        assertFalse(f.contains("Fatou Sy said \"Money follows headlines.\""), f.toString());
    }

    @Test
    void aPortfolioEndsBeforeAWordOfTime() {
        List<String> f = facts("NAIROBI - Grace Wambugu served as Kenya's Cabinet Secretary for Health until 2022. "
                + "Hassan Farah, who was Cabinet Secretary for Interior before he fell out with the government, spoke.");
        assertTrue(f.contains("Grace Wambugu heldOffice Cabinet Secretary for Health of Kenya"), f.toString());
        assertTrue(f.contains("Hassan Farah heldOffice Cabinet Secretary for Interior of Kenya"), f.toString());
    }
}
