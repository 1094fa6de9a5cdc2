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
import org.newsgraph.ingest.InputException;
import org.newsgraph.query.DataLoader;
import org.newsgraph.rdf.Prefixes;
import org.newsgraph.rdf.NG;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph query}: SPARQL over RDF files, with the ontology loaded alongside. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) over RDF files of any format Jena reads.",
            "The default graph is the union of all the data (named graphs included) and the newsgraph ontology;",
            "the prefixes ng:, rdfs:, skos:, schema:, person:, office:, … are predefined."})
final class QueryCommand implements Callable<Integer> {

    @Option(names = {"-d", "--data"}, arity = "1..*", required = true, paramLabel = "DATA", description = "RDF files to query.")
    List<Path> data;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(index = "0", paramLabel = "SPARQL", description = "The query text.")
        String text;

        @Option(names = {"-f", "--query-file"}, paramLabel = "FILE.rq", description = "Read the query from a file.")
        Path file;
    }

    @Option(names = "--results", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json or xml for SELECT and ASK; turtle, ntriples, jsonld or rdfxml for CONSTRUCT and DESCRIBE (default: ${DEFAULT-VALUE}).")
    String results;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        String text = source.text;
        if (source.file != null) {
            try {
                text = Files.readString(source.file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new UserError(source.file + ": no such file");
            } catch (java.nio.charset.MalformedInputException e) {
                throw new UserError(source.file + ": not valid UTF-8 text");
            }
        }
        String fmt = results.toLowerCase(Locale.ROOT);
        if (!List.of("table", "csv", "tsv", "json", "xml", "turtle", "ntriples", "jsonld", "rdfxml").contains(fmt)) {
            throw new UserError("unknown --results '" + results + "' (valid: table, csv, tsv, json, xml, turtle, ntriples, jsonld, rdfxml)");
        }
        Query query = parse(text);
        Dataset ds;
        try {
            ds = DataLoader.load(data, true);
        } catch (InputException e) {
            throw new UserError(e.getMessage());
        }
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
        return Main.OK;
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
            String msg = Main.oneLine(e.getMessage());
            msg = msg.replaceFirst("^(Lexical error|Encountered).*?at line \\d+, column \\d+\\.?\\s*", "$1 ");
            if (e.getLine() > 0) {
                throw new UserError("syntax error at line " + e.getLine() + ", column " + e.getColumn() + ": " + Main.oneLine(e.getMessage()));
            }
            throw new UserError("syntax error: " + Main.oneLine(e.getMessage()));
        }
    }
}
