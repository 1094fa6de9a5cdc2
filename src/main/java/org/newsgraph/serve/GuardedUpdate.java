package org.newsgraph.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.AccessDeniedException;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL Update processor, refusing {@code LOAD}: LOAD makes the server fetch a URL or read one of
 * its own files, which no client of a knowledge-graph endpoint should be able to ask for. Data is written
 * with INSERT DATA or the Graph Store Protocol instead. A write the dataset refuses (the default graph of a
 * store, which is a read-only view) is answered 403 with the reason, not 500.
 */
final class GuardedUpdate extends SPARQL_Update {

    static final String LOAD_REFUSED = "LOAD is disabled on this server (it would fetch URLs or read server files): "
            + "send the data with INSERT DATA or the Graph Store Protocol";

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] bytes;
        try {
            bytes = input.readAllBytes();
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
            return;
        }
        UpdateRequest request = null;
        try {
            request = UpdateFactory.create(new String(bytes, StandardCharsets.UTF_8), "http://server/unset-base/", Syntax.syntaxARQ);
        } catch (QueryParseException | UpdateException e) {
            // a syntax error: reported by Fuseki's own handling below
        }
        if (request != null) {
            for (Update u : request) {
                if (u instanceof UpdateLoad) {
                    ServletOps.error(HttpSC.FORBIDDEN_403, LOAD_REFUSED);
                }
            }
        }
        try {
            super.execute(action, new ByteArrayInputStream(bytes));
        } catch (ActionErrorException e) {
            // Fuseki answers 500 to any failure of the update; a write the data refuses (the read-only default
            // graph of a store) is the client's to fix: 403, with the reason
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof AccessDeniedException denied) {
                    ServletOps.error(HttpSC.FORBIDDEN_403, denied.getMessage());
                }
            }
            throw e;
        }
    }
}
