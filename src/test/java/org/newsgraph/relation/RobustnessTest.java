package org.newsgraph.relation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestSupport;

/**
 * Word soups built from the pieces the rules look for (titles, names, honorifics, quotes, commas,
 * ages, dates): whatever order they come in, reading them throws nothing. Fixed seed, so a failure
 * repeats.
 */
class RobustnessTest {

    private static final String[] PIECES = {"Mr", "Ms", "Sir", "Dr", "the", "a", "former", "next", "deputy", "president",
        "prime minister", "minister", "leader", "secretary-general", "chief", "of", "for", "Nato", "NATO", "Romania",
        "Romanian", "Norway's", "the alliance", "Mark Rutte", "Rutte", "Kaja Kallas", "he", "she", "his", "her", ",", ".",
        ":", "(", ")", "\"", "“", "”", "'s", "-", "57-year-old", "2014", "October", "May", "in", "since", "said", "told",
        "replace", "succeeds", "backed", "by", "and", "or", "not", "did", "withdrew", "from", "race", "candidates",
        "Liberal Party", "LDP", "(LDP)", "Conservative", "Central Bank of Egypt", "who", "which", "was", "is", "will",
        "become", "sworn in as", "presidential election", "Sofia", "Kyiv", "open image in gallery", "ADVERTISEMENT", "\n",
        "emoji 🎉", "Zoë", "<b>", "%", "\t", "  ", "ß", "İstanbul", "Ł", "—", "…"};

    @Test
    void randomSoupsAreReadWithoutError() {
        Random r = new Random(20261128);
        for (int i = 0; i < 1000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(60);
            for (int k = 0; k < n; k++) {
                b.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextInt(4) == 0 ? "" : " ");
            }
            String text = b.toString();
            if (text.isBlank()) {
                continue;
            }
            assertDoesNotThrow(() -> TestSupport.NG.graph(TestSupport.NG.analyze(TestSupport.article(text))), text);
        }
    }

    /** Regression: "and" before a pronoun (no word) at the end of a coordination threw a NullPointerException. */
    @Test
    void andBeforeAMentionAfterAListIsRead() {
        String text = "That leaves Portugal's former foreign minister Inês Carvalho, who held the post from 2015 to 2019, "
                + "and Mart Kivisild, an Estonian former justice minister. Lisbon nominated her, and Spain and France "
                + "have said they will back her.";
        Extraction x = assertDoesNotThrow(() -> TestSupport.NG.analyze(TestSupport.article(text)));
        org.junit.jupiter.api.Assertions.assertTrue(x.facts().stream().anyMatch(f -> f.predicate() == Predicate.SUPPORTS),
                "read: " + x.facts());
    }
}
