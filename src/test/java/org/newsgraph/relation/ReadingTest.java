package org.newsgraph.relation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestSupport;

/** Reading English: negation, hedges, coreference, tense. One case a test, each a regression guard. */
class ReadingTest {

    private static List<String> facts(String text) {
        return TestSupport.NG.analyze(TestSupport.article(text)).facts().stream()
                .map(f -> f.subject().name() + " " + f.predicate().localName() + " "
                        + (f.object() != null ? f.object().name() : "\"" + f.quote() + "\""))
                .toList();
    }

    @Test
    void didNotBackIsNoSupport() {
        List<String> f = facts("Romania did not back Mark Rutte.");
        assertFalse(f.stream().anyMatch(x -> x.contains("supports")), f.toString());
    }

    @Test
    void aHedgeIsNoSupport() {
        List<String> f = facts("Romania may back Mark Rutte.");
        assertFalse(f.stream().anyMatch(x -> x.contains("supports")), f.toString());
        assertTrue(facts("Romania will back Mark Rutte.").contains("Romania supports Mark Rutte"));
    }

    @Test
    void surnamesHonorificsAndPronounsCorefer() {
        List<String> f = facts("Dutch prime minister Mark Rutte visited Kyiv. Mr Rutte is a strong supporter of Ukraine. "
                + "“We stand with Ukraine,” he said.");
        assertTrue(f.contains("Mark Rutte supports Ukraine"), f.toString());
        assertTrue(f.contains("Mark Rutte said \"We stand with Ukraine\""), f.toString());
    }

    @Test
    void aPronounBeforeTheMainSubjectPointsForward() {
        List<String> f = facts("Viktor Orbán spoke first. Although she is a critic of Viktor Orbán, Kaja Kallas backed the plan.");
        assertTrue(f.contains("Kaja Kallas opposes Viktor Orbán"), f.toString());
    }

    @Test
    void formerTitlesAreHeldNotHeld() {
        List<String> f = facts("Norway’s former prime minister Jens Stoltenberg spoke.");
        assertTrue(f.contains("Jens Stoltenberg heldOffice Prime Minister of Norway"), f.toString());
        assertFalse(f.contains("Jens Stoltenberg holdsOffice Prime Minister of Norway"), f.toString());
        assertTrue(f.contains("Jens Stoltenberg citizenOf Norway"), f.toString());
    }

    @Test
    void anOfficeOfAnotherCountryGivesNoCitizenship() {
        List<String> f = facts("Jens Stoltenberg, who was prime minister of Norway, spoke.");
        assertTrue(f.contains("Jens Stoltenberg heldOffice Prime Minister of Norway"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("citizenOf")), f.toString());
    }

    @Test
    void theDescribedLeaderIsTheRecentPersonOfThatNationality() {
        List<String> f = facts("Mark Rutte warned of the threat posed by Vladimir Putin. He said the Russian leader is weak.");
        assertTrue(f.contains("Vladimir Putin citizenOf Russia"), f.toString());
        assertFalse(f.contains("Mark Rutte citizenOf Russia"), f.toString());
    }

    @Test
    void replacingAThingIsNoSuccession() {
        List<String> f = facts("Romania will donate a missile system on condition that allies replace it with a similar system.");
        assertFalse(f.stream().anyMatch(x -> x.contains("succeeds")), f.toString());
    }

    @Test
    void quotesOfAnOfficeAreNotSaid() {
        List<String> f = facts("“We will respond,” the ministry said.");
        assertTrue(f.stream().noneMatch(x -> x.contains(" said ")), f.toString());
    }

    @Test
    void aDefiniteTitleStandsForTheHolderTheArticleNamed() {
        List<String> f = facts("Japan has a new cabinet. Japan is calm.\nPrime Minister Haruka Sasaki unveiled her cabinet.\n"
                + "“We will act,” the prime minister said.");
        assertTrue(f.contains("Haruka Sasaki said \"We will act\""), f.toString());
    }

