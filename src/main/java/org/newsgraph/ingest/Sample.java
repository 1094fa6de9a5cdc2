package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The built-in sample article: Mark Rutte set to lead NATO (The Independent, 2024-06-20). */
public final class Sample {

    /** Name of the sample's output file, under {@code output/}. */
    public static final String OUTPUT_NAME = "rutte-nato";

    private Sample() {
    }

    public static Article article() {
        try (InputStream in = Sample.class.getResourceAsStream("/org/newsgraph/sample/rutte-nato.txt")) {
            if (in == null) {
                throw new IllegalStateException("the sample article is missing from the jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Article(null, null, null,
                    LocalDate.of(2024, 6, 20), "The Independent", text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
