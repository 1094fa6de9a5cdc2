package org.newsgraph.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestSupport;

/** Reading English: negation, hedges, coreference, tense. One case a test, each a regression guard. */
class ReadingTest {

    private static List<String> facts(String text) {
        return TestSupport.facts(text);
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

    @Test
    void aListOfCommasMayEndOpen() {
        List<String> f = facts("The wider OPEC Plus alliance, which includes Russia, Kazakhstan and other producers, met.");
        assertTrue(f.contains("Russia memberOf OPEC Plus"), f.toString());
        assertTrue(f.contains("Kazakhstan memberOf OPEC Plus"), f.toString());
        List<String> g = facts("The wider OPEC Plus alliance, which includes Russia, met Kazakhstan and other producers.");
        assertFalse(g.contains("Kazakhstan memberOf OPEC Plus"), g.toString());
    }

    @Test
    void aGazetteerNameWithAPossessiveIsFound() {
        List<String> f = facts("The centre-right European People's Party, Parliament's largest group, confirmed it would back Kaja Kallas.");
        assertTrue(f.contains("European People's Party group supports Kaja Kallas"), f.toString());
    }

    @Test
    void urgingOthersToBackIsSupportButNotWhenNegated() {
        assertTrue(facts("Jonas Berg withdrew and urged his delegates to back Kaja Kallas.").contains("Jonas Berg supports Kaja Kallas"));
        List<String> f = facts("Jonas Berg withdrew but did not urge his delegates to back Kaja Kallas.");
        assertFalse(f.stream().anyMatch(x -> x.contains("supports")), f.toString());
        List<String> g = facts("Romania may have lobbied for Kaja Kallas.");
        assertFalse(g.stream().anyMatch(x -> x.contains("supports")), g.toString());
    }

    @Test
    void aPossessiveBeforeABackerIsItsClient() {
        List<String> f = facts("Poland, Ukraine's largest military backer, sent more tanks.");
        assertTrue(f.contains("Poland supports Ukraine"), f.toString());
        List<String> g = facts("Poland, Ukraine's largest military rival, sent more tanks.");
        assertFalse(g.stream().anyMatch(x -> x.contains("supports")), g.toString());
    }

    @Test
    void anApposedNationalTitleGivesCitizenshipButAnOfficeOfAnotherCountryDoesNot() {
        List<String> f = facts("Jonas Berg, Sweden's former ambassador to Nato, spoke on Monday.");
        assertTrue(f.contains("Jonas Berg citizenOf Sweden"), f.toString());
        List<String> g = facts("Jonas Berg, a former ambassador of Sweden, spoke on Monday.");
        assertFalse(g.stream().anyMatch(x -> x.contains("citizenOf")), g.toString());
    }

    @Test
    void aWarThatWasIsStillWarButAMayBeIsNot() {
        List<String> f = facts("Ukraine has been at war with Russia since 2022.");
        assertTrue(f.contains("Ukraine opposes Russia"), f.toString());
        assertTrue(f.contains("Russia opposes Ukraine"), f.toString());
        List<String> g = facts("Ukraine could soon be at war with Russia.");
        assertFalse(g.stream().anyMatch(x -> x.contains("opposes")), g.toString());
    }

    @Test
    void callsAndSanctionsOpposeUnlessNegatedOrAboutAPolicy() {
        assertTrue(facts("Kaja Kallas called on Viktor Orbán to resign.").contains("Kaja Kallas opposes Viktor Orbán"));
        List<String> f = facts("Kaja Kallas never called on Viktor Orbán to resign.");
        assertFalse(f.stream().anyMatch(x -> x.contains("opposes")), f.toString());
        List<String> g = facts("Kaja Kallas has been sharply critical of Viktor Orbán's budget.");
        assertFalse(g.stream().anyMatch(x -> x.contains("opposes")), g.toString());
        List<String> h = facts("Romania might impose new sanctions on Russia.");
        assertFalse(h.stream().anyMatch(x -> x.contains("opposes")), h.toString());
    }

    @Test
    void aMemberOnlyWhenStated() {
        assertTrue(facts("Finland, a member of Nato since 2023, hosted the meeting.").contains("Finland memberOf NATO"));
        List<String> f = facts("Ukraine, which is not a member of Nato, hosted the meeting.");
        assertFalse(f.stream().anyMatch(x -> x.contains("memberOf")), f.toString());
    }

    @Test
    void aNationalityBeforeAPrepositionIsAPerson() {
        List<String> f = facts("Egypt's Hisham Abdel-Rahman ran for the post. Morocco voted for the Egyptian in every round.");
        assertTrue(f.contains("Morocco supports Hisham Abdel-Rahman"), f.toString());
        List<String> g = facts("Egypt's Hisham Abdel-Rahman ran for the post. Morocco voted for the Egyptian proposal in every round.");
        assertFalse(g.stream().anyMatch(x -> x.contains("supports")), g.toString());
    }

    @Test
    void theBackerIsNotTheOwnerOfTheBacker() {
        List<String> f = facts("Kaja Kallas won the endorsement of Estonia's ruling party.");
        assertFalse(f.contains("Estonia supports Kaja Kallas"), f.toString());
        assertTrue(facts("Kaja Kallas won the endorsement of Estonia.").contains("Estonia supports Kaja Kallas"));
    }

    @Test
    void theBlocIsTheLastOrganisationWhenNoAllianceWasNamed() {
        List<String> f = facts("The European Union met on Monday. The bloc threw its weight behind Mark Rutte.");
        assertTrue(f.contains("European Union supports Mark Rutte"), f.toString());
        List<String> g = facts("Ministers met on Monday. The bloc threw its weight behind Mark Rutte.");
        assertFalse(g.stream().anyMatch(x -> x.contains("supports")), g.toString());
    }

    @Test
    void anotherClauseLendsNoStance() {
        List<String> f = facts("Mark Rutte said Jonas Berg urged his delegates to back Kaja Kallas.");
        assertFalse(f.contains("Mark Rutte supports Kaja Kallas"), f.toString());
        List<String> g = facts("Mark Rutte's reply to criticism of Kaja Kallas was short.");
        assertFalse(g.stream().anyMatch(x -> x.contains("opposes")), g.toString());
        List<String> h = facts("Kaja Kallas, a former Social Democrat, kept her seat in the German parliament.");
        assertFalse(h.stream().anyMatch(x -> x.contains("memberOf")), h.toString());
    }

    @Test
    void aPartyBeforeAMembersTitleIsTheMembersPartyButNotBeforeALeadersTitle() {
        List<String> f = facts("Social Democrat MP Kaja Kallas spoke in the German parliament.");
        assertTrue(f.contains("Kaja Kallas memberOf Social Democratic Party of Germany"), f.toString());
        List<String> g = facts("Social Democrat president Kaja Kallas spoke in the German parliament.");
        assertFalse(g.stream().anyMatch(x -> x.contains("memberOf")), g.toString());
    }

    @Test
    void soDidTakesTheStanceOfTheSentenceBefore() {
        List<String> f = facts("Romania said it would back Mark Rutte. So did Hungary, after a long delay.");
        assertTrue(f.contains("Hungary supports Mark Rutte"), f.toString());
        List<String> g = facts("Romania met Mark Rutte. So did Hungary, after a long delay.");
        assertFalse(g.stream().anyMatch(x -> x.contains("supports")), g.toString());
        List<String> h = facts("Romania may back Mark Rutte. So did Hungary, after a long delay.");
        assertFalse(h.stream().anyMatch(x -> x.contains("supports")), h.toString());
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

    @Test
    void aFamilyNameWrittenFirstRefersBackToThePerson() {
        List<String> f = facts("South Korean trade minister Kang Min-seo met the envoys. Kang said: \"We agreed on the text.\"");
        assertTrue(f.contains("Kang Min-seo said \"We agreed on the text.\""), f.toString());
        // "Lena" is not a family name written first: the lone word stays unresolved
        List<String> western = facts("Trade minister Lena Fischer met the envoys. Lena said: \"We agreed on the text.\"");
        assertFalse(western.stream().anyMatch(x -> x.contains(" said ")), western.toString());
    }

    @Test
    void anAppositionMayEndWithAnAcronymInBrackets() {
        List<String> f = facts("The motion was tabled by Ruth Amadi, leader of the Liberty Front (LF), who accused the minister of \"hiding the accounts\".");
        assertTrue(f.contains("Ruth Amadi holdsOffice Leader of the Liberty Front"), f.toString());
        assertTrue(f.contains("Ruth Amadi said \"hiding the accounts\""), f.toString());
    }

    @Test
    void aPredecessorHeldTheOfficeItsSuccessorTookUp() {
        List<String> f = facts("Ana Ruiz was sworn in as prime minister of Peru. She replaced Luis Vega, who lost a vote of censure.");
        assertTrue(f.contains("Luis Vega heldOffice Prime Minister of Peru"), f.toString());
    }

    @Test
    void aSuccessionInAnotherOfficeOrStillToComeStatesNoOfficeHeld() {
        List<String> f = facts("Dutch prime minister Mark Rutte will replace Jens Stoltenberg.");
        assertFalse(f.stream().anyMatch(x -> x.contains("heldOffice")), f.toString());
        f = facts("Foreign Minister Ana Ruiz of Peru replaced Luis Vega as leader of the Popular Force Party.");
        assertFalse(f.contains("Luis Vega heldOffice Foreign Minister of Peru"), f.toString());
        f = facts("The president named Ana Ruiz, deputy governor of the Bank of England, to replace him.");
        assertFalse(f.stream().anyMatch(x -> x.contains("heldOffice")), f.toString());
    }

    @Test
    void replacedAsIsPastOnly() {
        List<String> f = facts("Carla Mendes, who replaced Paulo Rocha as finance minister of Brazil in 2023, spoke.");
        assertTrue(f.contains("Paulo Rocha heldOffice Finance Minister of Brazil"), f.toString());
        f = facts("Carla Mendes will replace Paulo Rocha as finance minister of Brazil.");
        assertFalse(f.stream().anyMatch(x -> x.contains("heldOffice")), f.toString());
    }

    @Test
    void aMinisterOfStateForAPortfolioIsOneOffice() {
        List<String> f = facts("Ravi Menon, a former Minister of State for External Affairs of India, spoke in Delhi.");
        assertTrue(f.contains("Ravi Menon heldOffice Minister of State for External Affairs of India"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.startsWith("External Affairs")), f.toString());
        f = facts("Ravi Menon, the Minister of State for External Affairs of India, spoke in Delhi.");
        assertFalse(f.stream().anyMatch(x -> x.contains("heldOffice")), f.toString());
    }

    @Test
    void aDatelineAloneOnItsLinePlacesTheStory() {
        List<String> f = facts("Congress picks a new leader\n\nNEW DELHI\n\nThe race narrowed after former Union Minister Meera Rao withdrew her nomination.");
        assertTrue(f.contains("Meera Rao heldOffice Union Minister of India"), f.toString());
    }

    @Test
    void hyphenatedTenseWordsMakeATitleFormer() {
        String dateline = "NAIROBI, Jan 5 (Reuters) - Kenya's cabinet met on Friday. ";
        List<String> f = facts(dateline + "The one-time foreign minister Lena Dahl voted against.");
        assertTrue(f.contains("Lena Dahl heldOffice Foreign Minister of Kenya"), f.toString());
        assertFalse(f.contains("Lena Dahl holdsOffice Foreign Minister of Kenya"), f.toString());
        f = facts(dateline + "The ex-president, Paul Okoro, spoke on Monday.");
        assertTrue(f.contains("Paul Okoro heldOffice President of Kenya"), f.toString());
        f = facts(dateline + "The long-serving foreign minister Lena Dahl voted against.");
        assertTrue(f.contains("Lena Dahl holdsOffice Foreign Minister of Kenya"), f.toString());
    }

    @Test
    void aPredecessorAsATitleHeldIt() {
        List<String> f = facts("Carla Stone's predecessor as prime minister of Canada, Mark Hale, spoke.");
        assertTrue(f.contains("Mark Hale heldOffice Prime Minister of Canada"), f.toString());
        assertFalse(f.contains("Mark Hale holdsOffice Prime Minister of Canada"), f.toString());
        f = facts("Mark Hale, prime minister of Canada, met Carla Stone.");
        assertFalse(f.stream().anyMatch(x -> x.contains("heldOffice")), f.toString());
    }

    @Test
    void wasATitleUntilADateIsHeld() {
        List<String> f = facts("Rita Vance was prime minister of Ireland until 2022.");
        assertTrue(f.contains("Rita Vance heldOffice Prime Minister of Ireland"), f.toString());
        f = facts("Rita Vance has been prime minister of Ireland since 2022.");
        assertFalse(f.stream().anyMatch(x -> x.contains("heldOffice")), f.toString());
    }

    @Test
    void aTitleThatNamesItsBodyBelongsToIt() {
        List<String> f = facts("Javier Ruiz, a former member of the European parliament, spoke.");
        assertTrue(f.contains("Javier Ruiz heldOffice Member of the European Parliament"), f.toString());
        assertTrue(f.contains("Member of the European Parliament officeOf European Parliament"), f.toString());
    }

    @Test
    void anApposedOfficeWithoutPolityIsOfThePersonsCountry() {
        List<String> f = facts("Kenya's Grace Mwangi, a former cabinet secretary for trade, withdrew after the fourth round.");
        assertTrue(f.contains("Grace Mwangi heldOffice Cabinet Secretary for Trade of Kenya"), f.toString());
        f = facts("Grace Mwangi, a former cabinet secretary for trade, withdrew after the fourth round.");
        assertFalse(f.stream().anyMatch(x -> x.contains("heldOffice")), f.toString());
    }

    @Test
    void anAmbassadorToABodyIsTheSendingCountrys() {
        List<String> f = facts("Marc Dubois, Canada's former ambassador to the OECD, said the organisation needed \"a leader who can listen\".");
        assertTrue(f.contains("Marc Dubois heldOffice Ambassador of Canada"), f.toString());
        assertTrue(f.contains("Marc Dubois said \"a leader who can listen\""), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("Ambassador of the OECD") || x.contains("holdsOffice")), f.toString());
    }

    @Test
    void aPartyLeaderIsOfTheLatestPartyNamed() {
        List<String> f = facts("The New Democratic Party will choose a new leader in March. "
                + "Sidhu was endorsed by former party leader Audrey Mercer, who led it through two elections.");
        assertTrue(f.contains("Audrey Mercer heldOffice Leader of the New Democratic Party"), f.toString());
        f = facts("Sidhu was endorsed by former party leader Audrey Mercer, who led it through two elections.");
        assertFalse(f.stream().anyMatch(x -> x.contains("Audrey Mercer heldOffice")), f.toString());
    }

    @Test
    void whoReplacedSomeoneAsATitleHoldsIt() {
        List<String> f = facts("Carla Mendes, who replaced Paulo Rocha as finance minister of Brazil in 2023, spoke.");
        assertTrue(f.contains("Carla Mendes holdsOffice Finance Minister of Brazil"), f.toString());
        f = facts("Carla Mendes, who will replace Paulo Rocha as finance minister of Brazil, spoke.");
        assertFalse(f.contains("Carla Mendes holdsOffice Finance Minister of Brazil"), f.toString());
    }

    @Test
    void formerOpeningASentenceIsATenseWordNotAName() {
        List<String> f = facts("Congress picks a new leader\n\nNEW DELHI\n\nFormer Union Minister Meera Rao withdrew her nomination.");
        assertTrue(f.contains("Meera Rao heldOffice Union Minister of India"), f.toString());
        f = facts("Former Labour leader Tom Hale spoke.");
        assertFalse(f.stream().anyMatch(x -> x.contains("holdsOffice") || x.contains("Former")), f.toString());
    }

    @Test
    void wasBrieflyATitleIsHeld() {
        List<String> f = facts("He served two terms as mayor of Lima and was briefly transport minister of Peru. Pedro Lanas spoke.");
        assertFalse(f.stream().anyMatch(x -> x.contains("holdsOffice")), f.toString());
        f = facts("Pedro Lanas served two terms as mayor of Lima and was briefly transport minister of Peru.");
        assertTrue(f.contains("Pedro Lanas heldOffice Transport Minister of Peru"), f.toString());
        f = facts("Pedro Lanas was once again named transport minister of Peru.");
        assertFalse(f.stream().anyMatch(x -> x.contains("heldOffice")), f.toString());
    }

    @Test
    void asLeaderIsOfTheLatestPartyNamed() {
        List<String> f = facts("The New Democratic Party will choose a new leader in March. "
                + "The winner will succeed Tom Bellamy, who stepped down as leader last May.");
        assertTrue(f.contains("Tom Bellamy heldOffice Leader of the New Democratic Party"), f.toString());
        f = facts("The winner will succeed Tom Bellamy, who stepped down as leader last May.");
        assertFalse(f.stream().anyMatch(x -> x.contains("heldOffice")), f.toString());
    }

    @Test
    void aMonthBeforePublicationIsNextYearsOnlyInTheFuture() {
        String future = "Jane Holloway will become finance minister of Canada in January.";
        String past = "Jane Holloway was appointed finance minister of Canada in January.";
        assertTrue(startDates(future, "2026-06-01").contains("2027-01"), startDates(future, "2026-06-01").toString());
        assertTrue(startDates(past, "2026-06-01").contains("2026-01"), startDates(past, "2026-06-01").toString());
    }

    @Test
    void aDescriptionIsTheNameSetOffAfterIt() {
        List<String> f = facts("Rosa Lindqvist opened the meeting. The Kenyan, Musa Otieno, won the vote.");
        assertTrue(f.contains("Musa Otieno citizenOf Kenya"), f.toString());
        assertFalse(f.contains("Rosa Lindqvist citizenOf Kenya"), f.toString());
    }

    @Test
    void appointmentsByVoteAndFutureTenureButNotTheirNegations() {
        assertTrue(facts("Lawmakers voted 201 to 150 to confirm Pedro Alves as defence minister of Brazil.")
                .contains("Pedro Alves appointedTo Defence Minister of Brazil"));
        assertTrue(facts("Pedro Alves is to become defence minister of Brazil.").contains("Pedro Alves appointedTo Defence Minister of Brazil"));
        for (String no : List.of("Lawmakers voted not to confirm Pedro Alves as defence minister of Brazil.",
                "Pedro Alves will not take office as defence minister of Brazil.",
                "Pedro Alves may be chosen to head the World Health Organization.")) {
            List<String> f = facts(no);
            assertFalse(f.stream().anyMatch(x -> x.contains("appointedTo")), no + " " + f);
        }
    }

    @Test
    void aCountrysCentralBankIsTheCentralBankOfThatCountry() {
        List<String> f = facts("Brazilian economist Lucas Pereira, a former deputy governor of Brazil's central bank, was on the shortlist.");
        assertTrue(f.contains("Lucas Pereira heldOffice Deputy Governor of the Central Bank of Brazil"), f.toString());
        f = facts("Brazilian economist Lucas Pereira, a former deputy governor of Brazil's largest bank, was on the shortlist.");
        assertFalse(f.stream().anyMatch(x -> x.contains("Central Bank")), f.toString());
    }

    @Test
    void aSackedTitledPersonHeldTheTitle() {
        String dateline = "LIMA, May 2 (Reuters) - Peru news. ";
        List<String> f = facts(dateline + "President Ana Ruiz sacked Finance Minister Pedro Lanas on Monday.");
        assertTrue(f.contains("Pedro Lanas heldOffice Finance Minister of Peru"), f.toString());
        assertFalse(f.contains("Pedro Lanas holdsOffice Finance Minister of Peru"), f.toString());
        f = facts(dateline + "President Ana Ruiz dismissed Finance Minister Pedro Lanas's claims.");
        assertFalse(f.stream().anyMatch(x -> x.contains("heldOffice")), f.toString());
        f = facts(dateline + "President Ana Ruiz did not sack Finance Minister Pedro Lanas.");
        assertFalse(f.stream().anyMatch(x -> x.contains("heldOffice")), f.toString());
    }

    @Test
    void aTitleAfterAStanceStandsForItsNamedHolder() {
        String named = "Ghanaian President Kofi Mensah opened the session. ";
        assertTrue(facts(named + "Ama Boateng accused the president of corruption.").contains("Ama Boateng opposes Kofi Mensah"));
        assertTrue(facts(named + "Ama Boateng, a critic of the president, walked out.").contains("Ama Boateng opposes Kofi Mensah"));
        // no holder named: the office stays an office, and nobody is opposed
        List<String> unnamed = facts("Ama Boateng accused the president of corruption.");
        assertFalse(unnamed.stream().anyMatch(x -> x.contains("opposes")), unnamed.toString());
    }

    @Test
    void anHonorificWithAFullStopIsAnHonorific() {
        List<String> f = facts("Sunil Deshmukh won the vote. Mr. Deshmukh said: \"We won.\"");
        assertTrue(f.contains("Sunil Deshmukh said \"We won.\""), f.toString());
    }

    @Test
    void theAfricanUnionCommissionIsABodyOfItsOwn() {
        List<String> f = facts("African Union leaders elected Amara Keita as chairperson of the African Union Commission. "
                + "Senegalese President Moussa Faye, the African Union chairperson, congratulated her.");
        assertTrue(f.contains("Amara Keita appointedTo Chair of the African Union Commission"), f.toString());
        assertFalse(f.contains("Amara Keita appointedTo Chair of the African Union"), f.toString());
        // a title written alone later is the one the article wrote with a body before ("IMF chief … the managing director")
        List<String> later = facts("The African Union Commission chief stepped down. Leaders later elected Amara Keita as chairperson.");
        assertTrue(later.contains("Amara Keita appointedTo Chair of the African Union Commission"), later.toString());
    }

    @Test
    void aBodyNamedAfterAPlaceIsOneName() {
        List<String> f = facts("The Pakistan Bar Council endorsed Ayesha Qureshi.");
        assertTrue(f.contains("Pakistan Bar Council supports Ayesha Qureshi"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.startsWith("Bar Council")), f.toString());
    }

    @Test
    void aPartyLeaderIsOfTheLatestPartyEvenWithoutTheWordParty() {
        List<String> f = facts("WARSAW, June 21 (Reuters) - Law and Justice will choose a leader. "
                + "The contest began when Marek Lis stood down as party leader after nine years.");
        assertTrue(f.stream().anyMatch(x -> x.startsWith("Marek Lis heldOffice Leader of") && x.endsWith("Law and Justice")),
                f.toString());
    }

    @Test
    void whoResignedAfterTheBodyOfThePerson() {
        List<String> f = facts("Ola Vik replaces Trygve Lund of the Labour Party, who resigned as finance minister of Norway on Thursday.");
        assertTrue(f.contains("Trygve Lund heldOffice Finance Minister of Norway"), f.toString());
        f = facts("Ola Vik replaces Trygve Lund of the Labour Party, who will resign as finance minister of Norway on Thursday.");
        assertFalse(f.stream().anyMatch(x -> x.contains("heldOffice")), f.toString());
    }

    @Test
    void aPossessiveIsNotThePersonReplaced() {
        List<String> f = facts("Omar Haddad took over from Nabil Sharif's successor Youssef Belkacem in 2026.");
        assertFalse(f.contains("Omar Haddad succeeds Nabil Sharif"), f.toString());
        assertTrue(f.contains("Youssef Belkacem succeeds Nabil Sharif"), f.toString());
    }

    @Test
    void aDescriptorBeforeAFourWordNameIsNotPartOfIt() {
        List<String> f = facts("Ferrero replaced the veteran Peronist Juan Carlos Ortiz as governor. Ortiz, now a senator, has thrown his weight behind Ramiro Benitez.");
        assertTrue(f.contains("Juan Carlos Ortiz supports Ramiro Benitez"), f.toString());
    }

    @Test
    void itsBeforeANationalTitleIsTheCountryNamedBefore() {
        List<String> f = facts("Egyptian diplomats hosted the talks. Sudan, a member of the Arab League since 1956, was represented by its foreign minister, Amira Osman.");
        assertTrue(f.contains("Amira Osman holdsOffice Foreign Minister of Sudan"), f.toString());
        assertFalse(f.contains("Amira Osman holdsOffice Foreign Minister of Egypt"), f.toString());
    }

    @Test
    void aTitleBeforeANameTakesTheCountryAfterIt() {
        List<String> f = facts("President Ana Lima of Brazil met President Pedro Soto of Chile.");
        assertTrue(f.contains("Ana Lima holdsOffice President of Brazil"), f.toString());
        assertTrue(f.contains("Pedro Soto holdsOffice President of Chile"), f.toString());
        assertFalse(facts("Finance Minister Ana Lima of the ruling party spoke.").stream().anyMatch(x -> x.contains("holdsOffice")));
    }

    @Test
    void raceRulesFromVotesBidsAndFrontRunners() {
        assertTrue(facts("Ilse Berg is the front-runner to become the next secretary general of NATO.")
                .contains("Ilse Berg candidateFor Secretary General of NATO"));
        assertTrue(facts("Ilse Berg is bidding to become the first woman to lead the WTO.")
                .stream().anyMatch(x -> x.startsWith("Ilse Berg candidateFor Director-General")));
        List<String> also = facts("Ilse Berg is running for chancellor of Austria. Jonas Lind is also running.");
        assertTrue(also.contains("Jonas Lind candidateFor Chancellor of Austria"), also.toString());
        List<String> hedge = facts("Ilse Berg may become the next secretary general of NATO.");
        assertFalse(hedge.stream().anyMatch(x -> x.contains("candidateFor") || x.contains("appointedTo")), hedge.toString());
    }

    @Test
    void whoIsAboutToBeReplacedStillHoldsTheOffice() {
        List<String> f = facts("Ana Ruiz was named managing director of the IMF. She will take over from Luis Vega, whose term ends in March.");
        assertTrue(f.contains("Luis Vega holdsOffice Managing Director of IMF"), f.toString());
        List<String> died = facts("Ana Ruiz was named managing director of the IMF. She will take over from Luis Vega, who died in March.");
        assertFalse(died.contains("Luis Vega holdsOffice Managing Director of IMF"), died.toString());
    }

    @Test
    void aBareTitleStandsForTheOnePersonNamedWithIt() {
        List<String> f = facts("Kenya's trade minister, Jane Mwangi, criticised the plan. The minister called it \"a betrayal of farmers\".");
        assertTrue(f.contains("Jane Mwangi said \"a betrayal of farmers\""), f.toString());
        // two ministers named: "the minister" is either, so neither
        List<String> two = facts("Kenya's trade minister, Jane Mwangi, met Kenya's finance minister, Paul Otieno. "
                + "The minister called it \"a betrayal of farmers\".");
        assertFalse(two.stream().anyMatch(x -> x.contains(" said ")), two.toString());
    }

    @Test
    void anAgeDescriptionTakesItsNoun() {
        List<String> f = facts("Maria Lopez was named finance minister of Peru on Monday. "
                + "The 58-year-old economist replaces Jorge Paz, who resigned last week.");
        assertTrue(f.contains("Maria Lopez succeeds Jorge Paz"), f.toString());
        List<String> q = facts("Maria Lopez was named finance minister of Peru on Monday. "
                + "The former central banker said she would \"restore confidence in the markets\".");
        assertTrue(q.contains("Maria Lopez said \"restore confidence in the markets\""), q.toString());
        // a description that names no kind of person is no one
        List<String> none = facts("Maria Lopez was named finance minister of Peru on Monday. "
                + "The 58-year-old building replaces the old ministry.");
        assertFalse(none.stream().anyMatch(x -> x.contains("succeeds")), none.toString());
    }

    @Test
    void adverbsAndDatesBetweenTheWordsOfARuleChangeNothing() {
        List<String> f = facts("Spain, Italy and Portugal have all backed Maria Lopez. Ana Ruiz was endorsed by both Germany and France. "
                + "Chile said on Monday that it would back Jorge Paz.");
        assertTrue(f.containsAll(List.of("Spain supports Maria Lopez", "Portugal supports Maria Lopez",
                "Germany supports Ana Ruiz", "France supports Ana Ruiz", "Chile supports Jorge Paz")), f.toString());
        // a negation is no adverb to skip
        List<String> not = facts("Spain and Italy have not all backed Maria Lopez. Chile said on Monday that it would never back Jorge Paz.");
        assertFalse(not.stream().anyMatch(x -> x.contains("supports")), not.toString());
    }

    @Test
    void honorificsAndRanksAreNoPartOfTheName() {
        List<String> f = facts("Lt. Gen. Ramon Villanueva replaced Professor Didier Kra. Mrs. Kra said she was \"proud\".");
        assertTrue(f.contains("Ramon Villanueva succeeds Didier Kra"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("Lt") || x.contains("Professor")), f.toString());
        // a capitalised word after a rank word that is no honorific still opens a name
        List<String> g = facts("Field Marshal Anna Berg replaced Major Hill. Vice Chair Lars Holm spoke.");
        assertFalse(g.stream().anyMatch(x -> x.contains("Field") || x.contains("Marshal")), g.toString());
    }

    @Test
    void aCountryThatIsAGivenNameBeforeASurnameIsAPerson() {
        List<String> f = facts("Former energy minister Jordan Whitecalf threw their support behind Priya Chandran. Jordan backed Ana Ruiz.");
        assertTrue(f.contains("Jordan Whitecalf supports Priya Chandran"), f.toString());
        assertTrue(f.contains("Jordan supports Ana Ruiz"), f.toString());
        assertFalse(f.contains("Jordan supports Priya Chandran"), f.toString());
    }

    @Test
    void backingSomeonesRivalOrPlanIsNoSupportOfThem() {
        List<String> f = facts("Priya Chandran won. Both MLAs, Nathan Doerksen and Colleen Vos, backed Chandran's rival, Travis Lacombe.");
        assertTrue(f.containsAll(List.of("Nathan Doerksen supports Travis Lacombe", "Colleen Vos supports Travis Lacombe")), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.endsWith("supports Priya Chandran")), f.toString());
        List<String> plan = facts("Romania backed Mark Rutte's plan. Poland backed Mark Rutte's candidacy.");
        assertFalse(plan.contains("Romania supports Mark Rutte"), plan.toString());
        assertTrue(plan.contains("Poland supports Mark Rutte"), plan.toString());
    }

