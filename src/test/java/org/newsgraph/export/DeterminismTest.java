package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.NewsGraph;
import org.newsgraph.TestSupport;
import org.newsgraph.ingest.Sample;

/** The same input gives the same bytes; every format reads back to the same graph. */
class DeterminismTest {

    @ParameterizedTest
    @EnumSource(Format.class)
    void twoRunsGiveIdenticalBytes(Format f) {
        byte[] first = TestSupport.write(TestSupport.sample(), f);
        // a second, independent instance: nothing may depend on state left by the first
        NewsGraph other = NewsGraph.create();
        byte[] second = TestSupport.write(other.extract(List.of(Sample.article())), f);
        assertArrayEquals(first, second, f + " output differs between two runs");
        assertTrue(first.length > 1000, f + " output is suspiciously small");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void roundTripsToAnIsomorphicGraph(Format f) {
        Dataset original = TestSupport.sample();
        byte[] bytes = TestSupport.write(original, f);
        Dataset back = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(f.lang()).parse(back);
        Model expected = original.getUnionModel();
        Model actual = f.quads() ? back.getUnionModel() : back.getDefaultModel();
        assertTrue(IsoMatcher.isomorphic(expected.getGraph(), actual.getGraph()),
                f + " does not read back to the same graph (" + expected.size() + " vs " + actual.size() + " triples)");
        if (f.quads() && f != Format.JSONLD) {
            assertTrue(IsoMatcher.isomorphic(original.asDatasetGraph(), back.asDatasetGraph()), f + ": named graphs differ");
        }
    }
}
