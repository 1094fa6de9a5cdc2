package org.newsgraph.relation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestSupport;
import org.newsgraph.entity.Discourse;
import org.newsgraph.entity.Entity;
import org.newsgraph.entity.EntityType;

/**
 * Parties and bodies the gazetteers list (parties.tsv, organizations.tsv): their names, acronyms and heads are read, and
 * their risky short names do not fire on ordinary words. The persons are made up.
 */
class ReadingGazetteerTest {

    private static List<String> facts(String text) {
        return TestSupport.facts(text);
    }

    private static List<String> entities(String text, EntityType type) {
        Discourse d = TestSupport.NG.analyze(TestSupport.article(text)).discourse();
        return d.entities().all().stream().filter(e -> e.type() == type).map(Entity::name).sorted().toList();
    }

    private static boolean has(List<String> facts, String start, String end) {
        return facts.stream().anyMatch(f -> f.startsWith(start) && f.endsWith(end));
    }

    @Test
    void anIrishPartyIsAPartyInAStoryAboutIreland() {
        String text = "DUBLIN — Sinn Féin leader Aoife Kearney attacked the government on Tuesday. "
                + "Councillor Brendan Foley (Fianna Fáil) said he backed the budget.";
        List<String> f = facts(text);
        assertTrue(has(f, "Aoife Kearney holdsOffice Leader of", "Sinn Féin"), f.toString());
        assertTrue(f.contains("Brendan Foley memberOf Fianna Fáil"), f.toString());
        assertFalse(entities(text, EntityType.PERSON).contains("Sinn Féin"), entities(text, EntityType.PERSON).toString());
    }

    @Test
    void partiesOfMoreCountriesAndProvincesHaveLeaders() {
        List<String> f = facts("COPENHAGEN — Danish Social Liberal Party leader Jens Holmgaard criticised the prime minister.");
        assertTrue(f.contains("Jens Holmgaard holdsOffice Leader of the Danish Social Liberal Party"), f.toString());
        f = facts("TORONTO — Canada's largest province votes on Thursday. Ontario NDP leader Carla Menzies attacked the premier.");
        assertTrue(f.contains("Carla Menzies holdsOffice Leader of the Ontario New Democratic Party"), f.toString());
        f = facts("BRASÍLIA — Brazil's PSDB president Rogério Albuquerque said the party would back the PT candidate.");
        assertTrue(f.contains("Rogério Albuquerque holdsOffice President of the Brazilian Social Democracy Party"), f.toString());
        assertTrue(f.contains("Brazilian Social Democracy Party supports Workers' Party"), f.toString());
        f = facts("ABUJA — Nigeria's opposition LP candidate Chidi Okafor criticised the APC.");
        assertTrue(f.contains("Chidi Okafor opposes All Progressives Congress"), f.toString());
    }

    @Test
    void theHeadsOfBodiesAreRead() {
        List<String> f = facts("ABUJA — The Independent National Electoral Commission (INEC) chairman Musa Danladi said the lists were complete.");
        assertTrue(f.contains("Musa Danladi holdsOffice Chair of the Independent National Electoral Commission"), f.toString());
        f = facts("GENEVA — IFAD president Marco Ruiz and UNFPA executive director Amina Bello backed the plan.");
        assertTrue(f.contains("Marco Ruiz holdsOffice President of the International Fund for Agricultural Development"), f.toString());
        assertTrue(f.contains("Amina Bello holdsOffice Executive Director of UNFPA"), f.toString());
        f = facts("JAKARTA — Pertamina chief executive Sari Wibowo resigned on Monday.");
        assertTrue(f.contains("Sari Wibowo heldOffice Chief Executive of Pertamina"), f.toString());
    }

    @Test
    void riskyShortNamesDoNotFireOnOrdinaryWords() {
        String text = "WASHINGTON — Most voters said the left was divided and a new reform was needed. "
                + "Moderates and progressives in Congress disagreed. The DA in Manhattan charged him. "
                + "The PAC spent heavily, and the BIS tightened export controls.";
        List<String> orgs = entities(text, EntityType.ORGANIZATION);
        for (String party : List.of("Moderates", "Democratic Alliance", "Progresīvie", "Levica", "Bank for International Settlements",
                "Pan Africanist Congress of Azania")) {
            assertFalse(orgs.contains(party), orgs.toString());
        }
        assertTrue(facts(text).isEmpty(), facts(text).toString());
    }

    @Test
    void aLongerNameOrAnotherBodysAcronymIsNotTheListedOne() {
        // "Lega Serie A" is the football league, not Italy's Lega party before "A president"
        List<String> f = facts("ROME — Lega Serie A president Paolo Ferri criticised the referees.");
        assertTrue(f.contains("Paolo Ferri holdsOffice President of the Lega Serie A"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("President of Italy")), f.toString());
        // "CAF" is left to the bracket that spells it out: here the Canadian Armed Forces, not African football
        f = facts("OTTAWA — The Canadian Armed Forces (CAF) is short of recruits. CAF chief Marie Gagnon criticised the budget.");
        assertFalse(f.stream().anyMatch(x -> x.contains("African Football")), f.toString());
        f = facts("CAIRO — Confederation of African Football president Youssef Amrani praised the hosts.");
        assertTrue(f.contains("Youssef Amrani holdsOffice President of the Confederation of African Football"), f.toString());
    }
}
