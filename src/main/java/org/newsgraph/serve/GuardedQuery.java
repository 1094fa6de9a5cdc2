package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Prefixes;

/**
 * Fuseki's SPARQL query processor with newsgraph's prefixes predefined (as in {@code newsgraph query}) and a
 * result cap, which Fuseki itself does not have.
 * <ul>
 * <li>Prefixes: a query is parsed with the prefixes {@code ng:}, {@code rdfs:}, {@code person:}, … predefined
 * (a PREFIX of the query's own wins), and passed on to Fuseki as its own serialization, which declares them;
 * a syntax error is reported with the line and column of the text as sent.</li>
 * <li>SELECT: at most {@code maxResults} rows are sent. The rows are computed before the response starts,
 * so the query timeout covers all of the work and a timed-out query gets a clean 503 rather than a cut-off
 * body. When rows were dropped, the response says so in the {@value #TRUNCATED_HEADER} header (the cap).</li>
 * <li>CONSTRUCT and DESCRIBE: the query gets {@code LIMIT maxResults} (or keeps a smaller LIMIT of its
 * own), which bounds the solutions the graph is built from.</li>
 * <li>ASK: one answer; nothing to cap.</li>
 * </ul>
 */
final class GuardedQuery extends SPARQL_QueryDataset {

    /** Response header set when a SELECT result was cut at the cap; its value is the cap. */
    static final String TRUNCATED_HEADER = "X-Newsgraph-Truncated";

    private final int maxResults;

    GuardedQuery(int maxResults) {
        if (maxResults < 1) {
            throw new IllegalArgumentException("the result cap must be at least 1, not " + maxResults);
        }
        this.maxResults = maxResults;
    }

    @Override
    protected void executeWithParameter(HttpAction action) {
        execute(withPrefixes(action.getRequestParameter(HttpNames.paramQuery)), action);
    }

    @Override
    protected void executeBody(HttpAction action) {
        String text;
        try (InputStream in = action.getRequestInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
            return;
        }
        execute(withPrefixes(text), action);
    }

    /**
     * The query with newsgraph's prefixes declared. A syntax error is answered here (400), with the line and
     * column of the text as sent; any other problem is left to Fuseki, with the text as sent.
     */
    static String withPrefixes(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        Query q = new Query();
        PrefixMapping pm = PrefixMapping.Factory.create();
        Prefixes.apply(pm, NG.DEFAULT_BASE);
        q.setPrefixMapping(pm);
        try {
            QueryFactory.parse(q, text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest(SPARQLProtocol.messageForParseException(e));
            return null;
        } catch (QueryException e) {
            return text;
        }
        return q.serialize(Syntax.syntaxARQ);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Query q = query;
        if (!q.isSelectType() && !q.isAskType() && (!q.hasLimit() || q.getLimit() > maxResults)) {
            q = q.cloneQuery();
            q.setLimit(maxResults);
        }
        return super.createQueryExec(action, q, dataset);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        if (!requestQuery.isSelectType()) {
            return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        }
        RowSet rows = queryExec.select();
        List<Var> vars = rows.getResultVars();
        List<Binding> kept = new ArrayList<>();
        boolean truncated = false;
        while (rows.hasNext()) {
            if (kept.size() == maxResults) {
                truncated = true;
                break;
            }
            kept.add(rows.next());
        }
        if (truncated) {
            action.setResponseHeader(TRUNCATED_HEADER, Integer.toString(maxResults));
        }
        return new QueryExecResult(RowSetStream.create(vars, kept.iterator()));
    }
}
