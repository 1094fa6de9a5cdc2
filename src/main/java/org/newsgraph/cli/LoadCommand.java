package org.newsgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.NewsGraph;
import org.newsgraph.ingest.InputException;
import org.newsgraph.ingest.Inputs;
import org.newsgraph.store.LoadListener;
import org.newsgraph.store.LoadReport;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph load}: articles into a persistent store, one named graph each. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Extracts articles into a persistent store, one named graph per article.",
            "The articles are .txt, .html, .htm and .jsonl (JSON Lines) files, each optionally .gz, directories of them,",
            "or - for stdin; the store is a TDB2 database directory, and each article's graph is named by the article's IRI.",
            "Loading an article again replaces its graph. Each batch of articles is one transaction: a load that fails",
            "or is killed leaves the store as its last committed batch left it. An article that cannot be read is",
            "reported and skipped, and the others load (exit code 1)."})
final class LoadCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR",
            description = "The store: a directory, created if new or empty.")
    Path store;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Articles: .txt, .html, .htm, .jsonl files (each optionally .gz), directories of them, or - for stdin.")
    List<String> inputs = new ArrayList<>();

    @Mixin
    PublicationDate date;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "100",
            description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Mixin
    ExtractionOptions extraction;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        if (batch < 1) {
            throw new UserError("--batch must be at least 1, not " + batch);
        }
        LocalDate published = date.value();
        Inputs sources = sources(published);
        NewsGraph ng = extraction.newsGraph();
        LoadReport r;
        boolean[] bug = {false};
        try (Store s = Store.openOrCreate(store)) {
            r = s.load(sources, ng, batch, new LoadListener() {
                @Override
                public void skipped(String name, String reason) {
                    System.err.println("newsgraph load: " + reason + " (skipped)");
                }

                @Override
                public void failed(String name, RuntimeException error) {
                    bug[0] = true;
                    StringWriter trace = new StringWriter();
                    error.printStackTrace(new PrintWriter(trace));
                    System.err.println("newsgraph load: " + name + ": internal error while extracting (skipped), please report it with this trace:");
                    System.err.print(trace);
                }

                @Override
                public void committed(int done, boolean more) {
                    if (more) {
                        common.info("newsgraph load: " + done + " articles committed");
                    }
                }
            });
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        StringBuilder b = new StringBuilder("newsgraph load: ");
        b.append(r.loaded()).append(r.loaded() == 1 ? " article" : " articles")
                .append(" (").append(r.added()).append(" new, ").append(r.replaced()).append(" replaced)");
        if (r.skipped() > 0) {
            b.append(", ").append(r.skipped()).append(" skipped");
        }
        if (r.failed() > 0) {
            b.append(", ").append(r.failed()).append(" failed");
        }
        b.append(", ").append(r.triples()).append(" triples in ").append(millis).append(" ms -> ").append(store);
        if (r.skipped() + r.failed() > 0) {
            System.err.println(b);
        } else {
            common.info(b.toString());
        }
        if (bug[0]) {
            return Main.INTERNAL_ERROR;
        }
        return r.skipped() > 0 ? Main.USER_ERROR : Main.OK;
    }

    /**
     * The articles to load, in order: each file is found and read when its turn comes. A path that does not
     * exist, or a directory without articles, is a mistake in the command and stops it before anything is loaded.
     */
    private Inputs sources(LocalDate published) {
        try {
            return Inputs.of(inputs, published, System.in);
        } catch (InputException e) {
            throw new UserError(e.getMessage());
        }
    }
}
