package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The query page at {@code /} (and its example queries at {@code /examples.json}), served from the jar:
 * a SPARQL editor that POSTs to {@code /newsgraph/sparql}. Read-only: GET and HEAD only.
 */
final class QueryPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final byte[] body;
    private final String contentType;

    private QueryPage(String resource, String contentType) {
        try (InputStream in = QueryPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            this.body = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.contentType = contentType;
    }

    static QueryPage html() {
        return new QueryPage("index.html", "text/html; charset=utf-8");
    }

    static QueryPage examples() {
        return new QueryPage("examples.json", "application/json; charset=utf-8");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(contentType);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
