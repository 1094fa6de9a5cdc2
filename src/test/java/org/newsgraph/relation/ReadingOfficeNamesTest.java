package org.newsgraph.relation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestSupport;
import org.newsgraph.entity.Entity;

/**
 * Office names as users and annotators write them: a portfolio's and a title's other names as altLabels, and offices
 * read from general constructions (a body's acronym first, a rank of the body, a title of one country). One case a test.
 */
class ReadingOfficeNamesTest {

    private static List<String> facts(String text) {
        return TestSupport.facts(text);
    }

    /** The altLabels of the office (or person) labelled {@code label} among the facts of the text. */
    private static Set<String> altLabels(String text, String label) {
        Set<String> out = new TreeSet<>();
        for (Fact f : TestSupport.NG.analyze(TestSupport.article(text)).facts()) {
            for (Entity e : java.util.Arrays.asList(f.subject(), f.object())) {
                if (e != null && e.name().equals(label)) {
                    out.addAll(e.altLabels());
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- other names of a title

    @Test
    void aPortfolioMinisterIsAlsoTheMinisterOfAndForThePortfolio() {
        Set<String> alt = altLabels("Austria's finance minister Hans Berger spoke on Monday.", "Finance Minister of Austria");
        assertTrue(alt.contains("Minister of Finance of Austria"), alt.toString());
        assertTrue(alt.contains("Minister for Finance of Austria"), alt.toString());
    }

    @Test
    void theForeignMinisterIsTheMinisterOfForeignAffairs() {
        Set<String> alt = altLabels("Senegal's foreign minister Awa Ndiaye spoke on Monday.", "Foreign Minister of Senegal");
        assertTrue(alt.contains("Minister of Foreign Affairs of Senegal"), alt.toString());
        assertFalse(alt.contains("Minister of Foreign of Senegal"), alt.toString());
    }

    @Test
    void aDeputyKeepsHisRankBeforeThePortfolioWrittenAfter() {
        Set<String> alt = altLabels("Mexico's deputy health minister Rafael Quintero spoke on Monday.", "Deputy Health Minister of Mexico");
        assertTrue(alt.contains("Deputy Minister of Health of Mexico"), alt.toString());
    }

    @Test
    void aChairIsAlsoAChairman() {
        Set<String> alt = altLabels("The Independent National Electoral Commission (INEC) met. INEC chair Hadiza Lawal-Bello spoke on Monday.",
                "Chair of the Independent National Electoral Commission");
        assertTrue(alt.contains("Chairman of the Independent National Electoral Commission"), alt.toString());
        assertTrue(alt.contains("Chairperson of the Independent National Electoral Commission"), alt.toString());
    }

    @Test
    void aPrimeMinisterHasNoPortfolio() {
        Set<String> alt = altLabels("Norway's prime minister Jonas Gahr Store spoke on Monday.", "Prime Minister of Norway");
        assertFalse(alt.stream().anyMatch(a -> a.startsWith("Minister of") || a.startsWith("Minister for")), alt.toString());
    }

    @Test
    void aBodysOfficeIsAlsoNamedWithItsAcronymFirstAndItsRegionAfterTheBody() {
        String text = "Health ministers nominated Dr. Mwila Chanda-Phiri as the next World Health Organization Regional Director for Africa.";
        List<String> f = facts(text);
        assertTrue(f.contains("Mwila Chanda-Phiri appointedTo Regional Director for Africa of WHO"), f.toString());
        Set<String> alt = altLabels(text, "Regional Director for Africa of WHO");
        assertTrue(alt.contains("WHO Regional Director for Africa"), alt.toString());
        assertTrue(alt.contains("Regional Director of WHO for Africa"), alt.toString());
    }

    // ---------------------------------------------------------------- offices read

    @Test
    void aRegionOfTwoNamesThePost() {
        List<String> f = facts("Shreya Menon, a former ILO regional director for Asia and the Pacific, spoke on Monday.");
        assertTrue(f.contains("Shreya Menon heldOffice Regional Director for Asia and the Pacific of the International Labour Organization"),
                f.toString());
    }

    @Test
    void anAssociateAdministratorIsTheDeputyOfTheBodysAdministrator() {
        List<String> f = facts("Ingrid Bakke took office as UNDP Administrator in March. Tomás Reyes was appointed associate administrator in April.");
        assertTrue(f.contains("Tomás Reyes appointedTo Associate Administrator of UNDP"), f.toString());
        assertFalse(f.contains("Tomás Reyes appointedTo Administrator of UNDP"), f.toString());
    }

    @Test
    void aKnownPortfolioBeforeCommissionerNamesTheCommissionersOffice() {
        List<String> f = facts("The African Union's health commissioner, Tshepo Molefe, welcomed the choice.");
        assertTrue(f.contains("Tshepo Molefe holdsOffice Health Commissioner of the African Union"), f.toString());
    }

    @Test
    void theEusTradeCommissionerSitsOnTheCommissionHoweverThePortfolioIsWritten() {
        List<String> f = facts("The EU's trade commissioner, Anders Holm, spoke on Monday.");
        assertTrue(f.contains("Anders Holm holdsOffice Trade Commissioner of the European Commission"), f.toString());
    }

    @Test
    void anElectionCommissionerIsNoPortfolio() {
        List<String> f = facts("Kenya's election commissioner, Japhet Koome, spoke on Monday.");
        assertFalse(f.stream().anyMatch(x -> x.contains("Election Commissioner")), f.toString());
    }

    @Test
    void aDemonymBeforeACountrysTitleOfANamedBodyIsThePersons() {
        List<String> f = facts("Jean-Baptiste Morel, a French vice-president of the EIB, ended his campaign last week.");
        assertTrue(f.contains("Jean-Baptiste Morel holdsOffice Vice President of the European Investment Bank"), f.toString());
        assertTrue(f.contains("Jean-Baptiste Morel citizenOf France"), f.toString());
        assertFalse(f.contains("Jean-Baptiste Morel holdsOffice Vice President of France"), f.toString());
    }

    @Test
    void aCountrysWhoseTitleBeforeANameIsTheCountrys() {
        List<String> f = facts("Saar won the backing of Finland, whose finance minister Jussi Rautavaara praised her.");
        assertTrue(f.contains("Jussi Rautavaara holdsOffice Finance Minister of Finland"), f.toString());
    }

    @Test
    void aCountrysWhoseTitleWithoutANameNamesNoOffice() {
        List<String> f = facts("She was backed by the United Kingdom, whose development minister called her the best candidate.");
        assertFalse(f.stream().anyMatch(x -> x.startsWith("Development Minister of the United Kingdom")), f.toString());
    }

    @Test
    void aBodyNounBeforeANameIntroducesABody() {
        List<String> f = facts("The president named Rini Wulandari, a former chief executive of state oil company Pertamina, to the post.");
        assertTrue(f.contains("Rini Wulandari heldOffice Chief Executive of Pertamina"), f.toString());
    }

    @Test
    void aBodysHeadIsTheHeadsTitleTheArticleNames() {
        List<String> f = facts("The president named Rini Wulandari, a former chief executive of state oil company Pertamina, to the post. "
                + "She ran Pertamina from 2019 to 2023.");
        assertFalse(f.stream().anyMatch(x -> x.contains("Head of Pertamina")), f.toString());
    }

    @Test
    void aFootballFederationIsHeadedByItsPresident() {
        List<String> f = facts("Hakan Yilmaz, the former head of the Turkish Football Federation, pulled out on Monday.");
        assertTrue(f.contains("Hakan Yilmaz heldOffice President of the Turkish Football Federation"), f.toString());
    }

    @Test
    void portfoliosJoinedByAndNameOneMinistry() {
        String text = "JAKARTA - Indonesia reshuffles its cabinet. The president removed Energy and Mineral Resources Minister "
                + "Hendra Kusumawardana on Monday.";
        List<String> f = facts(text);
        assertTrue(f.contains("Hendra Kusumawardana holdsOffice Energy and Mineral Resources Minister of Indonesia"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("Mineral Resources ") && x.startsWith("Mineral")), f.toString());
        assertTrue(altLabels(text, "Energy and Mineral Resources Minister of Indonesia")
                .contains("Minister of Energy and Mineral Resources of Indonesia"));
    }

    @Test
    void theTaoiseachIsIrelandsWhereNoCountryIsWritten() {
        List<String> f = facts("Taoiseach Ciarán Ó Dálaigh said on Thursday that he will step aside, with Tánaiste Aoife Kennelly taking over.");
        assertTrue(f.contains("Ciarán Ó Dálaigh holdsOffice Taoiseach of Ireland"), f.toString());
        assertTrue(f.contains("Aoife Kennelly holdsOffice Tánaiste of Ireland"), f.toString());
    }

    @Test
    void aBareTitleIsTheNamedBodysWhoseHeadItIs() {
        List<String> f = facts("The Nordic Council picked Mette Berg as the body's next secretary general. "
                + "Leaders of the Gulf Cooperation Council renewed the mandate of Secretary-General Faisal Al-Mutairi.");
        assertTrue(f.contains("Faisal Al-Mutairi holdsOffice Secretary General of the Gulf Cooperation Council"), f.toString());
        assertFalse(f.contains("Faisal Al-Mutairi holdsOffice Secretary General of the Nordic Council"), f.toString());
    }

    @Test
    void aRankOfABodyIsPartOfItsTitle() {
        List<String> f = facts("Nigeria votes. The APC National Chairman, Abdullahi Garba Yusuf, spoke on Monday.");
        assertTrue(f.contains("Abdullahi Garba Yusuf holdsOffice National Chair of the All Progressives Congress"), f.toString());
        Set<String> alt = altLabels("Nigeria votes. The APC National Chairman, Abdullahi Garba Yusuf, spoke on Monday.",
                "National Chair of the All Progressives Congress");
        assertTrue(alt.contains("National Chairman of the All Progressives Congress"), alt.toString());
    }

    @Test
    void aNationalTitleOfACountryTakesNoRank() {
        List<String> f = facts("Nigeria votes. The national president Bola Tinubu spoke on Monday.");
        assertFalse(f.stream().anyMatch(x -> x.contains("National President")), f.toString());
    }

    @Test
    void anOfficeBecomeAndThenLeftIsHeld() {
        List<String> f = facts("Amara Kamara became UNICEF's regional director for West and Central Africa, a post she left last year.");
        assertTrue(f.contains("Amara Kamara heldOffice Regional Director for West and Central Africa of UNICEF"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.startsWith("Amara Kamara holdsOffice")), f.toString());
    }

    @Test
    void portfoliosAfterMinisterOfJoinedByAnd() {
        List<String> f = facts("Liisa Rautio, the Finnish former minister of social affairs and health, is a candidate.");
        assertTrue(f.contains("Liisa Rautio heldOffice Social Affairs and Health Minister of Finland"), f.toString());
        assertTrue(altLabels("Liisa Rautio, the Finnish former minister of social affairs and health, is a candidate.",
                "Social Affairs and Health Minister of Finland").contains("Minister of Social Affairs and Health of Finland"));
    }

    @Test
    void aPortfolioAfterForEndsBeforeATimeWord() {
        List<String> f = facts("NAIROBI - Kenya's opposition met. Hassan Abdi Farah, who was Cabinet Secretary for Interior before he "
                + "fell out with the government, joined.");
        assertTrue(f.contains("Hassan Abdi Farah heldOffice Cabinet Secretary for Interior of Kenya"), f.toString());
    }

    @Test
    void aMembersPartyAfterHisSeatIsNoBodyOfTheSeat() {
        List<String> f = facts("The third candidate is Zoltán Baranyi, a Hungarian MEP of Fidesz, put forward by the Patriots.");
        assertFalse(f.stream().anyMatch(x -> x.contains("Member of the European Parliament of Fidesz")), f.toString());
    }

    @Test
    void aTitleInAMinistryIsTheMinistrysOffice() {
        List<String> f = facts("Germany mourns. From 1982 to 1989 Klaus Weber was state secretary in the Federal Ministry of Finance.");
        assertTrue(f.contains("State Secretary of the Federal Ministry of Finance officeOf Federal Ministry of Finance"), f.toString());
    }

    @Test
    void aSeatInTheLowerHouseIsAlsoAMemberOfParliamentOfItsCountry() {
        String text = "Germany's chancellor spoke in Germany. Thomas Reinhardt, a member of the Bundestag, spoke.";
        Set<String> alt = altLabels(text, "Member of the Bundestag");
        assertTrue(alt.contains("Member of Parliament of Germany"), alt.toString() + " " + facts(text));
    }

    @Test
    void aLatinAmericanTitleIsNoOfficeOfTheUnitedStates() {
        List<String> f = facts("Brazil has declined to back anyone, and the bloc has endorsed the principle of a Latin American "
                + "secretary-general without naming anyone.");
        assertFalse(f.stream().anyMatch(x -> x.contains("of the United States")), f.toString());
    }

    @Test
    void aPortfolioLongerThanTheGazetteersTitleIsItsOwn() {
        List<String> f = facts("CANBERRA - Australia's Liberals met. Fiona McAllister served as minister for defence industry in the last government.");
        assertTrue(f.contains("Fiona McAllister heldOffice Minister for Defence Industry of Australia"), f.toString());
        List<String> g = facts("CANBERRA - Australia's Liberals met. Fiona McAllister served as minister for defence until 2020.");
        assertTrue(g.contains("Fiona McAllister heldOffice Defence Minister of Australia"), g.toString());
    }

    @Test
    void aKnownPortfolioBeforeACabinetSecretaryIsHisAndNoBody() {
        List<String> f = facts("NAIROBI - Kenya votes. The Treasury Cabinet Secretary, Samuel Odhiambo, defended the budget.");
        assertTrue(f.contains("Samuel Odhiambo holdsOffice Treasury Cabinet Secretary of Kenya"), f.toString());
    }

    @Test
    void aPermanentRepresentativeIsACountrysOffice() {
        List<String> f = facts("Diego Benítez, Paraguay's permanent representative, said he was standing aside.");
        assertTrue(f.contains("Diego Benítez holdsOffice Permanent Representative of Paraguay"), f.toString());
    }
}
