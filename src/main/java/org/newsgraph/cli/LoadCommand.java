package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.newsgraph.NewsGraph;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.store.ArticleSource;
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
            "The articles are text files, directories of .txt files, or - for stdin; the store is a TDB2 database",
            "directory, and each article's graph is named by the article's IRI.",
            "Loading an article again replaces its graph. Each batch of articles is one transaction: a load that fails",
            "or is killed leaves the store as its last committed batch left it. An article that cannot be read is",
            "reported and skipped, and the others load (exit code 1)."})
final class LoadCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR",
            description = "The store: a directory, created if new or empty.")
    Path store;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Articles: text files, directories (their .txt files), or - for stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date of the articles: the reference for tense and dates such as \"in October\".")
    String date;

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
        LocalDate published = parseDate(date);
        List<ArticleSource> sources = sources(published);
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
                public void committed(int done, int total) {
                    if (total > batch && done < total) {
                        common.info("newsgraph load: " + done + "/" + total + " articles committed");
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
     * The articles to load, in order: each file is read when its turn comes. A path that does not exist,
     * or a directory without articles, is a mistake in the command and stops it before anything is loaded.
     */
    private List<ArticleSource> sources(LocalDate published) {
        ArticleReader reader = new ArticleReader();
        List<ArticleSource> out = new ArrayList<>();
        boolean stdinUsed = false;
        for (String in : inputs) {
            if (in.equals("-")) {
                if (stdinUsed) {
                    throw new UserError("stdin (-) can be read only once");
                }
                stdinUsed = true;
                out.add(new ArticleSource("<stdin>", () -> dated(reader.read("<stdin>", System.in), published)));
                continue;
            }
            Path p = Path.of(in);
            if (Files.isDirectory(p)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(p)) {
                    files = s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt")).sorted().toList();
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new UserError(p + ": cannot list the directory (" + e.getMessage() + ")");
                }
                if (files.isEmpty()) {
                    throw new UserError(p + ": no .txt articles in this directory");
                }
                for (Path f : files) {
                    out.add(new ArticleSource(f.toString(), () -> dated(reader.read(f), published)));
                }
            } else if (Files.exists(p)) {
                out.add(new ArticleSource(p.toString(), () -> dated(reader.read(p), published)));
            } else {
                throw new UserError(p + ": no such file");
            }
        }
        return out;
    }

    private static Article dated(Article a, LocalDate d) {
        return d == null ? a : a.withPublished(d);
    }

    private static LocalDate parseDate(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new UserError("invalid --date '" + s + "' (expected YYYY-MM-DD, e.g. 2024-06-20)");
        }
    }
}
