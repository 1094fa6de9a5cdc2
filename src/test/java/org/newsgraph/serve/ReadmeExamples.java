package org.newsgraph.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Prefixes;

/**
 * The example queries of the README (the {@code query -d output/rutte-nato.ttl '…'} commands whose text
 * parses), and a way to compare SPARQL answers.
 */
public final class ReadmeExamples {

    private static final Pattern COMMAND = Pattern.compile("query -d output/rutte-nato\\.ttl\\s*(?:\\\\\\s*)?'([^']*)'", Pattern.DOTALL);

    private ReadmeExamples() {
    }

    /** The README's example queries that parse (with newsgraph's predefined prefixes). */
    public static List<String> queries() {
        String readme;
        try {
            readme = Files.readString(Path.of(System.getProperty("basedir", "."), "README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        Matcher m = COMMAND.matcher(readme);
        while (m.find()) {
            String q = m.group(1);
            if (parse(q) != null) {
                out.add(q);
            }
        }
        return out;
    }

    /** The query parsed with newsgraph's prefixes, or null if it does not parse. */
    public static Query parse(String text) {
        Query q = new Query();
        PrefixMapping pm = PrefixMapping.Factory.create();
        Prefixes.apply(pm, NG.DEFAULT_BASE);
        q.setPrefixMapping(pm);
        try {
            return QueryFactory.parse(q, text, null, null);
        } catch (QueryException e) {
            return null;
        }
    }

    /** The rows of a SPARQL JSON SELECT result, each as "?var=term …" (in N-Triples form), in result order. */
    public static List<String> rows(byte[] json) {
        return rows(ResultSetMgr.read(new ByteArrayInputStream(json), ResultSetLang.RS_JSON));
    }

    public static List<String> rows(ResultSet rs) {
        List<String> vars = new ArrayList<>(rs.getResultVars());
        vars.sort(null);
        List<String> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            StringBuilder b = new StringBuilder();
            for (String v : vars) {
                RDFNode n = s.get(v);
                b.append('?').append(v).append('=').append(n == null ? "" : NodeFmtLib.strNT(n.asNode())).append(' ');
            }
            out.add(b.toString().strip());
        }
        return out;
    }

    /** The rows to compare: in order for a query with ORDER BY, sorted otherwise. */
    public static List<String> comparable(String query, List<String> rows) {
        Query q = parse(query);
        if (q != null && q.hasOrderBy()) {
            return rows;
        }
        List<String> sorted = new ArrayList<>(rows);
        sorted.sort(null);
        return sorted;
    }
}
