package org.newsgraph.relation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestSupport;

/** Reading offices: appositions with a second description, headline resignations. One case a test. */
class ReadingOffices2Test {

    private static List<String> facts(String text) {
        return TestSupport.facts(text);
    }

    @Test
    void anApposedOfficeFollowedByASecondDescriptionIsHeld() {
        List<String> f = facts("Norway voted. Ola Berg, leader of the Labour Party and a vocal critic of Erna Solberg, spoke on Monday.");
        assertTrue(f.stream().anyMatch(x -> x.startsWith("Ola Berg holdsOffice Leader of the Labour Party")), f.toString());
        assertTrue(f.contains("Ola Berg opposes Erna Solberg"), f.toString());
    }

    @Test
    void anOfficeCoordinatedWithAnotherBodyIsNoSecondDescription() {
        List<String> f = facts("Norway voted. Ola Berg met the leader of the Labour Party and the Centre Party on Monday.");
        assertFalse(f.stream().anyMatch(x -> x.startsWith("Ola Berg holdsOffice")), f.toString());
    }

    @Test
    void aHeadlineResignationIsHeld() {
        List<String> f = facts("Brazil's finance minister Ricardo Tavares resigns after budget row");
        assertTrue(f.contains("Ricardo Tavares heldOffice Finance Minister of Brazil"), f.toString());
        assertFalse(f.contains("Ricardo Tavares holdsOffice Finance Minister of Brazil"), f.toString());
    }

    @Test
    void aResignationStillToComeIsNotHeld() {
        List<String> f = facts("Brazil's finance minister Ricardo Tavares will resign after the budget row.");
        assertFalse(f.contains("Ricardo Tavares heldOffice Finance Minister of Brazil"), f.toString());
    }

    @Test
    void theCourtOfAuditorsIsLedByItsPresident() {
        List<String> f = facts("Kieran Brophy, who has led the European Court of Auditors since 2023, steps down in December.");
        assertTrue(f.contains("Kieran Brophy holdsOffice President of the European Court of Auditors"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("Head of the European Court of Auditors")), f.toString());
    }

    @Test
    void theCaricomConferenceOfHeadsOfGovernmentIsOneBody() {
        List<String> f = facts("Grenada's prime minister is the current chair of the Conference of Heads of Government, which met on Monday.");
        assertFalse(f.stream().anyMatch(x -> x.contains("~Conference of Heads officeOf") || x.endsWith("officeOf Conference of Heads")), f.toString());
    }

    @Test
    void anOfficeBeforeACountrysNameIsTheNamesOffice() {
        List<String> f = facts("The President of the International Court of Justice, Sweden's Henrik Lindqvist, opens the session.");
        assertTrue(f.contains("Henrik Lindqvist holdsOffice President of the International Court of Justice"), f.toString());
    }

    @Test
    void anOfficeBeforeACountrysNameInAListIsNotTheNamesOffice() {
        List<String> f = facts("The President of the International Court of Justice spoke; Sweden's Henrik Lindqvist listened.");
        assertFalse(f.stream().anyMatch(x -> x.startsWith("Henrik Lindqvist holdsOffice")), f.toString());
    }

    @Test
    void anApposedOfficeFollowedByASecondOfficeIsHeld() {
        List<String> f = facts("\"We agree,\" said Keisha Noel, Grenada's prime minister and the current chair of the African Union, on Monday.");
        assertTrue(f.contains("Keisha Noel holdsOffice Prime Minister of Grenada"), f.toString());
    }

    @Test
    void aPartyLedByItsLeaderInApposition() {
        List<String> f = facts("Spain votes. The left-wing Por Andalucía coalition, led by Inmaculada Ferrer Lozano, voted against the budget.");
        assertTrue(f.contains("Inmaculada Ferrer Lozano holdsOffice Leader of the Por Andalucía"), f.toString());
    }

    @Test
    void aPartyOnceLedByAFormerLeaderIsNoLeadership() {
        List<String> f = facts("Spain votes. The Por Andalucía coalition, led by former minister Inmaculada Ferrer Lozano until May, voted.");
        assertFalse(f.stream().anyMatch(x -> x.startsWith("Inmaculada Ferrer Lozano holdsOffice")), f.toString());
    }

    @Test
    void anOfficeOfACountrysKnownPartyIsThePartys() {
        List<String> f = facts("Ola Berg was elected leader of Denmark's Socialist People's Party on Sunday and took over the party immediately.");
        assertTrue(f.contains("Ola Berg holdsOffice Leader of the Socialist People's Party"), f.toString());
        assertFalse(f.contains("Ola Berg appointedTo Leader of the Socialist People's Party"), f.toString());
    }

