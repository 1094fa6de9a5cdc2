package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.TestSupport;

/**
 * {@link RdfWriter#toBytes}, which a corpus run calls for every article, gives the bytes {@link RdfWriter#write}
 * writes; its N-Quads lines (built from terms Jena formatted, summed and copied once) are Jena's own lines.
 * Regression: the first version sized its table of line parts for three terms a line plus the graph, not the end of
 * each line, and failed on every article with named graphs.
 */
class RdfWriterBytesTest {

    @ParameterizedTest
    @EnumSource(Format.class)
    void toBytesIsWhatWriteWrites(Format f) {
        DatasetGraph data = TestSupport.sample().asDatasetGraph();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfWriter.write(data, f, TestSupport.NG.prefixes(), out);
        assertArrayEquals(out.toByteArray(), RdfWriter.toBytes(data, f, TestSupport.NG.prefixes()), f.name());
    }

    @Test
    void nquadsLinesAreJenasLines() {
        DatasetGraph data = TestSupport.sample().asDatasetGraph();
        ByteArrayOutputStream jena = new ByteArrayOutputStream();
        RDFDataMgr.write(jena, data, RDFFormat.NQUADS);
        String[] expected = jena.toString(StandardCharsets.UTF_8).split("\n");
        String[] ours = new String(RdfWriter.toBytes(data, Format.NQUADS, TestSupport.NG.prefixes()), StandardCharsets.UTF_8).split("\n");
        Arrays.sort(expected);
        assertEquals(String.join("\n", expected), String.join("\n", ours), "the same lines, ours sorted");
    }
}
