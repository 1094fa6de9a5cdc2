package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * More distinct terms than the writer remembers (10,000): its memory is emptied mid-sort, so one IRI may stand as two
     * term objects; the lines are still Jena's, sorted, and the union of two graphs still holds each triple once.
     */
    @Test
    void moreTermsThanRemembered() {
        DatasetGraph data = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
        org.apache.jena.graph.Node p = org.apache.jena.graph.NodeFactory.createURI("https://example.org/p");
        for (int g = 0; g < 2; g++) {
            org.apache.jena.graph.Node graph = org.apache.jena.graph.NodeFactory.createURI("https://example.org/g" + g);
            for (int i = 0; i < 6_000; i++) {
                // fresh node objects each time: found by equality, not identity
                org.apache.jena.graph.Node s = org.apache.jena.graph.NodeFactory.createURI("https://example.org/s" + (i * 7919 % 6_000));
                data.add(graph, s, p, org.apache.jena.graph.NodeFactory.createURI("https://example.org/o" + i));
                data.add(graph, s, p, org.apache.jena.graph.NodeFactory.createLiteralString("text " + i));
            }
        }
        for (Format f : new Format[] {Format.NQUADS, Format.NTRIPLES}) {
            ByteArrayOutputStream jena = new ByteArrayOutputStream();
            if (f == Format.NQUADS) {
                RDFDataMgr.write(jena, data, RDFFormat.NQUADS);
            } else {
                RDFDataMgr.write(jena, data.getUnionGraph(), RDFFormat.NTRIPLES);
            }
            String[] expected = jena.toString(StandardCharsets.UTF_8).split("\n");
            Arrays.sort(expected);
            String[] ours = new String(RdfWriter.toBytes(data, f, TestSupport.NG.prefixes()), StandardCharsets.UTF_8).split("\n");
            assertEquals(f == Format.NQUADS ? 24_000 : 12_000, ours.length, f.name());
            for (int i = 1; i < ours.length; i++) {
                // in order by graph, then subject, predicate and object: the graph is a quad line's last term
                assertTrue(orderKey(ours[i - 1], f).compareTo(orderKey(ours[i], f)) < 0, f.name() + ": out of order at " + ours[i]);
            }
            String[] sortedOurs = ours.clone();
            Arrays.sort(sortedOurs);
            assertEquals(String.join("\n", expected), String.join("\n", sortedOurs), f.name() + ": not Jena's lines");
        }
    }

    private static String orderKey(String line, Format f) {
        if (f != Format.NQUADS) {
            return line;
        }
        String body = line.substring(0, line.length() - 2); // without " ."
        int graph = body.lastIndexOf(" <");
        return body.substring(graph + 1) + "\u0000" + body.substring(0, graph);
    }
}
