package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.newsgraph.export.Format;

/** output/rutte-nato.ttl is what the tool makes of the sample now: regenerate it when this fails. */
class OutputFreshnessTest {

    @Test
    void committedOutputIsUpToDate() throws IOException {
        Path committed = Path.of("output", "rutte-nato.ttl");
        assertTrue(Files.exists(committed), "output/rutte-nato.ttl is missing");
        String now = TestSupport.string(TestSupport.write(TestSupport.sample(), Format.TURTLE));
        assertEquals(now, Files.readString(committed, StandardCharsets.UTF_8),
                "output/rutte-nato.ttl is stale: run `java -jar target/newsgraph.jar extract` and commit it");
    }
}
