package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.NewsGraph;
import org.newsgraph.export.AtomicFile;
import org.newsgraph.export.Format;
import org.newsgraph.export.RdfWriter;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.Inputs;
import org.newsgraph.ingest.InputException;
import org.newsgraph.ingest.Sample;
import org.newsgraph.rdf.NG;
import org.newsgraph.relation.Predicate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph extract}: articles in, RDF out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts the knowledge graph of articles: .txt, .html, .htm and .jsonl (JSON Lines) files, each optionally",
            ".gz, directories of them, or - for stdin (gzip, JSON Lines, HTML or text, by its content).",
            "With no input, runs on the built-in sample article and writes output/rutte-nato.ttl."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR|-",
            description = "Articles: .txt, .html, .htm, .jsonl files (each optionally .gz), directories of them, or - for stdin.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the RDF to FILE (atomically) instead of stdout.")
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

    @Override
    public Integer call() throws IOException {
        long t0 = System.nanoTime();
        Format fmt = parse(() -> Format.parse(format));
        LocalDate published = date.value();
        NewsGraph ng = extraction.newsGraph();

        List<Article> articles = new ArrayList<>();
        Path out = output;
        if (inputs.isEmpty()) {
            Article sample = Sample.article();
            articles.add(published == null ? sample : sample.withPublished(published));
            if (out == null) {
                out = Path.of("output", Sample.OUTPUT_NAME + "." + fmt.extension());
            }
        } else {
            articles.addAll(read(published));
        }

        if (explain) {
            for (Article a : articles) {
                Explain.print(ng.analyze(a), System.err);
            }
        }
        DatasetGraph ds = ng.extract(articles).asDatasetGraph();
        PrefixMapping pm = ng.prefixes();
        if (out == null) {
            OutputStream stdout = System.out;
            RdfWriter.write(ds, fmt, pm, stdout);
            stdout.flush();
        } else {
            try {
                AtomicFile.write(out, o -> RdfWriter.write(ds, fmt, pm, o));
            } catch (IOException e) {
                throw new UserError("cannot write " + out + ": " + describe(e));
            }
        }
        common.info(summary(ds, articles.size(), (System.nanoTime() - t0) / 1_000_000, out));
        return Main.OK;
    }

    private List<Article> read(LocalDate published) {
        List<Article> out = new ArrayList<>();
        try {
            for (ArticleSource source : Inputs.of(inputs, published, System.in)) {
                out.add(source.read());
            }
        } catch (InputException e) {
            throw new UserError(e.getMessage());
        }
        return out;
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

    private static String summary(DatasetGraph ds, int articles, long millis, Path out) {
        Set<Node> entities = new HashSet<>();
        Set<Triple> triples = new HashSet<>();
        Set<Triple> facts = new HashSet<>();
        Set<Node> entityTypes = Set.of(NG.Person.asNode(), NG.Office.asNode(), NG.Alliance.asNode(), NG.Country.asNode(),
                NG.Organization.asNode());
        Set<Node> factPredicates = new HashSet<>();
        for (Predicate p : Predicate.values()) {
            factPredicates.add(NG.fact(p.localName()).asNode());
        }
        ds.find().forEachRemaining(q -> {
            Triple t = q.asTriple();
            triples.add(t);
            if (t.getPredicate().equals(RDF.type.asNode()) && entityTypes.contains(t.getObject())) {
                entities.add(t.getSubject());
            }
            if (factPredicates.contains(t.getPredicate())) {
                facts.add(t);
            }
        });
        return String.format("newsgraph: %d article%s, %d entities, %d facts, %d triples in %d ms%s", articles,
                articles == 1 ? "" : "s", entities.size(), facts.size(), triples.size(), millis,
                out == null ? "" : " -> " + out);
    }
}
