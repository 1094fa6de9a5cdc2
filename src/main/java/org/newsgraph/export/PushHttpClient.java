package org.newsgraph.export;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import org.apache.jena.http.HttpLib;

/**
 * The HTTP client a push hands to Jena's Graph Store Protocol client: the JDK's, which does not follow
 * redirects (a POST silently turned into a GET would look like success), with every request given a
 * timeout and, when there are credentials, an HTTP Basic {@code Authorization} header from the first
 * request on (no round trip for a challenge, and a wrong password is a plain 401). It remembers the
 * last answer's headers, which Jena's exceptions do not carry: {@code Retry-After} and {@code Location}.
 */
final class PushHttpClient extends HttpClient {

    private final HttpClient delegate;
    private final Duration timeout;
    private final String authorization;
    private volatile HttpHeaders lastHeaders;

    PushHttpClient(Duration timeout, String user, String password) {
        this.delegate = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
        this.timeout = timeout;
        this.authorization = user == null ? null : HttpLib.basicAuth(user, password);
    }

    /** Forgets the last answer (before a new attempt). */
    void forget() {
        lastHeaders = null;
    }

    /** A header of the last answer. */
    Optional<String> lastHeader(String name) {
        HttpHeaders h = lastHeaders;
        return h == null ? Optional.empty() : h.firstValue(name);
    }

    private HttpRequest prepare(HttpRequest request) {
        HttpRequest.Builder b = HttpRequest.newBuilder(request, (name, value) -> true).timeout(timeout);
        if (authorization != null) {
            b.setHeader("Authorization", authorization);
        }
        return b.build();
    }

    private <T> HttpResponse<T> remember(HttpResponse<T> response) {
        lastHeaders = response.headers();
        return response;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        return remember(delegate.send(prepare(request), handler));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return delegate.sendAsync(prepare(request), handler).thenApply(this::remember);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromises) {
        return delegate.sendAsync(prepare(request), handler, pushPromises).thenApply(this::remember);
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }
}