    @Test
    void aNationalityAsANounStandsForThePersonOfThatNationality() {
        List<String> f = facts("Iraq's former oil minister Karim al-Saadi and Nigeria's Adaeze Okonkwo met. "
                + "“We agree,” the Iraqi said.");
        assertTrue(f.contains("Karim al-Saadi said \"We agree\""), f.toString());
    }

    @Test
    void aPluralTitleOverAListGivesEachPersonTheTitleOfTheirCountry() {
        List<String> f = facts("She was joined by the foreign ministers Kenji Morimoto of Japan, Ulrike Brandt of Germany and Paola Conti of Italy.");
        assertTrue(f.contains("Kenji Morimoto holdsOffice Foreign Minister of Japan"), f.toString());
        assertTrue(f.contains("Ulrike Brandt holdsOffice Foreign Minister of Germany"), f.toString());
        assertTrue(f.contains("Paola Conti holdsOffice Foreign Minister of Italy"), f.toString());
    }

    @Test
    void aPartyNameMeansTheArticlesCountrysParty() {
        List<String> ca = facts("Canada's Conservatives met in Ottawa. Conservative leader Graham Doucette spoke.");
        assertTrue(ca.contains("Graham Doucette holdsOffice Leader of the Conservative Party of Canada"), ca.toString());
        List<String> uk = facts("Britain's Conservatives met in London. Conservative leader Fiona Marsh spoke.");
        assertTrue(uk.contains("Fiona Marsh holdsOffice Leader of the Conservative Party"), uk.toString());
    }

    @Test
    void aPartyGivesItsLeadersTitleNotItsMembersSeats() {
        List<String> f = facts("Canada's parliament met. New Democrat MP Leah Dufresne spoke.");
        assertFalse(f.stream().anyMatch(x -> x.contains("New Democratic Party") && x.contains("Member of Parliament")), f.toString());
    }

    @Test
    void aCriticOfAPolicyIsNoCriticOfItsAuthor() {
        List<String> f = facts("The United States, a vocal critic of the organisation's dispute settlement system, spoke at the WTO.");
        assertFalse(f.stream().anyMatch(x -> x.contains("opposes")), f.toString());
    }

    /** The start dates of the tenures in the graph of a text published on a date. */
    private static List<String> startDates(String text, String published) {
        org.newsgraph.ingest.Article a = TestSupport.article(text).withPublished(java.time.LocalDate.parse(published));
        org.apache.jena.rdf.model.Model m = TestSupport.NG.extract(a);
        return m.listObjectsOfProperty(m.createProperty("https://w3id.org/newsgraph/ontology#startDate"))
                .mapWith(n -> n.asLiteral().getLexicalForm()).toList();
    }

    @Test
    void relativeDatesCountFromThePublicationDate() {
        String text = "Jane Holloway was appointed finance minister of Canada last year.";
        assertTrue(startDates(text, "2026-06-01").contains("2025"), startDates(text, "2026-06-01").toString());
        assertTrue(startDates(text, "2031-01-15").contains("2030"), "not counted from the publication date");
        String next = "Jane Holloway will become finance minister of Canada next year.";
        assertTrue(startDates(next, "2026-06-01").contains("2027"), startDates(next, "2026-06-01").toString());
        String noDate = "Jane Holloway was appointed finance minister of Canada last year.";
        org.apache.jena.rdf.model.Model undated = TestSupport.NG.extract(org.newsgraph.ingest.Article.ofText(noDate));
        assertTrue(undated.listObjectsOfProperty(undated.createProperty("https://w3id.org/newsgraph/ontology#startDate")).toList().isEmpty(),
                "a relative date without a publication date must stay unresolved");
    }

    @Test
    void aLaterAppointmentDoesNotBecomeTheRaceOfAnElection() {
        List<String> f = facts("Tomas Varga won Slovakia's presidential election. Eva Novak will become foreign minister of Slovakia. "
                + "Andrei Popa conceded defeat on Sunday.");
        assertTrue(f.contains("Andrei Popa candidateFor President of Slovakia"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("candidateFor Foreign Minister")), f.toString());
    }

