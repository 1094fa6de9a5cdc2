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
