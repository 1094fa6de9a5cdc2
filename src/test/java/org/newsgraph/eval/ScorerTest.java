package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.InputException;

/** The scorer reads gold as the vocabulary contract says: aliases, "the", offices by polity, quotes, optional facts. */
class ScorerTest {

    private static final String PREFIXES = "@prefix ng: <https://w3id.org/newsgraph/ontology#> . "
            + "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> . "
            + "@prefix r: <urn:x:> .\n";

    private static Graph graph(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).parse(g);
        return g;
    }

    private static Gold gold(Path dir, String tsv) throws IOException, InputException {
        Path f = dir.resolve("g.gold.tsv");
        Files.writeString(f, tsv);
        return Gold.read(f);
    }

    @Test
    void namesMatchThroughAliasesAccentsAndOfficesByPolity(@TempDir Path dir) throws Exception {
        Gold g = gold(dir, """
                # published: 2024-06-20
                Viktor Orbán\ttype\tPerson
                Netherlands\ttype\tCountry
                Mark Rutte\ttype\tPerson
                Prime Minister of the Netherlands\ttype\tOffice
                Netherlands\talias\tKingdom of the Netherlands
                Mark Rutte\tholdsOffice\tPrime Minister of the Netherlands
                Prime Minister of the Netherlands\tofficeOf\tNetherlands
                Viktor Orbán\tsupports\tMark Rutte
                Viktor Orbán\t?opposes\tNetherlands
                Viktor Orbán\tsaid\tan important agreement
                """);
        Graph out = graph("""
                r:o a ng:Person ; rdfs:label "Viktor Orban" ; ng:supports r:m ; ng:opposes r:n ;
                    ng:said "We reached an important agreement." , "Another quote." .
                r:m a ng:Person ; rdfs:label "Mr Rutte" ; skos:altLabel "Mark Rutte" ; ng:holdsOffice r:pm .
                r:pm a ng:Office ; rdfs:label "Prime Minister of Kingdom of the Netherlands" ; ng:officeOf r:n .
                r:n a ng:Country ; rdfs:label "The Netherlands" .
                """);
        ArticleScore s = Scorer.score("t", out, g);
        assertEquals(4, s.overall().tp(), s.perPredicate().toString());
        assertEquals(0, s.overall().fp());
        assertEquals(0, s.overall().fn());
        assertEquals(1, s.perPredicate().get("opposes").optional());
        assertEquals(4, s.entitiesTyped());
    }

    @Test
    void falseAndMissedFactsAreCounted(@TempDir Path dir) throws Exception {
        Gold g = gold(dir, """
                Mark Rutte\ttype\tPerson
                Romania\ttype\tCountry
                Romania\tsupports\tMark Rutte
                """);
        Graph out = graph("""
                r:m a ng:Person ; rdfs:label "Mark Rutte" ; ng:supports r:r ; ng:said "Something." .
                r:r a ng:Country ; rdfs:label "Romania" .
                """);
        ArticleScore s = Scorer.score("t", out, g);
        assertEquals(0, s.overall().tp());
        assertEquals(2, s.overall().fp()); // the reversed support, and a quote of a speaker the gold does not quote
        assertEquals(1, s.overall().fn());
    }
}