    @Test
    void electedToTakeOverLaterIsNotYetHeld() {
        List<String> f = facts("Ola Berg was elected leader of Denmark's Socialist People's Party on Sunday and will take over in May.");
        assertFalse(f.contains("Ola Berg holdsOffice Leader of the Socialist People's Party"), f.toString());
        assertTrue(f.contains("Ola Berg appointedTo Leader of the Socialist People's Party"), f.toString());
    }

    @Test
    void aDescribedPredecessorWhoResignedHeldTheOffice() {
        List<String> f = facts("Fernanda Lacerda was appointed president of Interpol. She replaced Kim Minho, a Korean police officer who resigned in January.");
        assertTrue(f.contains("Kim Minho heldOffice President of Interpol"), f.toString());
    }

    @Test
    void aDescribedPersonWhoWillResignHasNotHeldTheOffice() {
        List<String> f = facts("Fernanda Lacerda was appointed president of Interpol. She replaced Kim Minho, a Korean police officer who will resign in January.");
        assertFalse(f.contains("Kim Minho heldOffice President of Interpol"), f.toString());
    }

    @Test
    void aMinisterMovedToAnotherMinistryLeavesTheTitle() {
        List<String> f = facts("ACCRA - Ghanaian President Kofi Mensah reshuffled his cabinet, moving Finance Minister Kwame Tetteh to the foreign ministry.");
        assertTrue(f.contains("Kwame Tetteh heldOffice Finance Minister of Ghana"), f.toString());
        assertFalse(f.contains("Kwame Tetteh holdsOffice Finance Minister of Ghana"), f.toString());
    }

    @Test
    void aMinisterMovingToAMeetingKeepsTheTitle() {
        List<String> f = facts("ACCRA - Ghanaian President Kofi Mensah reshuffled his cabinet, moving Finance Minister Kwame Tetteh to tears.");
        assertFalse(f.contains("Kwame Tetteh heldOffice Finance Minister of Ghana"), f.toString());
    }

    @Test
    void aCountrysOppositionLeaderIsAnOfficeOfTheCountry() {
        List<String> f = facts("Saint Lucia's opposition leader, Ezekiel Joseph, spoke.");
        assertTrue(f.contains("Ezekiel Joseph holdsOffice Opposition Leader of Saint Lucia"), f.toString());
    }

    @Test
    void aCountrysLeaderIsNoPartyOffice() {
        List<String> f = facts("Saint Lucia's leader, Ezekiel Joseph, spoke.");
        assertFalse(f.stream().anyMatch(x -> x.contains("Leader of Saint Lucia")), f.toString());
    }

    @Test
    void theSecondOfTwoApposedOfficesIsHeld() {
        List<String> f = facts("\"We agree,\" said Keisha Noel, Grenada's prime minister and the current chair of the African Union, on Monday.");
        assertTrue(f.contains("Keisha Noel holdsOffice Chair of the African Union"), f.toString());
    }

    @Test
    void aFormerFirstOfficeLeavesTheSecondUnread() {
        List<String> f = facts("\"We agree,\" said Keisha Noel, Grenada's former prime minister and chair of the African Union, on Monday.");
        assertFalse(f.contains("Keisha Noel holdsOffice Chair of the African Union"), f.toString());
    }

    @Test
    void anApposedOfficeFollowedByAPossessiveDescriptionIsHeld() {
        List<String> f = facts("TOKYO - The early favourite is Ogawa Kenji, 61, the chief cabinet secretary and Ishikura's closest lieutenant.");
        assertTrue(f.contains("Ogawa Kenji holdsOffice Chief Cabinet Secretary of Japan"), f.toString());
    }

    @Test
    void anOfficeJoinedToAnotherCountrysNameIsNotApposed() {
        List<String> f = facts("TOKYO - Ogawa Kenji met the chief cabinet secretary and Japan's ambassador on Monday.");
        assertFalse(f.stream().anyMatch(x -> x.startsWith("Ogawa Kenji holdsOffice")), f.toString());
    }

    @Test
    void anAgeBeforeTheApposedOfficeIsPartOfTheApposition() {
        List<String> f = facts("TOKYO - The wild card is Nakamura Shun, the 45-year-old digital minister, who is rumoured to run.");
        assertTrue(f.contains("Nakamura Shun holdsOffice Digital Minister of Japan"), f.toString());
    }

    @Test
    void anAgeAloneGivesNoOffice() {
        List<String> f = facts("TOKYO - The wild card is Nakamura Shun, the 45-year-old, who met the digital minister.");
        assertFalse(f.stream().anyMatch(x -> x.startsWith("Nakamura Shun holdsOffice")), f.toString());
    }
}
