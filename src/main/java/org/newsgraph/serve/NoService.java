package org.newsgraph.serve;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Turns SPARQL {@code SERVICE} off, so that no query makes the server call another endpoint (no
 * server-side request forgery). Two locks: {@link ARQ#httpServiceAllowed} is false, and the context's
 * service registry has no HTTP executor, only one that refuses: a query with {@code SERVICE} (even
 * {@code SERVICE SILENT}) is refused with 422 Unprocessable Entity.
 */
final class NoService implements ServiceExecutor {

    static final String REFUSED = "SERVICE is disabled on this server: it does not query other endpoints";

    private NoService() {
    }

    /** Sets both locks in a context. */
    static void apply(Context context) {
        context.set(ARQ.httpServiceAllowed, false);
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(new NoService());
        ServiceExecutorRegistry.set(context, registry);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding, ExecutionContext execCxt) {
        throw new QueryDeniedException(REFUSED);
    }
}