    @Test
    void aGivenNameAloneIsTheOnePersonNamedWithIt() {
        List<String> f = facts("UMNO vice-president Datuk Seri Khairul Anuar Shafie lost the vote. "
                + "Khairul, 61, conceded. \"I will reflect on what comes next,\" he said.");
        assertTrue(f.contains("Khairul Anuar Shafie said \"I will reflect on what comes next\""), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("Seri")), f.toString());
        // two people share the given name: it names neither
        List<String> two = facts("Datuk Aminah Kassim met Datuk Aminah Yusof. \"I will reflect,\" Aminah said.");
        assertFalse(two.stream().anyMatch(x -> x.contains(" said ")), two.toString());
    }

    @Test
    void aBodyBeforeTheThingItMadeIsNoMention() {
        List<String> f = facts("Rahman Aziz leads the United Malays National Organisation. Khairul Anuar Shafie is a critic of the party line.");
        assertFalse(f.stream().anyMatch(x -> x.contains("opposes")), f.toString());
        List<String> g = facts("Rahman Aziz leads the United Malays National Organisation. Khairul Anuar Shafie is a critic of the party.");
        assertTrue(g.stream().anyMatch(x -> x.startsWith("Khairul Anuar Shafie opposes")), g.toString());
    }

    @Test
    void aMemberOfABodyIsReadFromAMembersTitleOnly() {
        assertTrue(facts("Paulo Rezende, a Liberal Party senator, spoke in Brasília.").contains("Paulo Rezende memberOf Liberal Party"));
        List<String> f = facts("Raghav Menon, a former RBI governor, spoke.");
        assertFalse(f.stream().anyMatch(x -> x.contains("memberOf")), f.toString());
    }

    @Test
    void aTitleAfterABodysCommonNounIsThatBodysOffice() {
        List<String> f = facts("Katharina Wendt is vice-president of the Federal Constitutional Court. "
                + "The Bundesrat elected Katharina Wendt as the court's next president.");
        assertTrue(f.contains("Katharina Wendt appointedTo President of the Federal Constitutional Court"), f.toString());
        List<String> g = facts("Ousman Jallow was president of the ECOWAS Commission until Monday. "
                + "Senegalese President Mamadou Faye spoke. Bakary Sissoko condemned the outgoing commission president.");
        assertFalse(g.contains("Bakary Sissoko opposes Mamadou Faye"), g.toString());
    }

    @Test
    void aPronounThatStoodForSomeoneElseThanTheSubjectKeepsStandingForThem() {
        List<String> f = facts("Lt. Gen. Maria Cristina Dizon was installed as chief of staff on Monday. "
                + "President Ramon Villanueva handed her the flag. She replaces Gen. Eduardo Sarmiento.");
        assertTrue(f.contains("Maria Cristina Dizon succeeds Eduardo Sarmiento"), f.toString());
        assertFalse(f.contains("Ramon Villanueva succeeds Eduardo Sarmiento"), f.toString());
        // no pronoun before: the subject of the sentence before it still is the one
        List<String> g = facts("President Ramon Villanueva spoke on Monday. He replaces Eduardo Sarmiento.");
        assertTrue(g.contains("Ramon Villanueva succeeds Eduardo Sarmiento"), g.toString());
    }

    // ---------------------------------------------------------------- seats in national legislatures

    @Test
    void aSenatorsSeatIsInTheArticlesCountryAndNeedsOne() {
        List<String> f = facts("Argentina's economy minister quit in Argentina. Senator Luciana Benítez criticised him.");
        assertTrue(f.contains("Luciana Benítez holdsOffice Senator of Argentina"), f.toString());
        assertTrue(f.contains("Senator of Argentina officeOf Argentina"), f.toString());
        List<String> g = facts("Senator Luciana Benítez criticised the economy minister.");
        assertFalse(g.stream().anyMatch(x -> x.contains("Senator")), g.toString());
    }

    @Test
    void aProvincialLawmakerOrOneOfABicameralCongressHasNoNationalSeat() {
        List<String> f = facts("Argentina's economy minister quit in Argentina. Provincial lawmaker Diego Acosta and lawmaker "
                + "Ana Ruiz criticised him.");
        assertFalse(f.stream().anyMatch(x -> x.contains("holdsOffice")), f.toString());
        List<String> g = facts("Ghana's parliament met in Ghana. Yaw Boateng, an opposition lawmaker, spoke.");
        assertTrue(g.contains("Yaw Boateng holdsOffice Member of Parliament of Ghana"), g.toString());
    }

    @Test
    void aTitleThatNamesItsChamberIsTheChambers() {
        List<String> f = facts("Germany's chancellor spoke in Germany. Thomas Reinhardt, a member of the Bundestag, spoke. "
                + "Lawmakers in the Verkhovna Rada voted.");
        assertTrue(f.contains("Thomas Reinhardt holdsOffice Member of the Bundestag"), f.toString());
        assertTrue(f.contains("Member of the Bundestag officeOf Bundestag"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.startsWith("Verkhovna Rada ")), f.toString());
        List<String> g = facts("Ukraine's president spoke in Kyiv, Ukraine. A Moscow lawmaker, Ivan Petrov, and former Ukrainian MP "
                + "Olena Shevchenko criticised him.");
        assertTrue(g.contains("Olena Shevchenko heldOffice Member of the Verkhovna Rada"), g.toString());
        assertFalse(g.stream().anyMatch(x -> x.startsWith("Ivan Petrov") && x.contains("Office")), g.toString());
    }

    @Test
    void aSeatIsTheNamedChambersAndAChamberHasItsOfficers() {
        List<String> f = facts("Philippine President Antonio Reyes spoke in Manila. The Philippine Senate on Monday elected "
                + "Sen. Grace Lacson-Tan, who succeeded Ramon Villaroel. Minority Leader Benjamin Cruz voted against her.");
        assertTrue(f.contains("Grace Lacson-Tan holdsOffice Senator of the Philippines"), f.toString());
        assertTrue(f.contains("Senator of the Philippines officeOf Senate of the Philippines"), f.toString());
        assertTrue(f.contains("Benjamin Cruz holdsOffice Minority Leader of the Senate of the Philippines"), f.toString());
        // a seat has many holders: whom a senator succeeds held no seat of hers for it
        assertFalse(f.contains("Ramon Villaroel heldOffice Senator of the Philippines"), f.toString());
        List<String> g = facts("Kenya's president spoke in Kenya. Minority Leader Jane Wambui criticised him.");
        assertFalse(g.stream().anyMatch(x -> x.contains("Minority Leader")), g.toString());
    }

    @Test
    void aChambersPresidentIsNoPresidentOfTheCountry() {
        List<String> f = facts("Peru's president spoke in Lima, Peru. The President of Congress, Alberto Montes, said he would back her.");
        assertTrue(f.contains("Alberto Montes holdsOffice President of the Congress of Peru"), f.toString());
        assertFalse(f.contains("Alberto Montes holdsOffice President of Peru"), f.toString());
    }

    @Test
    void aPlaceInAChamberIsItsSeatButAPlaceInAPartyIsNone() {
        List<String> f = facts("Germany's chancellor spoke in Germany. Thomas Reinhardt said he will remain in the Bundestag as an "
                + "ordinary member.");
        assertTrue(f.contains("Thomas Reinhardt holdsOffice Member of the Bundestag"), f.toString());
        assertTrue(f.contains("Member of the Bundestag officeOf Bundestag"), f.toString());
        List<String> g = facts("Germany's chancellor spoke in Germany. Thomas Reinhardt said he will remain in the Christian "
                + "Democratic Union as an ordinary member.");
        assertFalse(g.stream().anyMatch(x -> x.contains("Thomas Reinhardt holdsOffice")), g.toString());
    }

    @Test
    void aChambersShortNameNamesTheChamberOfTheArticlesCountryOnly() {
        List<String> f = facts("The US president spoke in Washington about the United States. The Senate Foreign Relations Committee "
                + "criticised him. The House Speaker, Mike Johnson, spoke.");
        assertTrue(f.contains("Mike Johnson holdsOffice Speaker of the United States House of Representatives"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("United States Senate")), f.toString());
        List<String> g = facts("The Speaker, Mike Johnson, spoke.");
        assertFalse(g.stream().anyMatch(x -> x.contains("Speaker")), g.toString());
    }

    @Test
    void aMembersTitleMayStartWithItsChambersName() {
        List<String> f = facts("Germany's chancellor spoke in Berlin, Germany. Bundestag member Lena Weber and Bundestag President "
                + "Julia Klöckner spoke.");
        assertTrue(f.contains("Lena Weber holdsOffice Member of the Bundestag"), f.toString());
        assertTrue(f.contains("Julia Klöckner holdsOffice President of the Bundestag"), f.toString());
        List<String> g = facts("Germany's chancellor spoke in Berlin, Germany. The Bundestag voted for Lena Weber.");
        assertFalse(g.stream().anyMatch(x -> x.contains("Lena Weber holdsOffice")), g.toString());
    }

    @Test
    void aChambersShortNameInsideAnotherNameIsNoChamber() {
        List<String> f = facts("Ghana's president spoke in Accra, Ghana. European Parliament President Roberta Metsola and Youth "
                + "Parliament Speaker Kofi Mensah met Parliament Speaker Alban Bagbin.");
        assertTrue(f.contains("Alban Bagbin holdsOffice Speaker of the Parliament of Ghana"), f.toString());
        assertTrue(f.contains("Roberta Metsola holdsOffice President of the European Parliament"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.startsWith("Roberta Metsola") && x.contains("Ghana")), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.startsWith("Kofi Mensah") && x.contains("Ghana")), f.toString());
    }

    @Test
    void theMinorityLeaderIsAChambersOfficeNotADescriptionOfTheLastPerson() {
        List<String> f = facts("Philippine President Antonio Reyes met the Philippine Senate in Manila. The minority leader walked out "
                + "and criticised Mark Rutte.");
        assertFalse(f.contains("Antonio Reyes opposes Mark Rutte"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("Minority Leader")), f.toString()); // nobody holds it: no office stated
        List<String> g = facts("Philippine President Antonio Reyes met the Philippine Senate in Manila. Minority Leader Benjamin Cruz "
                + "spoke. The minority leader criticised Mark Rutte.");
        assertTrue(g.contains("Benjamin Cruz holdsOffice Minority Leader of the Senate of the Philippines"), g.toString());
    }

    @Test
    void theyStandsForTheListThatWasTheSubjectBefore() {
        List<String> f = facts("Germany and France met on Monday. They later endorsed Maria Lopez.");
        assertTrue(f.containsAll(List.of("Germany supports Maria Lopez", "France supports Maria Lopez")), f.toString());
        // no list before: "they" stands for no one
        List<String> none = facts("Germany met France on Monday. They later endorsed Maria Lopez.");
        assertFalse(none.stream().anyMatch(x -> x.contains("supports")), none.toString());
    }

    @Test
    void aDatelineIsNoSubject() {
        List<String> f = facts("ABUJA - Adaeze Okonkwo was sworn in on Monday as president of the ECOWAS Commission, "
                + "taking over from Gambian lawyer Ousman Jallow.");
        assertTrue(f.contains("Adaeze Okonkwo succeeds Ousman Jallow"), f.toString());
        // a capital in running text still stands for its government
        List<String> g = facts("Moscow, which has long backed Maria Lopez, said on Monday that it would back Jorge Paz.");
        assertTrue(g.contains("Russia supports Jorge Paz"), g.toString());
    }

    @Test
    void aBodysPossessiveBeforeAPersonIsSkipped() {
        List<String> f = facts("Lerato Mokoena was elected mayor on Thursday, replacing the African National Congress's Sipho Dlamini.");
        assertTrue(f.contains("Lerato Mokoena succeeds Sipho Dlamini"), f.toString());
        List<String> g = facts("Lerato Mokoena criticised the African National Congress's plan.");
        assertFalse(g.stream().anyMatch(x -> x.contains("opposes")), g.toString());
    }

    @Test
    void aPartyNameIsReadWholeAroundAShorterKnownName() {
        List<String> f = facts("The Socialist Left Party backed the move. Its leader, Marte Lie, spoke in Oslo.");
        assertTrue(f.contains("Marte Lie holdsOffice Leader of the Socialist Left Party"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("of the Left Party")), f.toString());
        List<String> g = facts("The People's Democratic Alliance backed the move. Its leader, Joseph Ouko, spoke in Nairobi.");
        assertTrue(g.contains("Joseph Ouko holdsOffice Leader of the People's Democratic Alliance"), g.toString());
        // near miss: a stance word before the known name is no part of it
        List<String> h = facts("South Africa voted. The opposition Democratic Alliance backed the move. Its leader, Pieter van Wyk, spoke.");
        assertTrue(h.contains("Pieter van Wyk holdsOffice Leader of the Democratic Alliance"), h.toString());
    }

    @Test
    void aCapitalisedNameBeforeALowerCasePartyWordIsAParty() {
        List<String> f = facts("Silvina Ferrero won the nomination of the Together for Change alliance. Its leader, Ana Paz, spoke.");
        assertTrue(f.contains("Ana Paz holdsOffice Leader of the Together for Change"), f.toString());
        List<String> near = facts("Silvina Ferrero asked for Change. Its leader, Ana Paz, spoke.");
        assertFalse(near.stream().anyMatch(x -> x.contains("Change")), near.toString());
    }

    @Test
    void aCoLeaderLeadsTheParty() {
        List<String> f = facts("Germany voted. Under the deal, SPD co-leader Sabine Krüger will become finance minister. "
                + "Dirk Hansen, co-leader of the far-right Alternative for Germany (AfD), which came second, spoke.");
        assertTrue(f.contains("Sabine Krüger holdsOffice Leader of the Social Democratic Party of Germany"), f.toString());
        assertTrue(f.contains("Dirk Hansen holdsOffice Leader of the Alternative for Germany"), f.toString());
        List<String> near = facts("Dirk Hansen, co-leader of the band, spoke.");
        assertFalse(near.stream().anyMatch(x -> x.contains("holdsOffice")), near.toString());
    }

    @Test
    void aPartysHeadTitleBeforeANameIsThePartys() {
        List<String> f = facts("India voted. BJP president Anil Saxena attacked the Congress.");
        assertTrue(f.contains("Anil Saxena holdsOffice President of the Bharatiya Janata Party"), f.toString());
        // near miss: the US Republican Party is headed by a chair; its "president" is the country's
        List<String> near = facts("The United States voted. Republican president Donald Trump spoke.");
        assertFalse(near.stream().anyMatch(x -> x.contains("of the Republican Party")), near.toString());
    }

    @Test
    void aPartysDeputyLeaderByAdjectivePossessiveOrTheOnlyPartyWithALeader() {
        List<String> f = facts("New Zealand voted. The National Party has elected Hana Tupou as its leader. "
                + "Deputy leader Claire Hollings withdrew. Prime Minister Aroha Keane, the Labour leader, called her. "
                + "But Labour's deputy leader, Sam Feather, said no. Tom Reid, a one-time Labour deputy leader, spoke.");
        assertTrue(f.contains("Claire Hollings holdsOffice Deputy Leader of the New Zealand National Party"), f.toString());
        assertTrue(f.contains("Aroha Keane holdsOffice Leader of the New Zealand Labour Party"), f.toString());
        assertTrue(f.contains("Sam Feather holdsOffice Deputy Leader of the New Zealand Labour Party"), f.toString());
        assertTrue(f.contains("Tom Reid heldOffice Deputy Leader of the New Zealand Labour Party"), f.toString());
        // near miss: once two parties have leaders, a bare "deputy leader" names neither
        List<String> near = facts("New Zealand voted. National leader Hana Tupou and Labour leader Aroha Keane met. "
                + "Deputy leader Claire Hollings withdrew.");
        assertFalse(near.stream().anyMatch(x -> x.startsWith("Claire Hollings holdsOffice")), near.toString());
    }

    @Test
    void theirLeaderIsAPartysOnlyWhenTheyAreAParty() {
        List<String> f = facts("Norway voted. The Conservatives refused to back such a motion, their parliamentary leader Henrik Bakke said.");
        assertTrue(f.contains("Henrik Bakke holdsOffice Parliamentary Leader of the Conservative Party"), f.toString());
        List<String> near = facts("Norway voted. The Nordic Council met, and the rebels said their leader Henrik Bakke had fled.");
        assertFalse(near.stream().anyMatch(x -> x.startsWith("Henrik Bakke holdsOffice")), near.toString());
    }

    @Test
    void whoAlsoLeadsAndIsLedByGiveThePartysHead() {
        List<String> f = facts("South Africa voted. Mr Sipho Mahlangu, 67, who also leads the ANC, is due to chair the African Union.");
        assertTrue(f.contains("Sipho Mahlangu holdsOffice President of the African National Congress"), f.toString());
        // near miss: leading a party's group in a chamber is no leadership of the party
        List<String> near = facts("Pakistan voted. Faisal Siddiqui, who now leads the opposition PTI in the National Assembly, spoke.");
        assertFalse(near.stream().anyMatch(x -> x.startsWith("Faisal Siddiqui holdsOffice")), near.toString());
        List<String> led = facts("Ukraine voted. European Solidarity is led by former President Petro Poroshenko.");
        assertTrue(led.contains("Petro Poroshenko holdsOffice Leader of the European Solidarity"), led.toString());
    }

    @Test
    void aPronounAfterABodySubjectIsThePersonTheSentenceNamed() {
        List<String> f = facts("Norway voted. Silje Dahl spoke first. The Conservatives refused to back such a motion, their parliamentary "
                + "leader Henrik Bakke said, but he criticised Kari Haugland.");
        assertTrue(f.contains("Henrik Bakke opposes Kari Haugland"), f.toString());
        assertFalse(f.contains("Silje Dahl opposes Kari Haugland"), f.toString());
        // near miss: with a person as the subject, the pronoun is still the subject's
        List<String> near = facts("Silje Dahl met Henrik Bakke, and he criticised Kari Haugland.");
        assertFalse(near.contains("Henrik Bakke opposes Kari Haugland") && near.contains("Silje Dahl opposes Kari Haugland"), near.toString());
    }

    @Test
    void anOfficeOfACityOrProvinceIsNamedByItsPlace() {
        List<String> f = facts("Córdoba governor secures nomination. Governor Silvina Ferrero is seeking a second term. "
                + "She will face Córdoba city mayor Ramiro Benítez. Ferrero cast her vote in Córdoba on Sunday.");
        assertTrue(f.contains("Silvina Ferrero holdsOffice Governor of Córdoba Province"), f.toString());
        assertTrue(f.contains("Ramiro Benítez holdsOffice Mayor of Córdoba"), f.toString());
        // the place is a region: the province for its governor, the city for its mayor (see ReadingRegionsTest)
        assertTrue(f.contains("Governor of Córdoba Province officeOf Córdoba Province"), f.toString());
        assertTrue(f.contains("Mayor of Córdoba officeOf Córdoba"), f.toString());
        List<String> g = facts("Prime Minister Héctor Valdivia, the former mayor of Arequipa, spoke.");
        assertTrue(g.contains("Héctor Valdivia heldOffice Mayor of Arequipa"), g.toString());
        // near misses: a word before the title that the article never names as a place, and a bank's governor
        List<String> near = facts("Provincial governor Ana Paz spoke. Peronist mayor Luis Rey agreed.");
        assertFalse(near.stream().anyMatch(x -> x.contains("Governor of") || x.contains("Mayor of")), near.toString());
        List<String> bank = facts("Jorge Villamizar, governor of the Banco de la República, spoke.");
        assertFalse(bank.stream().anyMatch(x -> x.contains("Governor of Banco")), bank.toString()); // no place office
    }

    @Test
    void aKnownPartyOfTheArticlesCountryWinsOverALongerReading() {
        List<String> f = facts("Buenos Aires voted. Ramiro Benítez, of the Peronist Justicialist Party, will face her.");
        assertTrue(f.contains("Ramiro Benítez memberOf Justicialist Party"), f.toString());
        // near miss: "of the X" that is no party states no membership
        List<String> near = facts("Ramiro Benítez, of the Nordic Council, will face her.");
        assertFalse(near.stream().anyMatch(x -> x.contains("memberOf")), near.toString());
    }

    @Test
    void aPartyMemberNamedWithThePartyBeforeAVerb() {
        List<String> f = facts("Norway voted. Opposition leader Silje Dahl of the Progress Party called the reshuffle a ransom payment.");
        assertTrue(f.contains("Silje Dahl memberOf Progress Party"), f.toString());
        List<String> near = facts("Norway voted. Silje Dahl of the Nordic Council called the reshuffle a ransom payment.");
        assertFalse(near.stream().anyMatch(x -> x.contains("memberOf")), near.toString());
    }

    @Test
    void anOfficeAThirdPersonServedInIsNoOtherOfficeOfTheSuccession() {
        List<String> f = facts("President Marisol Quispe of Peru spoke. Héctor Valdivia served two terms as mayor of Arequipa and was briefly "
                + "transport minister under Quispe's predecessor, Pedro Castañeda.");
        assertTrue(f.contains("Pedro Castañeda heldOffice President of Peru"), f.toString());
        List<String> near = facts("President Marisol Quispe of Peru spoke. She replaced Pedro Castañeda as leader of Popular Action.");
        assertFalse(near.contains("Pedro Castañeda heldOffice President of Peru"), near.toString());
    }

    @Test
    void theHeadOfficeOfABodyARuleNamesBelongsToIt() {
        List<String> f = facts("Kenya voted. Joseph Ouko, who leads the opposition People's Democratic Alliance (PDA), is a critic of the president.");
        assertTrue(f.contains("Joseph Ouko holdsOffice Leader of the People's Democratic Alliance"), f.toString());
        assertTrue(f.contains("Leader of the People's Democratic Alliance officeOf People's Democratic Alliance"), f.toString());
        // near miss: a body that is no party, after "the opposition", names no party leadership
        List<String> near = facts("Kenya voted. Joseph Ouko, who leads the opposition Nairobi Chamber of Commerce, spoke.");
        assertFalse(near.stream().anyMatch(x -> x.contains("officeOf") || x.contains("holdsOffice")), near.toString());
    }

    @Test
    void aPartysOfficeIsHeldOnceWonButAnotherBodysIsNot() {
        List<String> f = facts("Japan voted. Haruka Sasaki, 58, won the LDP leadership on 4 October.");
        assertTrue(f.contains("Haruka Sasaki holdsOffice President of the Liberal Democratic Party"), f.toString());
        // near miss: winning a race for the office of a body that is no party makes no holder
        List<String> near = facts("Ana Ruiz won the Nato secretary general race on 4 October.");
        assertFalse(near.stream().anyMatch(x -> x.contains("holdsOffice")), near.toString());
    }

    @Test
    void itsPresidentOfAPartyIsThePartysHeadAndNoCountrysPresident() {
        List<String> f = facts("Argentina votes. Ramiro Benitez has the backing of the Justicialist Party's leaders, including its president, "
                + "former economy minister Gustavo Lamas. President Federico Aguirre has not said whether he will support her.");
        assertTrue(f.contains("Gustavo Lamas holdsOffice President of the Justicialist Party"), f.toString());
        // near miss: a bare "President X" after the party's president stays the country's
        assertFalse(f.contains("Federico Aguirre holdsOffice President of the Justicialist Party"), f.toString());
    }

    @Test
    void aMemberOfAPersonsParty() {
        List<String> f = facts("Norway voted. Ola Vik replaces Trygve Nilsen of Kari Haugland's Labour Party, who resigned as finance minister.");
        assertTrue(f.contains("Trygve Nilsen memberOf Labour Party"), f.toString());
        List<String> near = facts("Norway voted. Ola Vik replaces Trygve Nilsen of Kari Haugland's government, who resigned as finance minister.");
        assertFalse(near.stream().anyMatch(x -> x.contains("memberOf")), near.toString());
    }

    @Test
    void thePartysLeaderInAppositionIsThePartysOffice() {
        List<String> f = facts("Britain voted. The Scottish National Party's leader, John Swinney, said so.");
        assertTrue(f.contains("John Swinney holdsOffice Leader of the Scottish National Party"), f.toString());
        // near miss: "the party's leader" with no party named stays a description
        List<String> near = facts("Britain voted. The party's leader, John Swinney, said so.");
        assertFalse(near.stream().anyMatch(x -> x.contains("holdsOffice")), near.toString());
    }

    @Test
    void aTitleAfterAnUnknownCapitalisedWordIsNotTheOnlyHeadedBodys() {
        List<String> f = facts("Britain voted. The governor of the Bank of England, Andrew Bailey, warned. Texas Governor Greg Abbott criticised the plan.");
        assertTrue(f.contains("Andrew Bailey holdsOffice Governor of the Bank of England"), f.toString());
        assertFalse(f.contains("Greg Abbott holdsOffice Governor of the Bank of England"), f.toString());
    }

    @Test
    void theLeaderOfTheOppositionPartyNamedLeadsIt() {
        List<String> f = facts("Zimbabwe votes. Nelson Chamisa, leader of the opposition Citizens Coalition for Change (CCC), rejected the result.");
        assertTrue(f.contains("Nelson Chamisa holdsOffice Leader of the Citizens Coalition for Change"), f.toString());
        List<String> near = facts("Zimbabwe votes. Tendai Biti, the leader of the opposition, rejected the result.");
        assertFalse(near.stream().anyMatch(x -> x.contains("holdsOffice")), near.toString());
    }

    @Test
    void itsPresidentOpeningASentenceIsTheBodyNamedBefore() {
        List<String> f = facts("India votes. The Bharatiya Janata Party (BJP) won. Its president, Jagat Nadda, thanked voters. "
                + "The governor of Mombasa county, Abdulswamad Nassir, objected.");
        assertTrue(f.contains("Jagat Nadda holdsOffice President of the Bharatiya Janata Party"), f.toString());
        assertTrue(f.contains("Abdulswamad Nassir holdsOffice Governor of Mombasa County"), f.toString());
        List<String> near = facts("India votes. Its president, Jagat Nadda, thanked voters.");
        assertFalse(near.stream().anyMatch(x -> x.contains("Bharatiya")), near.toString());
    }

    @Test
    void aCapitalCityNamesAPlaceOfficeButACommonWordAloneDoesNot() {
        List<String> f = facts("Mexico votes. Mexico City mayor Clara Brugada spoke.");
        assertTrue(f.contains("Clara Brugada holdsOffice Mayor of Mexico City"), f.toString());
        List<String> near = facts("Mexico votes. City mayor Ana Paz spoke. Provincial governor Ana Ruiz spoke.");
        assertFalse(near.stream().anyMatch(x -> x.contains("Mayor of") || x.contains("Governor of")), near.toString());
    }

    @Test
    void membersOfAPartyChoosingTheirLeaderAndThePremiershipTheyTookOver() {
        List<String> f = facts("Catherine Doyle was sworn in as Australia's prime minister, after Labor MPs chose her unopposed as their new leader. "
                + "Doyle takes over from Michael Brennan.");
        assertTrue(f.contains("Catherine Doyle holdsOffice Leader of the Australian Labor Party"), f.toString());
        assertTrue(f.contains("Michael Brennan heldOffice Prime Minister of Australia"), f.toString());
        // near miss: "their" of people no party's adjective names gives no party
        List<String> near = facts("Australia votes. Local residents chose Catherine Doyle as their new leader.");
        assertFalse(near.stream().anyMatch(x -> x.contains("holdsOffice")), near.toString());
    }

    @Test
    void aKnownPartyBeforeItsLeaderIsNoDescriptionAndATenseWordMayOpenTheSentence() {
        List<String> f = facts("Britain votes. Nigel Farage, the Reform UK leader, spoke. Former Labour leader Jeremy Corbyn spoke.");
        assertTrue(f.contains("Nigel Farage holdsOffice Leader of the Reform UK"), f.toString());
        assertTrue(f.contains("Jeremy Corbyn heldOffice Leader of the Labour Party"), f.toString());
        // near miss: a description with no party stays one
        List<String> near = facts("Britain votes. Nigel Farage, the populist leader, spoke.");
        assertFalse(near.stream().anyMatch(x -> x.contains("holdsOffice")), near.toString());
    }

    @Test
    void aBankIsNoPlaceButAStateIs() {
        List<String> f = facts("Nigeria votes. The governor of Kaduna State, Uba Sani, spoke.");
        assertTrue(f.contains("Uba Sani holdsOffice Governor of Kaduna State"), f.toString());
        List<String> near = facts("Brazil votes. The governor of Banco Central, Gabriel Galipolo, spoke.");
        assertFalse(near.stream().anyMatch(x -> x.contains("Governor of Banco")), near.toString());
    }

    // ---------------------------------------------------------------- officials of governments and bodies

    private static java.util.Set<String> altLabels(String text, String label) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (org.newsgraph.relation.Fact f : TestSupport.NG.analyze(TestSupport.article(text)).facts()) {
            for (org.newsgraph.entity.Entity e : java.util.Arrays.asList(f.subject(), f.object())) {
                if (e != null && e.name().equals(label)) {
                    out.addAll(e.altLabels());
                }
            }
        }
        return out;
    }

    @Test
    void aDemonymIsNotWhatItsStandsFor() {
        List<String> f = facts("The World Bank has appointed Indian economist Meera Krishnan as its chief economist.");
        assertTrue(f.contains("Meera Krishnan appointedTo Chief Economist of the World Bank"), f.toString());
        List<String> none = facts("Indian economist Meera Krishnan was named its chief economist.");
        assertFalse(none.stream().anyMatch(x -> x.contains("Chief Economist of")), none.toString());
    }

    @Test
    void theNamedPartiesPlaceTheStory() {
        List<String> f = facts("The Liberals and the Conservatives clashed in Ottawa, and the NDP stayed out. "
                + "Prime Minister Claire Fontaine won the vote.");
        assertTrue(f.contains("Claire Fontaine holdsOffice Prime Minister of Canada"), f.toString());
        List<String> none = facts("The talks were held in Ottawa. Prime Minister Claire Fontaine won the vote.");
        assertFalse(none.stream().anyMatch(x -> x.contains("Prime Minister of")), none.toString());
    }

    @Test
    void theHeadOfABodyTheGazetteerDoesNotKnow() {
        List<String> f = facts("Iryna Havrylenko, a former head of the Defense Procurement Agency, was appointed.");
        assertTrue(f.contains("Iryna Havrylenko heldOffice Head of the Defense Procurement Agency"), f.toString());
        List<String> deputy = facts("Saeed Al Mansoori, a one-time deputy head of Abu Dhabi Police, withdrew.");
        assertTrue(deputy.contains("Saeed Al Mansoori heldOffice Deputy Head of the Abu Dhabi Police"), deputy.toString());
        List<String> party = facts("The Indian National Congress elected Anil Saxena. The new Congress chief faces a test.");
        assertFalse(party.stream().anyMatch(x -> x.contains("Head of the Indian National Congress")), party.toString());
    }

    @Test
    void whoHeadsACentralBankIsItsGovernor() {
        List<String> f = facts("Karim Nassar, who heads the Central Bank of Egypt, spoke in Cairo.");
        assertTrue(f.contains("Karim Nassar holdsOffice Governor of the Central Bank of Egypt"), f.toString());
        List<String> unlisted = facts("Amina Yusuf, who heads the Central Bank of Somalia, spoke.");
        assertTrue(unlisted.contains("Amina Yusuf holdsOffice Governor of the Central Bank of Somalia"), unlisted.toString());
        List<String> reserve = facts("John Williams, who heads the Federal Reserve Bank of Dallas, spoke.");
        assertFalse(reserve.stream().anyMatch(x -> x.contains("Governor")), reserve.toString());
        List<String> commercial = facts("Amina Yusuf, who heads the Bank of Somaliland Traders, spoke.");
        assertFalse(commercial.stream().anyMatch(x -> x.contains("Governor")), commercial.toString());
    }

    @Test
    void aCountrysCentralBankIsTheOneTheGazetteerLists() {
        List<String> f = facts("Mariana Restrepo was appointed governor of Colombia's central bank.");
        assertTrue(f.contains("Mariana Restrepo appointedTo Governor of the Banco de la República"), f.toString());
        List<String> other = facts("Mariana Restrepo was appointed governor of Paraguay's central bank.");
        assertTrue(other.contains("Mariana Restrepo appointedTo Governor of the Central Bank of Paraguay"), other.toString());
    }

    @Test
    void theBankIsTheBodyWhoseOtherNameHasBank() {
        List<String> f = facts("Mariana Restrepo met the board of the Banco de la República. Earlier, Silvia Paz had visited the "
                + "London School of Economics. Restrepo served as the bank's chief economist from 2014 to 2019.");
        assertTrue(f.contains("Mariana Restrepo heldOffice Chief Economist of the Banco de la República"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("Chief Economist of the London")), f.toString());
    }

    @Test
    void aNationalTitleAloneIsTheHomeCountrysWhenTheArticleGaveItThatCountry() {
        List<String> f = facts("ISLAMABAD - Pakistan's Chief Justice Tariq Mahmood will retire in Pakistan. "
                + "A former chief justice of the Lahore High Court, Ayesha Qureshi, will succeed him. "
                + "Mahmood, who has served as chief justice since 2023, spoke.");
        assertTrue(f.contains("Tariq Mahmood holdsOffice Chief Justice of Pakistan"), f.toString());
        assertFalse(f.contains("Tariq Mahmood holdsOffice Chief Justice of the Lahore High Court"), f.toString());
    }

    @Test
    void governmentPostsOfTheHomeCountry() {
        List<String> f = facts("BUENOS AIRES - Argentina's president spoke in Argentina, presidential spokesman Ignacio Lanus told reporters.");
        assertTrue(f.contains("Ignacio Lanus holdsOffice Presidential Spokesperson of Argentina"), f.toString());
        assertTrue(altLabels("BUENOS AIRES - Argentina's president spoke in Argentina, presidential spokesman Ignacio Lanus told reporters.",
                "Presidential Spokesperson of Argentina").contains("presidential spokesman of Argentina"));
        List<String> party = facts("BUENOS AIRES - Argentina's president spoke in Argentina, party spokesman Ignacio Lanus told reporters.");
        assertFalse(party.stream().anyMatch(x -> x.contains("Spokesperson of Argentina")), party.toString());
    }

    @Test
    void aPostForARegion() {
        List<String> f = facts("Hiroshi Sato was previously the ADB's director for Southeast Asia.");
        assertTrue(f.contains("Hiroshi Sato heldOffice Director for Southeast Asia of the Asian Development Bank"), f.toString());
        List<String> none = facts("Hiroshi Sato was previously the ADB's director for Global Markets.");
        assertFalse(none.stream().anyMatch(x -> x.contains("for Global")), none.toString());
    }

    @Test
    void aPortfolioWrittenAfterViceMinister() {
        List<String> f = facts("Hiroshi Sato served as Japan's vice minister of finance for international affairs from 2022 to 2024.");
        assertTrue(f.contains("Hiroshi Sato heldOffice Deputy Minister of Finance for International Affairs of Japan"), f.toString());
        List<String> none = facts("Hiroshi Sato served as Japan's vice minister of the cabinet from 2022 to 2024.");
        assertFalse(none.stream().anyMatch(x -> x.contains("Minister of Cabinet") || x.contains("Minister of The")), none.toString());
    }

    @Test
    void aBodyIntroducedByAnApposition() {
        List<String> f = facts("Fair Trials, a campaign group that had accused him, welcomed the outcome. "
                + "\"The assembly listened,\" said its director, Oliver Grant.");
        assertTrue(f.contains("Oliver Grant holdsOffice Director of the Fair Trials"), f.toString());
        List<String> person = facts("Oliver Grant, a campaign director at the group, welcomed the outcome.");
        assertFalse(person.stream().anyMatch(x -> x.contains("Oliver Grant holdsOffice")), person.toString());
    }

    @Test
    void aCountrysBodyAfterOf() {
        List<String> f = facts("Fernanda Lacerda, director of Brazil's Federal Police since 2024, was elected.");
        assertTrue(f.contains("Fernanda Lacerda holdsOffice Director of the Federal Police of Brazil"), f.toString());
        List<String> korea = facts("Daniel Park, the former chair of South Korea's Nuclear Safety and Security Commission, spoke.");
        assertTrue(korea.contains("Daniel Park heldOffice Chair of the Nuclear Safety and Security Commission"), korea.toString());
        List<String> none = facts("Fernanda Lacerda, director of Brazil's police since 2024, was elected.");
        assertFalse(none.stream().anyMatch(x -> x.contains("Director of")), none.toString());
    }

    @Test
    void aCapitalisedPortfolioBeforeALowercaseMinister() {
        List<String> f = facts("LONDON - Britain's cabinet met in London. Aisha Rahman, a former junior Treasury minister, was promoted.");
        assertTrue(f.contains("Aisha Rahman heldOffice Treasury Minister of the United Kingdom"), f.toString());
        List<String> none = facts("LONDON - Britain's cabinet met in London. Aisha Rahman, a former Tory minister, was promoted.");
        assertFalse(none.stream().anyMatch(x -> x.contains("Tory Minister")), none.toString());
    }

    @Test
    void aTitleOfAPolitysBody() {
        List<String> f = facts("The European Parliament has confirmed Dana Kovacova as the EU's new commissioner for trade.");
        assertTrue(f.contains("Dana Kovacova appointedTo Commissioner for Trade of the European Commission"), f.toString());
        List<String> own = facts("The European Parliament has confirmed Dana Kovacova as the EU's new special representative for trade.");
        assertFalse(own.stream().anyMatch(x -> x.contains("of the European Commission")), own.toString());
    }

    @Test
    void anAdviserToTheGovernmentOfACountry() {
        List<String> f = facts("Meera Krishnan, a former chief economic adviser to the government of India, replaces him.");
        assertTrue(f.contains("Meera Krishnan heldOffice Chief Economic Adviser of India"), f.toString());
        List<String> none = facts("Meera Krishnan, a former chief economic adviser to the Tata group of companies, replaces him.");
        assertFalse(none.stream().anyMatch(x -> x.contains("Chief Economic Adviser of")), none.toString());
    }

    @Test
    void aGenericBodyNamedByAKnownAcronymInBrackets() {
        List<String> f = facts("He named Carolina Pardo, deputy governor of the Central Bank (BCRA), to replace him.");
        assertTrue(f.contains("Carolina Pardo holdsOffice Deputy Governor of the Central Bank of Argentina"), f.toString());
        List<String> unknown = facts("He named Carolina Pardo, deputy governor of the Central Bank (XQZ), to replace him.");
        assertFalse(unknown.stream().anyMatch(x -> x.contains("of Argentina")), unknown.toString());
    }

    @Test
    void anOfficeSomeoneHoldsBelongsToItsPolity() {
        List<String> f = facts("Karim Nassar, who heads the Central Bank of Egypt, spoke in Cairo.");
        assertTrue(f.contains("Governor of the Central Bank of Egypt officeOf Central Bank of Egypt"), f.toString());
        List<String> none = facts("The Central Bank of Egypt raised its main rate on Thursday.");
        assertFalse(none.stream().anyMatch(x -> x.contains("officeOf")), none.toString());
    }

    @Test
    void aCountrysPossessiveBeforeABodyTheGazetteerListsForIt() {
        List<String> f = facts("Faisal Siddiqui criticised Pakistan's Supreme Court.");
        assertTrue(f.contains("Faisal Siddiqui opposes Supreme Court of Pakistan"), f.toString());
        List<String> other = facts("Faisal Siddiqui criticised Pakistan's Planning Commission.");
        assertFalse(other.stream().anyMatch(x -> x.contains("Planning Commission of Pakistan")), other.toString());
    }

    @Test
    void aDatelineAndAClearLeadPlaceTheStory() {
        String body = "Malaysian diplomat Nurul Hakim was named. Malaysia's turn came. Vietnam, China, Myanmar and Thailand agreed. "
                + "She was nominated by Prime Minister Farid Osman.";
        List<String> f = facts("KUALA LUMPUR, Nov 3 - " + body);
        assertTrue(f.contains("Farid Osman holdsOffice Prime Minister of Malaysia"), f.toString());
        List<String> none = facts(body);
        assertFalse(none.stream().anyMatch(x -> x.contains("Prime Minister of")), none.toString());
    }

    @Test
    void aBodysNounBeforeATitleNamesTheBodyNamedBefore() {
        List<String> f = facts("Adaeze Okonkwo leads the ECOWAS Commission. Ousman Jallow, who stood down as commission president, left.");
        assertTrue(f.contains("Ousman Jallow heldOffice President of the ECOWAS Commission"), f.toString());
        List<String> none = facts("Ousman Jallow, who stood down as commission president, left.");
        assertFalse(none.stream().anyMatch(x -> x.contains("heldOffice President of")), none.toString());
    }

    @Test
    void swornInIsHeld() {
        List<String> f = facts("Nigeria's Adaeze Okonkwo was sworn in on Monday as president of the ECOWAS Commission.");
        assertTrue(f.contains("Adaeze Okonkwo holdsOffice President of the ECOWAS Commission"), f.toString());
        List<String> future = facts("Nigeria's Adaeze Okonkwo will be sworn in on Monday as president of the ECOWAS Commission.");
        assertFalse(future.stream().anyMatch(x -> x.contains("holdsOffice")), future.toString());
    }

    @Test
    void anEnvoysTitleAndDestinationBeforeTheName() {
        List<String> f = facts("Iran's ambassador to the IAEA, Hossein Karimi, has condemned the vote.");
        assertTrue(f.contains("Hossein Karimi holdsOffice Ambassador of Iran"), f.toString());
        List<String> none = facts("Iran's ambassador spoke to the IAEA, Hossein Karimi said.");
        assertFalse(none.stream().anyMatch(x -> x.contains("Hossein Karimi holdsOffice")), none.toString());
    }

    @Test
    void whoWillRemainInPostHoldsIt() {
        List<String> f = facts("Timur Rashidov said he would remain Uzbekistan's ambassador to France.");
        assertTrue(f.contains("Timur Rashidov holdsOffice Ambassador of Uzbekistan"), f.toString());
        List<String> hedge = facts("Timur Rashidov said he might remain Uzbekistan's ambassador to France.");
        assertFalse(hedge.stream().anyMatch(x -> x.contains("holdsOffice")), hedge.toString());
    }

    @Test
    void aProfessionBetweenTheDemonymAndTheName() {
        List<String> f = facts("The board nominated Moroccan archaeologist Leila Benjelloun as director-general of UNESCO.");
        assertTrue(f.contains("Leila Benjelloun appointedTo Director-General of UNESCO"), f.toString());
        assertTrue(f.contains("Leila Benjelloun citizenOf Morocco"), f.toString());
    }

    @Test
    void keptOnAsIsHeld() {
        List<String> f = facts("Amina Diallo kept on Grace Wanjiru, a Kenyan lawyer, as deputy high commissioner of UNHCR.");
        assertTrue(f.contains("Grace Wanjiru holdsOffice Deputy High Commissioner of UNHCR"), f.toString());
        List<String> none = facts("Amina Diallo did not keep on Grace Wanjiru, a Kenyan lawyer, as deputy high commissioner of UNHCR.");
        assertFalse(none.stream().anyMatch(x -> x.contains("holdsOffice")), none.toString());
    }

    @Test
    void aMinistryVeteranIsAPersonDescribed() {
        List<String> f = facts("The board elected Japanese finance ministry veteran Hiroshi Sato as president of the Asian Development Bank.");
        assertTrue(f.contains("Hiroshi Sato appointedTo President of the Asian Development Bank"), f.toString());
        assertTrue(f.contains("Hiroshi Sato citizenOf Japan"), f.toString());
        List<String> said = facts("The board elected Hiroshi Sato. China voted for Sato, a Chinese finance ministry official said.");
        assertFalse(said.contains("Hiroshi Sato citizenOf China"), said.toString());
    }

    @Test
    void whoIsRetiringStillHoldsTheOffice() {
        List<String> f = facts("Ana Ruiz was named managing director of the IMF. She replaces Luis Vega, who is retiring after eight years.");
        assertTrue(f.contains("Luis Vega holdsOffice Managing Director of IMF"), f.toString());
        List<String> past = facts("Ana Ruiz was named managing director of the IMF. She replaces Luis Vega, who retired last year.");
        assertFalse(past.contains("Luis Vega holdsOffice Managing Director of IMF"), past.toString());
    }

    @Test
    void andInsideAnOrganisationsNameButNotBetweenAPersonAndABody() {
        List<String> f = facts("Daniel Park, the former chair of the Nuclear Safety and Security Commission, spoke.");
        assertTrue(f.contains("Daniel Park heldOffice Chair of the Nuclear Safety and Security Commission"), f.toString());
        List<String> two = facts("Jonas Berg criticised Maria Lopez and National Security Council officials.");
        assertTrue(two.contains("Jonas Berg opposes Maria Lopez"), two.toString());
    }

    @Test
    void aCountrysCentralBankBeforeOrAfterTheTitle() {
        List<String> f = facts("The head of Brazil's central bank, Roberto Campos Neto, warned about inflation. "
                + "Turkey's central bank governor, Fatih Karahan, raised rates.");
        assertTrue(f.contains("Roberto Campos Neto holdsOffice President of the Central Bank of Brazil"), f.toString()); // its head is a president
        assertTrue(f.contains("Fatih Karahan holdsOffice Governor of the Central Bank of the Republic of Turkey"), f.toString());
        List<String> none = facts("The head of Brazil's central banking reform, Roberto Campos Neto, warned about inflation.");
        assertFalse(none.stream().anyMatch(x -> x.contains("Central Bank")), none.toString());
    }

    @Test
    void aGovernmentPostThatNamesTheCabinetIsTheCountrys() {
        List<String> f = facts("Argentina's cabinet chief, Guillermo Francos, said the vote would go ahead.");
        assertTrue(f.contains("Guillermo Francos holdsOffice Chief of Cabinet of Argentina"), f.toString());
        List<String> mep = facts("The Swedish MEP Elin Strand said the vote would go ahead.");
        assertFalse(mep.stream().anyMatch(x -> x.contains("of Sweden")), mep.toString());
    }

    @Test
    void aCountrysArmedForcesTheGazetteerLists() {
        List<String> f = facts("Egypt pledged military aid to Sudan's armed forces.");
        assertTrue(f.contains("Egypt supports Sudanese Armed Forces"), f.toString());
        List<String> chief = facts("The commander of the Ukrainian armed forces, Oleksandr Syrskyi, visited the front.");
        assertTrue(chief.contains("Oleksandr Syrskyi holdsOffice Commander of the Armed Forces of Ukraine"), chief.toString());
        List<String> unlisted = facts("Christopher Wray spoke. The commander of the Chilean armed forces, Juan Soto, visited the front.");
        assertFalse(unlisted.stream().anyMatch(x -> x.contains("Commander of Chile") || x.contains("Christopher Wray citizenOf")),
                unlisted.toString());
    }

    @Test
    void aRankBeforeANameWithAParticle() {
        List<String> f = facts("Egypt backs Sudan's army chief, General Abdel Karim al-Mahdi, in the war.");
        assertTrue(f.contains("Abdel Karim al-Mahdi holdsOffice Commander of the Sudanese Armed Forces"), f.toString());
        List<String> hyphen = facts("Egypt's former foreign minister Hisham Abdel-Rahman was elected.");
        assertTrue(hyphen.contains("Hisham Abdel-Rahman heldOffice Foreign Minister of Egypt"), hyphen.toString());
    }

    @Test
    void theSuccessorTakesTheOfficeThePredecessorLeft() {
        List<String> past = facts("South Africa's former police minister Bheki Mthembu was sacked last month and replaced by Lindiwe Sithole.");
        assertTrue(past.contains("Lindiwe Sithole holdsOffice Police Minister of South Africa")
                || past.stream().anyMatch(x -> x.startsWith("Lindiwe Sithole holdsOffice Police Minister")), past.toString());
        List<String> named = facts("Argentina's economy minister Martin Echeverria resigned on Friday. The president named Carolina Pardo to replace him.");
        assertTrue(named.stream().anyMatch(x -> x.startsWith("Carolina Pardo appointedTo Economy Minister")), named.toString());
        List<String> two = facts("South Africa's former police minister Bheki Mthembu was sacked. "
                + "He served as finance minister of South Africa from 2010 to 2012. He was replaced by Lindiwe Sithole.");
        assertFalse(two.stream().anyMatch(x -> x.startsWith("Lindiwe Sithole holdsOffice")), two.toString());
        List<String> asOther = facts("South Africa's former police minister Bheki Mthembu was replaced by Lindiwe Sithole as party leader of the ANC.");
        assertFalse(asOther.stream().anyMatch(x -> x.startsWith("Lindiwe Sithole holdsOffice Police")), asOther.toString());
    }

    @Test
    void aStanceTheSentenceSaysIsOverIsNoFact() {
        List<String> f = facts("Anna Weber withdrew her support for Jonas Berg. Lena Holm, a former critic of Tom Baker, spoke.");
        assertFalse(f.stream().anyMatch(x -> x.contains("supports") || x.contains("opposes")), f.toString());
        // a veto lifted before backing: the backing stands
        List<String> g = facts("Romania lifted its veto on Mark Rutte's candidacy and backed him. Lena Holm, a fierce critic of Tom Baker, spoke.");
        assertTrue(g.containsAll(List.of("Romania supports Mark Rutte", "Lena Holm opposes Tom Baker")), g.toString());
    }

    @Test
    void aPossessiveIsNoSpeaker() {
        List<String> f = facts("Anna Weber's spokesman said: \"We will not give up.\"");
        assertFalse(f.stream().anyMatch(x -> x.contains(" said ")), f.toString());
    }

    @Test
    void everyNameOfASubjectListCriticises() {
        List<String> f = facts("Anna Weber and Tom Baker criticised Jonas Berg.");
        assertTrue(f.contains("Anna Weber opposes Jonas Berg"), f.toString());
        assertTrue(f.contains("Tom Baker opposes Jonas Berg"), f.toString());
        List<String> g = facts("Anna Weber, Tom Baker and Eva Dvorak condemned Jonas Berg.");
        assertTrue(g.contains("Eva Dvorak opposes Jonas Berg") && g.contains("Anna Weber opposes Jonas Berg"), g.toString());
        List<String> h = facts("Supporters of Anna Weber and Tom Baker criticised Jonas Berg.");
        assertFalse(h.stream().anyMatch(x -> x.contains("opposes")), h.toString());
        List<String> k = facts("Anna Weber met Tom Baker and criticised the plan.");
        assertFalse(k.stream().anyMatch(x -> x.contains("opposes")), k.toString());
    }

    @Test
    void anInvasionIsWarBothWaysAStrikeOneWay() {
        List<String> f = facts("Russia invaded Ukraine in 2022.");
        assertTrue(f.contains("Russia opposes Ukraine") && f.contains("Ukraine opposes Russia"), f.toString());
        List<String> g = facts("Israel struck Iran on Friday.");
        assertTrue(g.contains("Israel opposes Iran"), g.toString());
        assertFalse(g.contains("Iran opposes Israel"), g.toString());
        List<String> h = facts("Israel struck a deal with Iran. Protesters invaded the parliament in Ukraine.");
        assertFalse(h.stream().anyMatch(x -> x.contains("opposes")), h.toString());
    }

    @Test
    void blockingACountrysBidToJoinIsOpposition() {
        List<String> f = facts("Turkey blocked Sweden's bid to join NATO.");
        assertTrue(f.contains("Turkey opposes Sweden"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("memberOf")), f.toString());
        List<String> g = facts("Turkey lifted its veto on Sweden's bid to join NATO. Turkey backed Finland's bid to join NATO.");
        assertFalse(g.stream().anyMatch(x -> x.contains("opposes")), g.toString());
    }

    @Test
    void everyCountryOfAListOfMembersIsAMember() {
        List<String> f = facts("NATO members including Sweden and Finland met.");
        assertTrue(f.contains("Sweden memberOf NATO") && f.contains("Finland memberOf NATO"), f.toString());
        List<String> g = facts("EU member states such as Poland and Hungary disagreed.");
        assertTrue(g.contains("Poland memberOf European Union") && g.contains("Hungary memberOf European Union"), g.toString());
        List<String> h = facts("NATO members Poland, Estonia and Latvia met in Riga.");
        assertTrue(h.contains("Latvia memberOf NATO") && h.contains("Estonia memberOf NATO"), h.toString());
        List<String> k = facts("Diplomats from countries such as Poland and Estonia criticised NATO.");
        assertFalse(k.stream().anyMatch(x -> x.contains("memberOf")), k.toString());
    }

    @Test
    void aPartysLabelOnAPersonIsMembership() {
        assertTrue(facts("Labour MP Anna Weber criticised the budget.").contains("Anna Weber memberOf Labour Party"));
        assertTrue(facts("Anna Weber (Labour) voted against the bill.").contains("Anna Weber memberOf Labour Party"));
        assertTrue(facts("A Labour member of parliament, Tom Baker, criticised the budget.").contains("Tom Baker memberOf Labour Party"));
        assertTrue(facts("Anna Weber joined the Labour Party in 1998.").contains("Anna Weber memberOf Labour Party"));
        assertTrue(facts("Ron Calder, a Republican, voted against the bill in the United States.").contains("Ron Calder memberOf Republican Party"));
        List<String> f = facts("Democrat Anita Moreno backed the bill in the United States.");
        assertTrue(f.contains("Anita Moreno memberOf Democratic Party"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.startsWith("Democratic Party ")), f.toString()); // the label does not act
    }

    @Test
    void aLabelWordElsewhereIsNoParty() {
        for (String text : List.of("Labour shortages hit farms in Britain.", "Anna Weber, a conservative commentator, spoke in London.",
                "Anna Weber is a democrat at heart, Tom Baker said.", "Anna Weber joined Labour Party officials in London.",
                "Conservative voters backed Anna Weber in Britain.", "The Conservative Anna Weber spoke in Paris.",
                "Anna Weber faced a labour dispute in London.")) {
            List<String> f = facts(text);
            assertFalse(f.stream().anyMatch(x -> x.contains("memberOf")), text + " " + f);
        }
    }

    @Test
    void aPartyLeaderIsNoSeparateMember() {
        List<String> f = facts("Thandeka Mokoena, leader of the Economic Freedom Fighters, spoke. The EFF's Thandeka Mokoena tabled the motion.");
        assertFalse(f.stream().anyMatch(x -> x.contains("memberOf")), f.toString());
    }

    @Test
    void aDemonymBeforeAnOccupationAndANameIsNationality() {
        assertTrue(facts("Pakistani cricketer Ahmed Khan retired.").contains("Ahmed Khan citizenOf Pakistan"));
        assertTrue(facts("British actor Peter Novak died.").contains("Peter Novak citizenOf United Kingdom"));
        assertTrue(facts("Japanese tennis player Haruka Sato won.").contains("Haruka Sato citizenOf Japan"));
        assertTrue(facts("US citizen Peter Novak was detained in Moscow.").contains("Peter Novak citizenOf United States"));
        List<String> f = facts("Pakistani and Indian officials Ahmed Khan and Ravi Sharma met.");
        assertTrue(f.contains("Ahmed Khan citizenOf Pakistan") && f.contains("Ravi Sharma citizenOf India"), f.toString());
        assertFalse(f.contains("Ahmed Khan citizenOf India") || f.contains("Ravi Sharma citizenOf Pakistan"), f.toString());
        List<String> g = facts("German officials Anna Weber and Jonas Berg met.");
        assertTrue(g.contains("Anna Weber citizenOf Germany") && g.contains("Jonas Berg citizenOf Germany"), g.toString());
    }

    @Test
    void aCountryAsATopicOrAnEmployerIsNoNationality() {
        for (String text : List.of("German carmaker Volkswagen hired Anna Weber.", "Anna Weber, a Russia expert, spoke.",
                "The Russia correspondent Anna Weber reported from Moscow.", "Anna Weber studied German literature.",
                "Anna Weber and German diplomats met Jonas Berg.", "Ravi Sharma met German officials.",
                "Ravi Sharma, who studied in France, returned home.", "US nominee Ravi Sharma was confirmed.")) {
            List<String> f = facts(text);
            assertFalse(f.stream().anyMatch(x -> x.contains("citizenOf")), text + " " + f);
        }
    }

    @Test
    void nationalityStatedOrInBrackets() {
        assertTrue(facts("Anna Weber is German.").contains("Anna Weber citizenOf Germany"));
        assertTrue(facts("Jonas Berg holds Norwegian citizenship.").contains("Jonas Berg citizenOf Norway"));
        assertTrue(facts("Anna Weber (Germany) won gold.").contains("Anna Weber citizenOf Germany"));
        List<String> f = facts("Ravi Sharma is not German. Anna Weber (Labour) spoke in Parliament.");
        assertFalse(f.stream().anyMatch(x -> x.contains("citizenOf")), f.toString());
    }

    @Test
    void nominatingAPersonAsIsSupport() {
        assertTrue(facts("Anna Weber nominated Jonas Berg as NATO secretary general.").contains("Anna Weber supports Jonas Berg"));
        List<String> f = facts("The board nominated Eva Dvorak as chief executive. Tom Baker did not nominate Jonas Berg as his deputy.");
        assertFalse(f.stream().anyMatch(x -> x.contains("supports")), f.toString());
    }

    @Test
    void aQuotationSplitByItsAttributionIsSaidOnce() {
        List<String> f = facts("\"We,\" Anna Weber said, \"will not give up.\"");
        assertTrue(f.contains("Anna Weber said \"We will not give up.\""), f.toString());
        assertEquals(1, f.stream().filter(x -> x.contains(" said ")).count(), f.toString());
    }

    @Test
    void curlySingleMarksQuoteButApostrophesDoNot() {
        List<String> f = facts("‘We will not give up,’ Anna Weber said.");
        assertTrue(f.contains("Anna Weber said \"We will not give up\""), f.toString());
        List<String> g = facts("Anna Weber’s aides met the leaders’ envoys. Anna Weber didn’t say it; the spokesman’s office did.");
        assertFalse(g.stream().anyMatch(x -> x.contains(" said ")), g.toString());
    }

    @Test
    void aPartysLabelBeforeAPossessiveOrAPluralTitle() {
        assertTrue(facts("Labour's Tom Baker criticised the budget in Britain.").contains("Tom Baker memberOf Labour Party"));
        List<String> f = facts("Conservative MPs Tom Baker and Eva Hill rebelled in Britain.");
        assertTrue(f.contains("Tom Baker memberOf Conservative Party") && f.contains("Eva Hill memberOf Conservative Party"), f.toString());
        assertTrue(facts("Tom Baker, the Labour MP for Bristol West, spoke in Britain.").contains("Tom Baker memberOf Labour Party"));
        for (String text : List.of("Labour's plans worried Tom Baker in Britain.", "Republican voters backed Ron Calder in the United States.",
                "MPs Tom Baker and Eva Hill rebelled in Britain.")) {
            List<String> g = facts(text);
            assertFalse(g.stream().anyMatch(x -> x.contains("memberOf")), text + " " + g);
        }
    }

    @Test
    void aPartysAbbreviationInBracketsAfterAName() {
        assertTrue(facts("Sen. Ron Calder (R-Texas) voted no in the United States.").contains("Ron Calder memberOf Republican Party"));
        assertTrue(facts("Tom Baker (Lab, Bristol West) spoke in Britain.").contains("Tom Baker memberOf Labour Party"));
        for (String text : List.of("Tom Baker (R) spoke in Britain.", "The report (R-2) was published in the United States.")) {
            List<String> g = facts(text);
            assertFalse(g.stream().anyMatch(x -> x.contains("memberOf")), text + " " + g);
        }
    }

    @Test
    void aDemonymAndAnOccupationSetOffAfterANameIsNationality() {
        assertTrue(facts("Ahmed Khan, a Pakistani cricketer, retired.").contains("Ahmed Khan citizenOf Pakistan"));
        assertTrue(facts("Anna Weber, a retired British tennis player who won Wimbledon, died.").contains("Anna Weber citizenOf United Kingdom"));
        for (String text : List.of("Anna Weber, a German carmaker executive, spoke.", "Anna Weber, a lawyer for German officials, spoke.")) {
            List<String> g = facts(text);
            assertFalse(g.stream().anyMatch(x -> x.contains("citizenOf")), text + " " + g);
        }
    }

    @Test
    void blockingACountrysAccessionIsOpposition() {
        assertTrue(facts("Hungary has blocked Ukraine's EU accession for months.").contains("Hungary opposes Ukraine"));
        List<String> g = facts("Hungary blocked Ukraine's EU funds.");
        assertFalse(g.stream().anyMatch(x -> x.contains("opposes")), g.toString());
    }

    @Test
    void sittingOnABodyIsMembership() {
        assertTrue(facts("Anna Weber, who sits on the Federal Reserve Board, spoke on Monday.").contains("Anna Weber memberOf Federal Reserve"));
        for (String text : List.of("Anna Weber sits on the board of the World Bank.", "Anna Weber sat on the Federal Reserve Board until 2019.")) {
            List<String> g = facts(text);
            assertFalse(g.stream().anyMatch(x -> x.contains("memberOf")), text + " " + g);
        }
    }

    @Test
    void whatStandsBetweenASpeakerAndTheVerbIsSkipped() {
        List<String> f = facts("Senator Ngozi Ekeh (Labour Party, Abia Central), herself a former union leader, said the congress would \"make Abuja listen\".");
        assertTrue(f.contains("Ngozi Ekeh said \"make Abuja listen\""), f.toString());
        List<String> g = facts("Argentina's former economy minister Héctor Lanari, his counterpart in 1999, said they had \"argued every month\".");
        assertTrue(g.contains("Héctor Lanari said \"argued every month\""), g.toString());
        // a parenthesis that holds a quotation is not skipped
        List<String> h = facts("Anna Weber (\"never again\") and Jonas Berg met.");
        assertFalse(h.stream().anyMatch(x -> x.startsWith("Jonas Berg said")), h.toString());
    }

    @Test
    void aSecondQuotationOfTheSameClauseIsTheSpeakers() {
        List<String> f = facts("Labour Minister Kemi Dada said the door \"remains open\" and that threats were \"not the language of partnership\".");
        assertTrue(f.contains("Kemi Dada said \"not the language of partnership\""), f.toString());
        // not across another person named between them
        List<String> g = facts("Anna Weber said the plan was \"dead\" but Jonas Berg called it \"alive and well\".");
        assertFalse(g.contains("Anna Weber said \"alive and well\""), g.toString());
    }

    @Test
    void aListDoesNotRunIntoTheNextClause() {
        List<String> f = facts("Valentina Rojas is a candidate for the post. Mexico and Colombia have endorsed her, and Brazil's culture minister, Sônia Prado, called her \"the strongest candidate\".");
        assertFalse(f.stream().anyMatch(x -> x.endsWith("supports Sônia Prado")), f.toString());
        assertTrue(f.contains("Mexico supports Valentina Rojas"), f.toString());
    }

    @Test
    void aBareTitleTakesNoEarlierCountryWhereTheSentenceNamesAnother() {
        List<String> f = facts("Zambia's former finance minister Mwansa Chileshe is a candidate. "
                + "\"South Africa will respect the result,\" Finance Minister Pieter Venter told reporters.");
        assertFalse(f.contains("Pieter Venter holdsOffice Finance Minister of Zambia"), f.toString());
        List<String> g = facts("Zambia's former finance minister Mwansa Chileshe is a candidate. "
                + "Finance Minister Pieter Venter told reporters the vote was fair.");
        assertTrue(g.contains("Pieter Venter holdsOffice Finance Minister of Zambia"), g.toString());
    }

    @Test
    void itsPresidentIsTheBodysWhereTheBodyHasOne() {
        List<String> f = facts("The Nigeria Labour Congress elected Hadiza Yakubu as its president on Thursday.");
        assertTrue(f.contains("Hadiza Yakubu appointedTo President of the Nigeria Labour Congress"), f.toString());
        List<String> g = facts("LIVE — African Development Bank picks its next president. Chad's Mahamat Abakar bowed out overnight.");
        assertTrue(g.contains("Mahamat Abakar withdrewFrom President of the African Development Bank"), g.toString());
        // a country's "its president" stays the country's
        List<String> h = facts("Sudan was represented by its president, Omar Bashir.");
        assertFalse(h.stream().anyMatch(x -> x.contains("President of the") && !x.contains("Sudan")), h.toString());
    }

    @Test
    void moreWaysOfBacking() {
        assertTrue(facts("Germany favours Anna Weber for the post.").contains("Germany supports Anna Weber"));
        assertTrue(facts("Anna Weber enjoys the support of most member states, including Germany.").contains("Germany supports Anna Weber"));
        assertTrue(facts("Jonas Berg said he would vote for Anna Weber.").contains("Jonas Berg supports Anna Weber"));
        for (String near : List.of("Jonas Berg said he would not vote for Anna Weber.", "Jonas Berg said Tom Baker would vote for Anna Weber.",
                "Anna Weber counts Germany among her critics.", "Anna Weber lost the support of most member states, including Germany.",
                "Without the support of Germany, Anna Weber withdrew.")) {
            List<String> f = facts(near);
            assertFalse(f.stream().anyMatch(x -> x.contains("supports")), near + " " + f);
        }
    }

    @Test
    void moreWaysOfStanding() {
        assertTrue(facts("The race for president of Chile is open. Anna Weber and Jonas Berg will contest the second round.")
                .containsAll(List.of("Anna Weber candidateFor President of Chile", "Jonas Berg candidateFor President of Chile")));
        assertTrue(facts("Anna Weber is standing for re-election as president of Chile.").contains("Anna Weber candidateFor President of Chile"));
        for (String near : List.of("Anna Weber was not nominated for the post of director-general of the WTO.",
                "The race for president of Chile is open. Anna Weber emerged as a critic of the government.",
                "The race for president of Chile is open. Anna Weber will not contest the second round.",
                "Anna Weber is not standing for re-election as president of Chile.")) {
            List<String> f = facts(near);
            assertFalse(f.stream().anyMatch(x -> x.contains("candidateFor")), near + " " + f);
        }
    }

    @Test
    void aShadowMinisterHoldsNoOfficeOfTheCountry() {
        List<String> f = facts("Australia's treasurer Jim Chalmers met Shadow Treasurer Liam Forde.");
        assertFalse(f.stream().anyMatch(x -> x.startsWith("Liam Forde holdsOffice")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.startsWith("Jim Chalmers holdsOffice Treasurer")), f.toString());
    }

    @Test
    void aPartyLabelOrABodysPossessiveIsNoSubject() {
        List<String> f = facts("Sarah Pennington defected on Monday. The Conservatives' chief whip, Mark Dunmore (Con, Hertford and Stortford), "
                + "accused her of \"betraying the voters\".");
        assertFalse(f.stream().anyMatch(x -> x.startsWith("Conservative Party opposes")), f.toString());
        assertTrue(f.contains("Mark Dunmore opposes Sarah Pennington"), f.toString());
    }

    @Test
    void theFormerMinisterIsTheOneFormerMinisterNamed() {
        List<String> f = facts("Esther Wanjiku, a former trade minister of Kenya, is a candidate. The former minister has the backing of the African Union.");
        assertTrue(f.contains("African Union supports Esther Wanjiku"), f.toString());
        List<String> g = facts("Esther Wanjiku is a candidate. The former minister has the backing of the African Union.");
        assertFalse(g.stream().anyMatch(x -> x.contains("supports")), g.toString());
        List<String> h = facts("Esther Wanjiku is a candidate. Her candidacy has the backing of the African Union.");
        assertTrue(h.contains("African Union supports Esther Wanjiku"), h.toString());
    }

    @Test
    void toReplaceHimIsTheOneRemoved() {
        List<String> f = facts("President Ibrahim Danjuma on Monday removed Bashir Lawal as chief executive of NNPC and named Amaka Obi to replace him.");
        assertTrue(f.contains("Amaka Obi succeeds Bashir Lawal"), f.toString());
        assertFalse(f.contains("Amaka Obi succeeds Ibrahim Danjuma"), f.toString());
    }

    @Test
    void aSoughtPresidencyIsTheCountrysPresidentsOffice() {
        assertTrue(facts("Maria Lopez announced her bid for the Mexican presidency.").contains("Maria Lopez candidateFor President of Mexico"));
        assertTrue(facts("Maria Lopez is seeking the presidency of Mexico.").contains("Maria Lopez candidateFor President of Mexico"));
        assertTrue(facts("Maria Lopez abandoned her campaign for the Mexican presidency.").contains("Maria Lopez withdrewFrom President of Mexico"));
        List<String> negated = facts("Ana Ruiz did not enter the race for the presidency of Colombia.");
        assertFalse(negated.stream().anyMatch(x -> x.contains("candidateFor")), negated.toString());
        List<String> hedged = facts("Ana Ruiz could seek the presidency of Colombia.");
        assertFalse(hedged.stream().anyMatch(x -> x.contains("candidateFor")), hedged.toString());
    }

    @Test
    void aGroupsPresidencyIsNoOffice() {
        List<String> f = facts("Italy took over the G7 presidency in January, and Ana Ruiz chaired the first meeting. "
                + "Poland won the presidency of the Council of the EU, Jorge Paz said.");
        assertFalse(f.stream().anyMatch(x -> x.contains("President")), f.toString());
    }

    @Test
    void aPresidentialCandidateRunsForTheCountrysPresidency() {
        assertTrue(facts("Presidential candidate Maria Lopez held a rally in Mexico.").contains("Maria Lopez candidateFor President of Mexico"));
        assertTrue(facts("Carlos Ruiz, the opposition's presidential candidate in Mexico, spoke.")
                .contains("Carlos Ruiz candidateFor President of Mexico"));
        assertTrue(facts("Maria Lopez pulled out of the presidential race in Mexico.").contains("Maria Lopez withdrewFrom President of Mexico"));
        List<String> palace = facts("Ana Ruiz met reporters at the presidential palace in Lima. Peru's presidential election was held on Sunday.");
        assertFalse(palace.stream().anyMatch(x -> x.contains("candidateFor")), palace.toString());
        List<String> other = facts("Jorge Paz backed the presidential candidate of the ruling party in Chile.");
        assertFalse(other.stream().anyMatch(x -> x.contains("candidateFor")), other.toString());
    }

    @Test
    void aPartysLeadershipRaceIsForItsLeader() {
        assertTrue(facts("David Clarke entered the Labour leadership race in Britain.").contains("David Clarke candidateFor Leader of the Labour Party"));
        assertTrue(facts("Labour leadership contender David Clarke spoke in Bristol.").contains("David Clarke candidateFor Leader of the Labour Party"));
        assertTrue(facts("David Clarke dropped out of the Labour leadership race.").contains("David Clarke withdrewFrom Leader of the Labour Party"));
        List<String> company = facts("Sarah Cole praised the leadership of the company in London.");
        assertFalse(company.stream().anyMatch(x -> x.contains("Leader")), company.toString());
        List<String> negated = facts("Sarah Cole did not enter the Labour leadership race in Britain.");
        assertFalse(negated.stream().anyMatch(x -> x.contains("candidateFor")), negated.toString());
    }

    @Test
    void aPartyLeaderTitleOpensTheSentence() {
        assertTrue(facts("Labour leader David Clarke attacked the budget.").contains("David Clarke holdsOffice Leader of the Labour Party"));
        List<String> union = facts("Sarah Cole, a labour leader at the steelworkers union, spoke.");
        assertFalse(union.stream().anyMatch(x -> x.contains("holdsOffice")), union.toString());
    }

    @Test
    void whoLedAPartyUntilADateHeldItsLeadership() {
        assertTrue(facts("David Clarke, who led the Labour Party until 2020, spoke in London.")
                .contains("David Clarke heldOffice Leader of the Labour Party"));
        List<String> protest = facts("Sarah Cole, who led the protest until dawn, spoke in London.");
        assertFalse(protest.stream().anyMatch(x -> x.contains("heldOffice")), protest.toString());
        List<String> future = facts("Sarah Cole, who will lead the Conservative Party until 2030, spoke in London.");
        assertFalse(future.stream().anyMatch(x -> x.contains("heldOffice")), future.toString());
    }

    @Test
    void aCountryLedByATitledPersonGivesTheTitleItsCountry() {
        assertTrue(facts("The Swedish government, led by Prime Minister Lena Holm, fell on Tuesday.")
                .contains("Lena Holm holdsOffice Prime Minister of Sweden"));
        assertTrue(facts("Italy is led by Prime Minister Elena Rossi.").contains("Elena Rossi holdsOffice Prime Minister of Italy"));
        List<String> former = facts("Italy was led by former Prime Minister Elena Rossi in 2010.");
        assertFalse(former.stream().anyMatch(x -> x.contains("holdsOffice")), former.toString());
        List<String> aide = facts("The Italian delegation, led by Prime Minister Elena Rossi's chief of staff Marco Neri, arrived.");
        assertFalse(aide.stream().anyMatch(x -> x.startsWith("Marco Neri holdsOffice Prime Minister")), aide.toString());
    }

    @Test
    void aBodyChoosesItsNextHead() {
        assertTrue(facts("NATO allies chose Anna Weber as their next secretary general.").contains("Anna Weber appointedTo Secretary General of NATO"));
        assertTrue(facts("The World Bank named Jonas Berg as its next president.").contains("Jonas Berg appointedTo President of the World Bank"));
        assertTrue(facts("Parliament voted to make Lena Holm Sweden's next prime minister.").contains("Lena Holm appointedTo Prime Minister of Sweden"));
        assertTrue(facts("Austria's new foreign minister will be Eva Dvorak, the chancellor announced.")
                .contains("Eva Dvorak appointedTo Foreign Minister of Austria"));
        List<String> hedged = facts("NATO allies could choose Anna Weber as their next secretary general.");
        assertFalse(hedged.stream().anyMatch(x -> x.contains("appointedTo")), hedged.toString());
        List<String> guest = facts("Austria's finance minister will be Eva Dvorak's guest at the dinner. Parliament's vote made Lena Holm a popular figure in Sweden.");
        assertFalse(guest.stream().anyMatch(x -> x.contains("appointedTo")), guest.toString());
    }

    @Test
    void aReflexiveIsTheSubjectOfItsClause() {
        assertTrue(facts("Jonas Berg has put himself forward for NATO secretary general.").contains("Jonas Berg candidateFor Secretary General of NATO"));
        List<String> negated = facts("Ana Ruiz has not put herself forward for IMF managing director.");
        assertFalse(negated.stream().anyMatch(x -> x.contains("candidateFor")), negated.toString());
    }

    @Test
    void candidatesToBecomeAndWhoHadSoughtTheOffice() {
        assertTrue(facts("Jonas Berg is among candidates to become IMF managing director.").contains("Jonas Berg candidateFor Managing Director of IMF"));
        assertTrue(facts("Jonas Berg, who had sought to be NATO secretary general, withdrew on Friday.")
                .contains("Jonas Berg withdrewFrom Secretary General of NATO"));
        List<String> won = facts("Jorge Paz, who had sought to be NATO secretary general, won on Friday.");
        assertFalse(won.stream().anyMatch(x -> x.contains("withdrewFrom")), won.toString());
        List<String> not = facts("Jorge Paz is not among candidates to become IMF managing director.");
        assertFalse(not.stream().anyMatch(x -> x.contains("candidateFor")), not.toString());
    }

    @Test
    void respectivelyPairsTheListsInOrder() {
        List<String> f = facts("Eva Dvorak and Tom Baker were named foreign minister and finance minister of Austria respectively.");
        assertTrue(f.containsAll(List.of("Eva Dvorak appointedTo Foreign Minister of Austria", "Tom Baker appointedTo Finance Minister of Austria")),
                f.toString());
        assertFalse(f.contains("Eva Dvorak appointedTo Finance Minister of Austria"), f.toString());
        List<String> g = facts("Eva Dvorak and Tom Baker were appointed as defence minister of Austria and finance minister of Germany respectively.");
        assertFalse(g.contains("Tom Baker appointedTo Defence Minister of Austria"), g.toString());
        assertTrue(g.contains("Tom Baker appointedTo Finance Minister of Germany"), g.toString());
        List<String> hedged = facts("Eva Dvorak and Tom Baker could be named foreign minister and finance minister of Austria respectively.");
        assertFalse(hedged.stream().anyMatch(x -> x.contains("appointedTo")), hedged.toString());
    }

    @Test
    void aBodyChoosesSomeoneToLeadABody() {
        assertTrue(facts("The African Union elected Kofi Mensah to lead the African Union Commission.")
                .contains("Kofi Mensah appointedTo Chair of the African Union Commission"));
        List<String> f = facts("The board picked Ilse Berg to lead the IMF delegation. Ilse Berg named Jorge Paz to lead the talks with NATO. "
                + "The board may name Lena Holm to lead the IMF.");
        assertFalse(f.stream().anyMatch(x -> x.contains("appointedTo")), f.toString());
    }

    @Test
    void thePresidencyOfABodyRunForIsItsPresidentsOffice() {
        assertTrue(facts("In 2005 Ana Ruiz stood for the presidency of the worldwide Association of National Olympic Committees.")
                .contains("Ana Ruiz candidateFor President of the Association of National Olympic Committees"));
        List<String> rotating = facts("Ana Ruiz backed Poland's bid for the presidency of the Council of the EU. "
                + "Jorge Paz ran for the presidency of the G7.");
        assertFalse(rotating.stream().anyMatch(x -> x.contains("President")), rotating.toString());
    }

    // ------------------------------------------------------------ past tenure (articles of 2024-06-20)

    private static boolean anyHeld(List<String> f) {
        return f.stream().anyMatch(x -> x.contains("heldOffice"));
    }

    @Test
    void aTenureDatedInAnAppositionIsHeldWhenItsEndIsPast() {
        List<String> f = facts("Anna Weber, Peru's president from 2016 to 2021, was arrested.");
        assertTrue(f.contains("Anna Weber heldOffice President of Peru"), f.toString());
        assertFalse(f.contains("Anna Weber holdsOffice President of Peru"), f.toString());
        f = facts("Tom Baker, prime minister of Peru between 2010 and 2015, spoke.");
        assertTrue(f.contains("Tom Baker heldOffice Prime Minister of Peru"), f.toString());
        f = facts("Tom Baker, Peru's foreign minister in 2012-2016, spoke.");
        assertTrue(f.contains("Tom Baker heldOffice Foreign Minister of Peru"), f.toString());
        // near misses: a tenure that continues, a date that is no tenure, another person's title
        assertFalse(anyHeld(facts("Anna Weber, Peru's president since 2016, was criticised.")));
        assertFalse(anyHeld(facts("Anna Weber, Peru's president, was elected in 2019.")));
        assertFalse(anyHeld(facts("Anna Weber, an aide to Peru's president from 2016 to 2021, spoke.")));
    }

    @Test
    void aTenureThatEndsAfterThePublicationIsNotHeld() {
        assertTrue(facts("Anna Weber, who was president of Peru until 2019, spoke.").contains("Anna Weber heldOffice President of Peru"));
        assertFalse(anyHeld(facts("Anna Weber, who was president of Peru until 2030, spoke.")));
        assertFalse(anyHeld(facts("Anna Weber, who was president of Peru until next year, spoke.")));
        assertFalse(anyHeld(facts("Anna Weber, Peru's president from 2021 to 2026, was criticised.")));
        assertFalse(anyHeld(facts("Anna Weber was president of Peru from 2021 until 2026.")));
        assertFalse(anyHeld(facts("David Clarke, who led the Labour Party until 2030, spoke.")));
        // a month without its year was not written with one: "until December" in a past sentence is the last December
        assertTrue(facts("Anjali Rao, the economist who until December was finance minister of India, was named governor.")
                .contains("Anjali Rao heldOffice Finance Minister of India"));
    }

    @Test
    void leadingABodyAsItsHeadInThePastIsHeld() {
        List<String> f = facts("Lena Holm, who headed the IMF as managing director, retired.");
        assertTrue(f.stream().anyMatch(x -> x.startsWith("Lena Holm heldOffice Managing Director")), f.toString());
        f = facts("David Clarke, who led the Labour Party until 2020, spoke in Leeds about Britain.");
        assertTrue(f.stream().anyMatch(x -> x.startsWith("David Clarke heldOffice Leader")), f.toString());
        f = facts("Sonia Gandhi, who led the Indian National Congress for more than two decades, spoke.");
        assertTrue(f.stream().anyMatch(x -> x.startsWith("Sonia Gandhi heldOffice President of the Indian National Congress")), f.toString());
        // near misses: leading now, leading since, leading a thing
        assertFalse(anyHeld(facts("Lena Holm, who heads the IMF as managing director, spoke.")));
        assertFalse(anyHeld(facts("Lena Holm, who has led the IMF since 2019, spoke.")));
        assertFalse(anyHeld(facts("Lena Holm, who led the talks until Monday, spoke.")));
    }

    @Test
    void anOutgoingHolderWhoHasLeftOfficeHeldIt() {
        List<String> f = facts("Peter Novak, the outgoing Czech prime minister, has already left office.");
        assertTrue(f.contains("Peter Novak heldOffice Prime Minister of the Czech Republic"), f.toString());
        assertFalse(f.contains("Peter Novak holdsOffice Prime Minister of the Czech Republic"), f.toString());
        f = facts("Peter Novak, the outgoing Czech prime minister, will leave office in July.");
        assertFalse(anyHeld(f), f.toString());
        assertTrue(f.contains("Peter Novak holdsOffice Prime Minister of the Czech Republic"), f.toString());
    }

    @Test
    void heldThePostUntilADateIsHeld() {
        List<String> f = facts("Kwame Boateng became president of the Ghana Football Association in 1981 and held the post until 1997.");
        assertTrue(f.contains("Kwame Boateng heldOffice President of the Ghana Football Association"), f.toString());
        assertFalse(anyHeld(facts("Kwame Boateng became president of the Ghana Football Association in 2021 and will hold the post until 2029.")));
        f = facts("Mariam Coulibaly, until recently finance minister of Peru, was named prime minister.");
        assertTrue(f.contains("Mariam Coulibaly heldOffice Finance Minister of Peru"), f.toString());
    }

    @Test
    void aSuccessionAtAnotherBodyIsNotAboutTheOfficeHeldElsewhere() {
        List<String> f = facts("Mamadou Sy resigned as president of the National Olympic and Sports Committee of Senegal in 1997. "
                + "He was succeeded at ANOCA in 2009 by Karim Benali.");
        assertTrue(f.contains("Karim Benali succeeds Mamadou Sy"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.startsWith("Karim Benali holdsOffice")), f.toString());
    }

    @Test
    void aFormerPluralTitleBeforeAListOfNamesIsHeldByEach() {
        List<String> f = facts("Former British prime ministers David Clarke and John Hale attended.");
        assertTrue(f.containsAll(List.of("David Clarke heldOffice Prime Minister of the United Kingdom",
                "John Hale heldOffice Prime Minister of the United Kingdom")), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("holdsOffice")), f.toString());
        f = facts("Britain's former foreign ministers Tom Baker and Lena Holm signed the letter.");
        assertTrue(f.containsAll(List.of("Tom Baker heldOffice Foreign Minister of the United Kingdom",
                "Lena Holm heldOffice Foreign Minister of the United Kingdom")), f.toString());
        f = facts("Peru's congress met in Lima on Monday. Former presidents David Clarke, John Hale and Mary Stone attended the funeral.");
        assertTrue(f.containsAll(List.of("David Clarke heldOffice President of Peru", "John Hale heldOffice President of Peru",
                "Mary Stone heldOffice President of Peru")), f.toString());
        // near misses: current plural titles (of several countries, or not all in office), a possessive, one name
        f = facts("Peru's congress met in Lima on Monday. The presidents Tom Baker and Lena Holm met.");
        assertFalse(f.stream().anyMatch(x -> x.contains("Office")), f.toString());
        f = facts("British prime ministers David Clarke and John Hale met.");
        assertFalse(f.stream().anyMatch(x -> x.contains("Office")), f.toString());
        f = facts("Former presidents' wives Ana Ruiz and Maria Lopez attended.");
        assertFalse(f.stream().anyMatch(x -> x.contains("Office")), f.toString());
    }

    @Test
    void aPastCopulaFollowedByLaterLifeIsHeld() {
        List<String> f = facts("David Clarke was Britain's prime minister. He later became a banker.");
        assertTrue(f.contains("David Clarke heldOffice Prime Minister of the United Kingdom"), f.toString());
        f = facts("Lena Holm was prime minister of Sweden. She then joined the IMF.");
        assertTrue(f.contains("Lena Holm heldOffice Prime Minister of Sweden"), f.toString());
        f = facts("Tom Hale was Britain's prime minister and later became a banker.");
        assertTrue(f.contains("Tom Hale heldOffice Prime Minister of the United Kingdom"), f.toString());
        f = facts("Tom Hale was Britain's prime minister before becoming a banker.");
        assertTrue(f.contains("Tom Hale heldOffice Prime Minister of the United Kingdom"), f.toString());
        // near misses: no later life, a clause of time, another person's later life, a negation
        assertFalse(anyHeld(facts("Ana Ruiz was Spain's prime minister. She met the king on Monday.")));
        assertFalse(anyHeld(facts("Maria Lopez was prime minister of Portugal when the crisis began. She later resigned.")));
        assertFalse(anyHeld(facts("Mary Stone was Chile's president. Tom Baker later became a banker.")));
        assertFalse(anyHeld(facts("Mary Stone was Chile's president. She never later became a banker.")));
    }

    @Test
    void aFormerOfficeInACoordinatedAppositionIsHeld() {
        List<String> f = facts("Raghav Menon, a former RBI governor and a vocal critic of the government, spoke.");
        assertTrue(f.contains("Raghav Menon heldOffice Governor of the Reserve Bank of India"), f.toString());
        f = facts("Anna Weber, a lawyer and former foreign minister of Peru, spoke.");
        assertTrue(f.contains("Anna Weber heldOffice Foreign Minister of Peru"), f.toString());
        f = facts("Lima's mayor spoke. Jorge Vidal, the city's mayor from 2019 to 2022, spoke.");
        assertTrue(f.contains("Jorge Vidal heldOffice Mayor of Lima"), f.toString());
        // near misses: another person's former office, a current office
        assertFalse(anyHeld(facts("Anna Weber, the daughter of a former foreign minister of Peru, spoke.")));
        assertFalse(anyHeld(facts("Anna Weber, an aide and adviser to a former foreign minister of Peru, spoke.")));
        assertFalse(anyHeld(facts("Anna Weber, a lawyer and foreign minister of Peru, spoke.")));
    }

    @Test
    void whomASuccessorReplacesAfterTheirTenureEndedHeldTheOffice() {
        List<String> f = facts("Iryna Havrylenko was appointed defence minister of Ukraine on Monday, replacing Serhiy Marchuk, who was dismissed last week.");
        assertTrue(f.contains("Serhiy Marchuk heldOffice Defence Minister of Ukraine"), f.toString());
        f = facts("Yakubu Sani was named chairman of the Nigerian National Petroleum Company, replacing Ahmed Musa, who resigned last month.");
        assertTrue(f.contains("Ahmed Musa heldOffice Chair of the Nigerian National Petroleum Company Limited"), f.toString());
        f = facts("Fernanda Lacerda was appointed president of Interpol. She replaces Kim Minho of South Korea, whose four-year term has ended.");
        assertTrue(f.contains("Kim Minho heldOffice President of Interpol"), f.toString());
        f = facts("Fernanda Lacerda was appointed president of Interpol. She replaces Kim Minho, who resigned in January.");
        assertTrue(f.contains("Kim Minho heldOffice President of Interpol"), f.toString());
        // near misses: a tenure that has not ended, one who will resign, no office taken
        assertFalse(anyHeld(facts("Fernanda Lacerda was appointed president of Interpol. She replaces Kim Minho, whose term ends in November.")));
        assertFalse(anyHeld(facts("Iryna Havrylenko was appointed defence minister of Ukraine, replacing Serhiy Marchuk, who will resign next week.")));
        assertFalse(anyHeld(facts("Iryna Havrylenko met Serhiy Marchuk, who was dismissed last week.")));
    }

    @Test
    void aPredecessorAtTheMinistryHeldTheMinisterialOffice() {
        List<String> f = facts("Latvia's defence minister Ilze Ozola was appointed deputy secretary general of Nato. "
                + "Her predecessor at the ministry, Andris Kalniņš, welcomed the appointment.");
        assertTrue(f.contains("Andris Kalniņš heldOffice Defence Minister of Latvia"), f.toString());
        f = facts("Kenya's trade minister Grace Mwangi spoke. Her predecessor at the trade ministry, Moses Otieno, agreed.");
        assertTrue(f.contains("Moses Otieno heldOffice Trade Minister of Kenya"), f.toString());
        // near misses: no succession, a predecessor at another body
        assertFalse(anyHeld(facts("Latvia's defence minister Ilze Ozola met Andris Kalniņš at the ministry.")));
        assertFalse(anyHeld(facts("Latvia's defence minister Ilze Ozola was appointed deputy secretary general of Nato. "
                + "Her predecessor at the alliance, Andris Kalniņš, welcomed the appointment.")));
    }

    @Test
    void aMemberTitledPersonOfAPartyIsItsMemberButALeaderIsNot() {
        List<String> f = facts("Senator Ana Ruiz of the Justicialist Party called the plan a tantrum.");
        assertTrue(f.contains("Ana Ruiz memberOf Justicialist Party"), f.toString());
        List<String> g = facts("President Lula of the Workers' Party called the plan a tantrum.");
        assertFalse(g.stream().anyMatch(x -> x.contains("memberOf")), g.toString());
    }

    @Test
    void theFirstOfTwoFamilyNamesStandsForThePerson() {
        List<String> f = facts("Rocío Santamaría Ortega was sworn in on Monday. \"We will govern for everyone,\" Santamaría told the chamber.");
        assertTrue(f.contains("Rocío Santamaría Ortega said \"We will govern for everyone\""), f.toString());
        // a given name in that place is no family name: "Ann" alone is not Mary Ann Smith
        List<String> g = facts("Mary Ann Smith was sworn in on Monday. \"We will govern for everyone,\" Ann told the chamber.");
        assertFalse(g.stream().anyMatch(x -> x.startsWith("Mary Ann Smith said")), g.toString());
    }

    @Test
    void twoParticlesStayInsideAName() {
        List<String> f = facts("Dutch auditor Annelies van der Hoeven said: \"Our reports will be shorter.\"");
        assertTrue(f.contains("Annelies van der Hoeven citizenOf Netherlands"), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.startsWith("Annelies van der Hoeven said")), f.toString());
    }

    @Test
    void aJapaneseFamilyNameWrittenFirstStandsAloneForThePerson() {
        List<String> f = facts("Ogawa Kenji declared his candidacy on Saturday. \"Continuity is no dirty word,\" Ogawa told reporters.");
        assertTrue(f.contains("Ogawa Kenji said \"Continuity is no dirty word\""), f.toString());
        List<String> g = facts("Kenji Ogawa declared his candidacy on Saturday. \"Continuity is no dirty word,\" Ogawa told reporters.");
        assertTrue(g.contains("Kenji Ogawa said \"Continuity is no dirty word\""), g.toString());
    }
}
