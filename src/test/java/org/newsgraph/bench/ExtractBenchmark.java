package org.newsgraph.bench;

import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.NewsGraph;
import org.newsgraph.export.Format;
import org.newsgraph.export.RdfWriter;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Sample;
import org.newsgraph.relation.Extraction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extracting one article, the sample, warm: its analysis (sentences, mentions, facts), its graph, and
 * its graph written as N-Quads, as {@code extract} does for every article of a corpus. The jena parse
 * of the same N-Quads is the baseline, measured in the same run.
 *
 * <pre>src/test/bench/bench.sh jmh</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ExtractBenchmark {

    private NewsGraph ng;
    private Article article;
    private Extraction extraction;
    private Graph graph;
    private byte[] nquads;

    @Setup
    public void setup() {
        ng = NewsGraph.create();
        article = Sample.article();
        extraction = ng.analyze(article);
        graph = ng.articleGraphToWrite(extraction);
        nquads = nquads(graph);
    }

    /** An article's chunk of a corpus run's N-Quads: its graph, sorted (the rules' descriptions are written once a run). */
    private byte[] nquads(Graph g) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        ds.addGraph(NodeFactory.createURI(ng.articleIri(article)), g);
        return RdfWriter.toBytes(ds, Format.NQUADS, ng.prefixes());
    }

    /** Sentences, tokens, mentions, coreference and rules: what newsgraph reads in the article. */
    @Benchmark
    public Extraction analyze() {
        return ng.analyze(article);
    }

    /** The graph of an analysis already made, as a corpus run builds it. */
    @Benchmark
    public Graph graph() {
        return ng.articleGraphToWrite(extraction);
    }

    /** The whole of one article in a corpus run: analysis, graph and sorted N-Quads. */
    @Benchmark
    public byte[] extractAndWrite() {
        return nquads(ng.articleGraphToWrite(ng.analyze(article)));
    }

    /** The baseline: Jena parsing the N-Quads that one article gives, counting the quads. */
    @Benchmark
    public long jenaParseOfTheOutput() {
        long[] n = {0};
        org.apache.jena.riot.RDFParser.source(new java.io.ByteArrayInputStream(nquads)).lang(org.apache.jena.riot.Lang.NQUADS)
                .parse(new org.apache.jena.riot.system.StreamRDFBase() {
                    @Override
                    public void quad(org.apache.jena.sparql.core.Quad q) {
                        n[0]++;
                    }
                });
        return n[0];
    }
}
