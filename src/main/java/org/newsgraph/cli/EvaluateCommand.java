package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.newsgraph.eval.Evaluation;
import org.newsgraph.eval.PredicateScore;
import org.newsgraph.ingest.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph evaluate}: precision and recall against gold files. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Extracts every article of CORPUS_DIR that has a NAME.gold.tsv beside its NAME.txt and prints",
            "precision, recall and F1 per predicate and overall, and entity typing accuracy."})
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CORPUS_DIR", description = "A directory of NAME.txt + NAME.gold.tsv pairs (searched recursively).")
    Path corpus;

    @Option(names = "--details", description = "Also list the missed and false facts of each article.")
    boolean details;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--min-f1", paramLabel = "X", description = "Exit with 1 when the overall F1 is below X.")
    Double minF1;

    @Option(names = "--min-precision", paramLabel = "X", description = "Exit with 1 when the overall precision is below X.")
    Double minPrecision;

    @Mixin
    ExtractionOptions extraction;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        for (Double x : new Double[] {minF1, minPrecision}) {
            if (x != null && (x < 0 || x > 1 || x.isNaN())) {
                throw new UserError("a threshold must lie between 0 and 1, not " + x);
            }
        }
        Evaluation e;
        try {
            e = Evaluation.run(extraction.newsGraph(), corpus);
        } catch (InputException ex) {
            throw new UserError(ex.getMessage());
        }
        if (json) {
            System.out.println(e.json());
        } else {
            System.out.print(e.table(details));
        }
        PredicateScore o = e.overall();
        boolean ok = true;
        if (minF1 != null && o.f1() < minF1) {
            common.info(String.format(Locale.ROOT, "newsgraph evaluate: F1 %.3f is below --min-f1 %.3f", o.f1(), minF1));
            ok = false;
        }
        if (minPrecision != null && o.precision() < minPrecision) {
            common.info(String.format(Locale.ROOT, "newsgraph evaluate: precision %.3f is below --min-precision %.3f", o.precision(), minPrecision));
            ok = false;
        }
        return ok ? Main.OK : Main.USER_ERROR;
    }
}
