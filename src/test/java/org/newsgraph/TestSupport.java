package org.newsgraph;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.newsgraph.export.Format;
import org.newsgraph.export.RdfWriter;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Sample;

/** Shared fixtures: one NewsGraph (it is thread-safe and slow to build), the sample's graph. */
public final class TestSupport {

    public static final NewsGraph NG = NewsGraph.create();
    private static Dataset sample;

    private TestSupport() {
    }

    public static synchronized Dataset sample() {
        if (sample == null) {
            sample = NG.extract(List.of(Sample.article()));
        }
        return sample;
    }

    /** An article of one text, published on a fixed day. */
    /** The facts read from a text, one string each: "subject predicate object" (a quote in double quotes). */
    public static java.util.List<String> facts(String text) {
        return NG.analyze(article(text)).facts().stream()
                .map(f -> f.subject().name() + " " + f.predicate().localName() + " "
                        + (f.object() != null ? f.object().name() : "\"" + f.quote() + "\""))
                .toList();
    }

    public static Article article(String text) {
        return Article.ofText(text).withPublished(LocalDate.of(2024, 6, 20));
    }

    /** The bytes newsgraph writes for a dataset in a format. */
    public static byte[] write(Dataset ds, Format f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfWriter.write(ds.asDatasetGraph(), f, NG.prefixes(), out);
        return out.toByteArray();
    }

    public static String string(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

}
