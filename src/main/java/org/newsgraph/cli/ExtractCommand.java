package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Graph;
import org.newsgraph.NewsGraph;
import org.newsgraph.export.AtomicFile;
import org.newsgraph.export.CorpusWriter;
import org.newsgraph.export.Format;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.Inputs;
import org.newsgraph.ingest.InputException;
import org.newsgraph.ingest.Sample;
import org.newsgraph.relation.Extraction;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph extract}: articles in, RDF out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts the knowledge graph of articles: .txt, .html, .htm and .jsonl (JSON Lines) files, each optionally",
            ".gz, directories of them, or - for stdin (gzip, JSON Lines, HTML or text, by its content).",
            "With no input, runs on the built-in sample article and writes output/rutte-nato.ttl (stdout with -o -)."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR|-",
            description = "Articles: .txt, .html, .htm, .jsonl files (each optionally .gz), directories of them, or - for stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|-",
            description = "Write the RDF to FILE (atomically) instead of stdout; - is stdout (also for the sample article).")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "turtle",
            description = "turtle, ntriples, nquads, trig, jsonld or rdfxml (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    PublicationDate date;

    @Mixin
    ExtractionOptions extraction;

    @Option(names = "--explain", description = "Print each sentence with its mentions and the facts read from it, with their rules, on stderr.")
    boolean explain;

    @Mixin
    CommonOptions common;

    @Option(names = "--threads", paramLabel = "N", description = "Extract on N threads (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--fail-fast", description = "Stop at the first article that fails, writing no output (default: report it and go on).")
    boolean failFast;

    @Option(names = "--verbose", description = "Print each article on stderr as it is done, and the trace of internal errors.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        long t0 = System.nanoTime();
        Format fmt = parse(() -> Format.parse(format));
        if (threads < 1) {
            throw new UserError("--threads must be at least 1, not " + threads);
        }
        LocalDate published = date.value();
        NewsGraph ng = extraction.newsGraph();

        boolean toStdout = output != null && output.toString().equals("-"); // as "-" is stdin among the inputs
        Path out = toStdout ? null : output;
        Iterable<ArticleSource> sources;
        if (inputs.isEmpty()) {
            Article sample = Sample.article();
            sources = List.of(ArticleSource.of("sample article", published == null ? sample : sample.withPublished(published)));
            if (out == null && !toStdout) {
                out = Path.of("output", Sample.OUTPUT_NAME + "." + fmt.extension());
            }
        } else {
            try {
                sources = Inputs.of(inputs, published, System.in);
            } catch (InputException e) {
                throw new UserError(e.getMessage());
            }
        }
        boolean gzip = out != null && out.getFileName().toString().endsWith(".gz");

        AtomicLong facts = new AtomicLong();
        CorpusWriter.Extractor extractor = new CorpusWriter.Extractor() {
            @Override
            public CorpusWriter.Extracted extract(Article a) {
                Extraction x = ng.analyze(a);
                if (explain) {
                    Explain.print(x, System.err);
                }
                facts.addAndGet(x.facts().stream().map(org.newsgraph.relation.Fact::key).distinct().count());
                return ng.toWrite(x);
            }

            @Override
            public String graphName(Article a) {
                return ng.articleIri(a);
            }
        };
        CorpusWriter writer = new CorpusWriter(extractor, fmt, ng.prefixes(), explain ? 1 : threads, failFast, gzip);
        CorpusWriter.Summary summary;
        // a run of one article that fails is a user error of one line; in a batch each failure is a line
        String[] heldBack = new String[1];
        try (Progress progress = Progress.start(common.quiet || explain, total(published))) {
            CorpusWriter.Listener listener = o -> {
                progress.article(!o.failed());
                if (heldBack[0] != null) {
                    progress.println(heldBack[0]);
                    heldBack[0] = null;
                }
                if (o.failed()) {
                    String line = "newsgraph extract: " + o.error() + (failFast ? "" : "; skipped");
                    if (o.index() == 0) {
                        heldBack[0] = line;
                    } else {
                        progress.println(line);
                    }
                    if (verbose && o.bug() != null) {
                        o.bug().printStackTrace(System.err);
                    }
                } else if (verbose) {
                    progress.println("newsgraph extract: " + o.name() + ": " + o.triples() + " triples");
                }
            };
            summary = out == null ? toStdout(writer, sources, listener) : toFile(writer, sources, listener, out);
            if (heldBack[0] != null && summary.articles() > 1) {
                progress.println(heldBack[0]);
            }
        }
        if (summary.failed() > 0 && summary.articles() == 1) {
            throw new UserError(summary.firstFailure().error());
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        String line = summary(summary, facts.get(), millis, written(summary) ? out : null);
        if (summary.failed() > 0) {
            System.err.println(line);
            return Main.USER_ERROR;
        }
        common.info(line);
        return Main.OK;
    }

    /** Was the output file written? Not when every article failed, nor when --fail-fast stopped the run. */
    private boolean written(CorpusWriter.Summary s) {
        return s.succeeded() > 0 && !(failFast && s.failed() > 0);
    }

    /**
     * The number of articles, for the progress line's ETA: counted on a thread of its own, by listing
     * the inputs a second time (cheap next to extracting them); unknown (-1) until then, and for stdin.
     */
    private java.util.function.LongSupplier total(LocalDate published) {
        if (inputs.isEmpty()) {
            return () -> 1;
        }
        if (inputs.contains("-") || !Progress.stderrIsTerminal() || common.quiet) {
            return () -> -1;
        }
        AtomicLong count = new AtomicLong(-1);
        Thread t = new Thread(() -> {
            long n = 0;
            try {
                for (ArticleSource ignored : Inputs.of(inputs, published, java.io.InputStream.nullInputStream())) {
                    n++;
                }
                count.set(n);
            } catch (InputException | RuntimeException e) {
                // no total, no ETA
            }
        }, "newsgraph-count");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return count::get;
    }

    private CorpusWriter.Summary toStdout(CorpusWriter writer, Iterable<ArticleSource> sources, CorpusWriter.Listener listener)
            throws IOException {
        OutputStream stdout = new java.io.BufferedOutputStream(System.out, 1 << 16);
        CorpusWriter.Summary s = writer.write(sources.iterator(), stdout, listener);
        stdout.flush();
        return s;
    }

    private CorpusWriter.Summary toFile(CorpusWriter writer, Iterable<ArticleSource> sources, CorpusWriter.Listener listener, Path out) {
        CorpusWriter.Summary[] result = new CorpusWriter.Summary[1];
        try {
            AtomicFile.write(out, o -> {
                result[0] = writer.write(sources.iterator(), o, listener);
                if (!written(result[0])) {
                    throw new NothingWritten();
                }
            });
        } catch (NothingWritten e) {
            // the temporary file is gone; the failures were reported
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + describe(e));
        }
        return result[0];
    }

    /** Every article failed, or --fail-fast stopped the run: the output file is not written. */
    private static final class NothingWritten extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            return "a parent of the path is not a directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static <T> T parse(java.util.function.Supplier<T> f) {
        try {
            return f.get();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static String summary(CorpusWriter.Summary s, long facts, long millis, Path out) {
        StringBuilder b = new StringBuilder("newsgraph: ");
        b.append(String.format("%,d article%s", s.articles(), s.articles() == 1 ? "" : "s"));
        if (s.failed() > 0) {
            b.append(String.format(" (%,d failed%s)", s.failed(), s.stopped() ? ", stopped at the first: --fail-fast" : ""));
        }
        b.append(String.format(", %,d facts, %,d triples in %,d ms", facts, s.triples(), millis));
        if (s.articles() >= 100 && millis >= 1000) {
            b.append(String.format(" (%,.0f articles/s)", s.articles() * 1000.0 / millis));
        }
        if (out != null) {
            b.append(" -> ").append(out);
        } else if (s.failed() > 0 && s.succeeded() > 0 && s.stopped()) {
            b.append("; no output written");
        }
        return b.toString();
    }
}
