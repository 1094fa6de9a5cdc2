package org.newsgraph.serve;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;

import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * CORS for browsers: pages from any origin may query, and see the result-cap header. Unlike Fuseki's default,
 * no credentials: a browser never sends its cached login with a cross-origin request, so a page on another
 * site cannot write with a user's password (it may still send an {@code Authorization} header it was given).
 */
final class Cors extends CrossOriginFilter {

    private static final Map<String, String> PARAMS = Map.of(
            ALLOWED_ORIGINS_PARAM, "*",
            ALLOWED_METHODS_PARAM, "GET,POST,PUT,DELETE,HEAD,OPTIONS,PATCH",
            ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin,Last-Modified,Authorization",
            EXPOSED_HEADERS_PARAM, "Cache-Control,Content-Language,Content-Length,Content-Type,Expires,Last-Modified,Pragma,"
                    + GuardedQuery.TRUNCATED_HEADER,
            ALLOW_CREDENTIALS_PARAM, "false",
            CHAIN_PREFLIGHT_PARAM, "false");

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return config.getFilterName();
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return PARAMS.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(PARAMS.keySet());
            }
        });
    }
}
