package org.newsgraph.bench;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.newsgraph.NewsGraph;
import org.newsgraph.export.CorpusWriter;
import org.newsgraph.export.Format;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Inputs;
import org.newsgraph.relation.Extraction;

/**
 * Extraction timed as Jena's warm parse is ({@link ParseCeiling}): without the JVM's start and the
 * compiler's warm-up. In one JVM (started with the options {@code extract} gives a corpus run), the
 * corpus is extracted as {@code extract} does it (the same library calls, T threads, sorted N-Quads
 * written to a file), W times to warm up and then R times; prints the median seconds of those R rounds
 * (of an even number, the slower of the middle two: with R = 2, the slower round).
 *
 * <pre>java -cp target/newsgraph.jar:target/test-classes org.newsgraph.bench.WarmExtract CORPUS.jsonl OUT.nq THREADS ROUNDS W</pre>
 */
public final class WarmExtract {

    private WarmExtract() {
    }

    public static void main(String[] args) throws Exception {
        String jsonl = args[0];
        Path out = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        int warmUp = Integer.parseInt(args[4]);
        NewsGraph ng = NewsGraph.create();
        CorpusWriter.Extractor extractor = new CorpusWriter.Extractor() {
            @Override
            public CorpusWriter.Extracted extract(Article a) {
                Extraction x = ng.analyze(a);
                return ng.toWrite(x);
            }

            @Override
            public String graphName(Article a) {
                return ng.articleIri(a);
            }
        };
        double[] secs = new double[rounds];
        for (int r = -warmUp; r < rounds; r++) {
            long t0 = System.nanoTime();
            CorpusWriter writer = new CorpusWriter(extractor, Format.NQUADS, ng.prefixes(), threads, false, false);
            CorpusWriter.Summary s;
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                s = writer.write(Inputs.of(List.of(jsonl), null, InputStream.nullInputStream()).iterator(), o, outcome -> { });
            }
            if (s.failed() > 0) {
                throw new IllegalStateException(s.failed() + " articles failed: " + s.firstFailure().error());
            }
            if (r >= 0) {
                secs[r] = (System.nanoTime() - t0) / 1e9;
            }
        }
        Arrays.sort(secs);
        System.out.printf("%.3f%n", secs[rounds / 2]);
    }
}