    @Test
    void aRaceIsReadThroughItsResult() {
        List<String> f = facts("Andrei Popa lost to Tomas Varga in Slovakia's presidential election.");
        assertTrue(f.contains("Andrei Popa candidateFor President of Slovakia"), f.toString());
        assertTrue(f.contains("Tomas Varga candidateFor President of Slovakia"), f.toString());
        List<String> hedged = facts("Tomas Varga won Slovakia's presidential election. Andrei Popa may concede defeat on Sunday.");
        assertFalse(hedged.stream().anyMatch(x -> x.startsWith("Andrei Popa candidateFor")), hedged.toString());
        List<String> motion = facts("Tomas Varga won Slovakia's presidential election. Andrei Popa lost a confidence vote in parliament.");
        assertFalse(motion.stream().anyMatch(x -> x.startsWith("Andrei Popa candidateFor")), motion.toString());
        List<String> negated = facts("Tomas Varga won Slovakia's presidential election. Andrei Popa did not throw his hat into the ring.");
        assertFalse(negated.stream().anyMatch(x -> x.startsWith("Andrei Popa candidateFor")), negated.toString());
    }

    @Test
    void aListOfCandidatesGoesOnAfterAnApposition() {
        List<String> f = facts("Helena Vidal was named managing director of the IMF. The finalists included Lucas Prado, "
                + "a former deputy governor of the central bank, and Ana Silva.");
        assertTrue(f.contains("Lucas Prado candidateFor Managing Director of IMF"), f.toString());
        assertTrue(f.contains("Ana Silva candidateFor Managing Director of IMF"), f.toString());
        List<String> clause = facts("Helena Vidal was named managing director of the IMF. The finalists included Lucas Prado, "
                + "a former deputy governor of the central bank, and Ana Silva said so.");
        assertFalse(clause.contains("Ana Silva candidateFor Managing Director of IMF"), clause.toString());
    }

    @Test
    void theOneSittingHolderIsSucceededByTheAppointee() {
        List<String> f = facts("Mark Rutte will take over as secretary general of Nato. "
                + "Current Nato secretary general Jens Stoltenberg will step down in October.");
        assertTrue(f.contains("Mark Rutte succeeds Jens Stoltenberg"), f.toString());
        List<String> seats = facts("Ana Silva was elected senator of Brazil. Brazilian senator Paulo Rezende and "
                + "Brazilian senator Marta Lopes congratulated her.");
        assertFalse(seats.stream().anyMatch(x -> x.contains("succeeds")), seats.toString());
    }

    @Test
    void aBareTitleOfTheRaceStandsForTheRacesOffice() {
        List<String> f = facts("Slovakia's presidential election was held on Saturday. "
                + "Eva Novak, who is running for president, said she would fight on.");
        assertTrue(f.contains("Eva Novak candidateFor President of Slovakia"), f.toString());
        List<String> other = facts("Slovakia's presidential election was held on Saturday. "
                + "Eva Novak, who is running for mayor, said she would fight on.");
        assertFalse(other.stream().anyMatch(x -> x.startsWith("Eva Novak candidateFor")), other.toString());
    }

    @Test
    void aListOfCandidatesKeepsThePersonAfterTheirDescription() {
        List<String> f = facts("Helena Vidal was named managing director of the IMF. The other candidates were Lucas Prado, "
                + "Lisbon economist Ana Silva and former minister Rui Costa.");
        assertTrue(f.contains("Ana Silva candidateFor Managing Director of IMF"), f.toString());
        assertTrue(f.contains("Rui Costa candidateFor Managing Director of IMF"), f.toString());
        List<String> verb = facts("Helena Vidal was named managing director of the IMF. The other candidates were Lucas Prado, "
                + "and then praised Ana Silva.");
        assertFalse(verb.contains("Ana Silva candidateFor Managing Director of IMF"), verb.toString());
    }
}
