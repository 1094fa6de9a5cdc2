package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.TestSupport;

/**
 * Precision and recall on the corpus: dev/ (the articles the rules are written against) and test/
 * (held out, only measured). The thresholds are the levels reached so far, kept as a floor so that no
 * change slips below them; the targets of issue 3 (test F1 >= 0.85 at precision >= 0.90) are higher.
 */
class CorpusEvaluationTest {

    // Just under the figures at the end of the session that moved the d10- articles into dev/ (written blind; on
    // them the rules scored F1 .681, measured before any work): dev P .970 F1 .862 (it was P .971 F1 .868 before
    // the ten harder articles joined: the floor follows dev's content, not a slip), test P .988 F1 .856. The test
    // split's floor is issue 3's target (F1 >= 0.85 at precision >= 0.90, here kept higher).
    @ParameterizedTest(name = "{0}: precision >= {1}, F1 >= {2}")
    @CsvSource({"dev, 0.96, 0.855", "test, 0.97, 0.85"})
    void corpusKeepsItsLevel(String split, double minPrecision, double minF1) throws Exception {
        Path dir = Path.of("src", "test", "resources", "corpus", split);
        Evaluation e = Evaluation.run(TestSupport.NG, dir);
        assertTrue(e.articles().size() >= 12, split + ": too few articles");
        assertTrue(e.overall().precision() >= minPrecision, split + "\n" + e.table(true));
        assertTrue(e.overall().f1() >= minF1, split + "\n" + e.table(true));
    }
}
