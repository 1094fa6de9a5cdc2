package org.newsgraph.serve;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * On the write endpoints, refuses the POSTs a web page can send to another site without asking first (an
 * HTML form, or {@code text/plain}): a browser that has a user's login cached would otherwise let any page
 * write (cross-site request forgery). Updates come as {@code application/sparql-update}, data as an RDF
 * content type; both make a browser ask the server first, and {@link Cors} then withholds the credentials.
 */
final class NoFormWrites implements Filter {

    static final String REFUSED = "writes must be sent as application/sparql-update or an RDF content type "
            + "(form posts are refused: a page on another site could send them)";

    /** The content types of a CORS "simple request". */
    private static final Set<String> SIMPLE = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out
                && "POST".equalsIgnoreCase(http.getMethod())) {
            String type = http.getContentType();
            String base = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (base.isEmpty() || SIMPLE.contains(base)) {
                out.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, REFUSED);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
