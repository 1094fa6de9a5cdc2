package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestSupport;

/** Evaluation over the sample: it reads gold the way the independent scorer does (same counts). */
class EvaluationTest {

    @Test
    void sampleArticleMeetsItsTarget(@TempDir Path dir) throws Exception {
        copy("/org/newsgraph/sample/rutte-nato.txt", dir.resolve("rutte-nato.txt"));
        copy("/sample/rutte-nato.gold.tsv", dir.resolve("rutte-nato.gold.tsv"));
        Evaluation e = Evaluation.run(TestSupport.NG, dir);
        assertEquals(1, e.articles().size());
        assertEquals(30, e.overall().tp() + e.overall().fn(), "the gold has 30 required facts");
        assertTrue(e.overall().f1() >= 0.95, e.table(true));
        assertTrue(e.overall().precision() >= 0.95, e.table(true));
        assertTrue(e.json().toString().contains("\"perArticle\""));
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = EvaluationTest.class.getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
    }
}
