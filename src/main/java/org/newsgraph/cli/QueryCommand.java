package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.system.Txn;
import org.newsgraph.ingest.InputException;
import org.newsgraph.query.DataLoader;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreView;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph query}: SPARQL over RDF files or a store, with the ontology loaded alongside. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) over RDF files or a store.",
            "The files may be in any format Jena reads; a store (--store DIR) is made by load.",
            "The default graph is the union of all the data (named graphs included) and the newsgraph ontology;",
            "the prefixes ng:, rdfs:, skos:, schema:, person:, office:, … are predefined."})
final class QueryCommand implements Callable<Integer> {

    @Option(names = {"-d", "--data"}, arity = "1..*", paramLabel = "DATA",
            description = "RDF files to query (any format Jena reads: .ttl, .nt, .nq, .trig, .jsonld, .rdf).")
    List<String> data = new java.util.ArrayList<>();

    @Option(names = "--store", paramLabel = "DIR", description = "Query a store made by load instead of files (give -d or --store, not both).")
    Path store;

    @Parameters(arity = "0..1", paramLabel = "SPARQL", description = "The query text (or use -q FILE.rq).")
    String text;

    @Option(names = {"-q", "--query-file"}, paramLabel = "FILE.rq", description = "Read the query from a file.")
    Path file;

    @Option(names = "--results", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json or xml for SELECT and ASK; turtle, ntriples, jsonld or rdfxml for CONSTRUCT and DESCRIBE (default: ${DEFAULT-VALUE}).")
    String results;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        String text = this.text;
        for (int i = 0; i < data.size(); i++) {
            String d = data.get(i);
            // -d takes several files; a query written after them is not one of them
            if (i == data.size() - 1 && text == null && file == null && !Files.exists(Path.of(d)) && looksLikeQuery(d)) {
                text = d;
            } else {
                files.add(Path.of(d));
            }
        }
        if (text != null && file != null) {
            throw new UserError("give the query either as text or with -q FILE.rq, not both");
        }
        if (file != null) {
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new UserError(file + ": no such file");
            } catch (java.nio.charset.MalformedInputException e) {
                throw new UserError(file + ": not valid UTF-8 text");
            }
        }
        if (text == null) {
            throw new UserError("no query: give SPARQL text or -q FILE.rq");
        }
        if (store != null && !files.isEmpty()) {
            throw new UserError("give the data either as files with -d or as a store with --store, not both");
        }
        if (store == null && files.isEmpty()) {
            throw new UserError("no data: give RDF files with -d, or a store with --store DIR");
        }
        String fmt = results.toLowerCase(Locale.ROOT);
        if (!List.of("table", "csv", "tsv", "json", "xml", "turtle", "ntriples", "jsonld", "rdfxml").contains(fmt)) {
            throw new UserError("unknown --results '" + results + "' (valid: table, csv, tsv, json, xml, turtle, ntriples, jsonld, rdfxml)");
        }
        Query query = parse(text);
        if (store != null) {
            try (Store s = Store.open(store)) {
                StoreView view = s.view();
                Txn.executeRead(view, () -> run(query, DatasetFactory.wrap(view), fmt));
            } catch (StoreException e) {
                throw new UserError(e.getMessage());
            }
            return Main.OK;
        }
        Dataset ds;
        try {
            ds = DataLoader.load(files, true);
        } catch (InputException e) {
            throw new UserError(e.getMessage());
        }
        run(query, ds, fmt);
        return Main.OK;
    }

    /** Runs the query and prints its results in a format. */
    private static void run(Query query, Dataset ds, String fmt) {
        PrintStream out = System.out;
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            if (query.isSelectType()) {
                var rs = qe.execSelect();
                switch (fmt) {
                    case "table" -> ResultSetFormatter.out(out, rs, query.getPrologue());
                    case "csv" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
                    case "tsv" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
                    case "json" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
                    case "xml" -> ResultSetMgr.write(out, rs, ResultSetLang.RS_XML);
                    default -> throw new UserError("--results " + fmt + " is for CONSTRUCT and DESCRIBE; a SELECT gives table, csv, tsv, json or xml");
                }
            } else if (query.isAskType()) {
                boolean b = qe.execAsk();
                switch (fmt) {
                    case "table" -> out.println(b ? "yes" : "no");
                    case "csv" -> ResultSetMgr.write(out, b, ResultSetLang.RS_CSV);
                    case "tsv" -> ResultSetMgr.write(out, b, ResultSetLang.RS_TSV);
                    case "json" -> ResultSetMgr.write(out, b, ResultSetLang.RS_JSON);
                    case "xml" -> ResultSetMgr.write(out, b, ResultSetLang.RS_XML);
                    default -> throw new UserError("--results " + fmt + " is for CONSTRUCT and DESCRIBE; an ASK gives table, csv, tsv, json or xml");
                }
            } else if (query.isConstructType() || query.isDescribeType()) {
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                Prefixes.apply(m, NG.DEFAULT_BASE);
                Lang lang = switch (fmt) {
                    case "ntriples" -> Lang.NTRIPLES;
                    case "jsonld" -> Lang.JSONLD;
                    case "rdfxml" -> Lang.RDFXML;
                    case "turtle", "table" -> Lang.TURTLE;
                    default -> throw new UserError("--results " + fmt + " is for SELECT and ASK; a graph gives turtle, ntriples, jsonld or rdfxml");
                };
                RDFDataMgr.write(out, m, lang);
            } else {
                throw new UserError("only SELECT, ASK, CONSTRUCT and DESCRIBE queries are run (this is not a query form newsgraph runs)");
            }
        }
        out.flush();
    }

    private static boolean looksLikeQuery(String s) {
        String u = s.toUpperCase(Locale.ROOT);
        return u.contains("SELECT") || u.contains("ASK") || u.contains("CONSTRUCT") || u.contains("DESCRIBE")
                || u.contains("{") || u.contains("PREFIX");
    }

    /** Parses a query with newsgraph's prefixes predefined; a syntax error is one line with line and column. */
    static Query parse(String text) {
        Query q = new Query();
        org.apache.jena.shared.PrefixMapping pm = org.apache.jena.shared.PrefixMapping.Factory.create();
        Prefixes.apply(pm, NG.DEFAULT_BASE);
        q.setPrefixMapping(pm);
        try {
            return QueryFactory.parse(q, text, null, null);
        } catch (QueryParseException e) {
            if (e.getLine() > 0) {
                throw new UserError("syntax error at line " + e.getLine() + ", column " + e.getColumn() + ": "
                        + Main.oneLine(e.getMessage()).replaceAll(" at line \\d+, column \\d+\\.?", "").replaceAll("^Line \\d+, column \\d+: ", ""));
            }
            throw new UserError("syntax error: " + Main.oneLine(e.getMessage()));
        }
    }
}
