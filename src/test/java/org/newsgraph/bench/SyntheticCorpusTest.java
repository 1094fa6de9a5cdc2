package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's corpus generator: copies name other people, the language stays, output is stable. */
class SyntheticCorpusTest {

    @TempDir
    Path dir;

    @Test
    void copiesRenameThePeopleAndNothingElse() throws IOException {
        List<SyntheticCorpus.Source> sources = SyntheticCorpus.read(Path.of("src/test/resources/corpus/dev"));
        SyntheticCorpus.Source src = sources.stream().filter(s -> s.persons().size() >= 3).findFirst().orElseThrow();
        String copy = SyntheticCorpus.renamed(src, 7);
        for (String person : src.persons()) {
            assertFalse(copy.contains(person), "copy 7 still names " + person);
        }
        assertEquals(src.text().split("\\s+").length, copy.split("\\s+").length, "renaming changed the number of words");
        assertNotEquals(SyntheticCorpus.renamed(src, 7), SyntheticCorpus.renamed(src, 8), "two copies name the same people");
        assertEquals(src.text(), SyntheticCorpus.renamed(src, 0), "copy 0 is the article itself");
    }

    @Test
    void surnamesDifferForEveryCopyAndPerson() {
        Set<String> seen = new HashSet<>();
        for (long copy = 0; copy < 3000; copy++) {
            for (int person = 0; person < 12; person++) {
                String s = SyntheticCorpus.surname(copy, person);
                assertTrue(seen.add(s), "surname made twice: " + s);
                assertTrue(Character.isUpperCase(s.charAt(0)), s);
            }
        }
    }

    @Test
    void theSameSizeGivesTheSameFile() throws IOException {
        List<SyntheticCorpus.Source> sources = SyntheticCorpus.read(Path.of("src/test/resources/corpus"));
        SyntheticCorpus.Stats a = SyntheticCorpus.write(sources, 120, dir.resolve("a.jsonl"));
        SyntheticCorpus.write(sources, 120, dir.resolve("b.jsonl"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.jsonl")), Files.readAllBytes(dir.resolve("b.jsonl")));
        assertEquals(120, Files.readAllLines(dir.resolve("a.jsonl")).size(), "not one line per article");
        assertTrue(a.chars() > 120 * 1000, "articles too short: " + a.chars());
    }
}
