package org.newsgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the tests (the JDK's), with no proxy, over HTTP/1.1. */
public final class Http {

    public static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Http() {
    }

    /** A SPARQL query by POST of an HTML form, as most clients send it. */
    public static HttpResponse<byte[]> query(String endpoint, String query, String accept) {
        return send(HttpRequest.newBuilder(URI.create(endpoint)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(query))).build());
    }

    /** A SPARQL query by GET. */
    public static HttpResponse<byte[]> queryGet(String endpoint, String query, String accept) {
        return get(endpoint + "?query=" + encode(query), accept);
    }

    public static HttpResponse<byte[]> get(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Accept", accept).GET().build());
    }

    /**
     * A request with a body and optional HTTP Basic credentials (user null: none), on a connection of its
     * own: a server that refuses a request without reading its body closes the connection, and a pooled
     * connection might be reused just as it closes.
     */
    public static HttpResponse<byte[]> write(String method, String url, String contentType, String body, String user, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (user != null) {
            b.header("Authorization", basic(user, password));
        }
        HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(5)).build();
        return send(fresh, b.build());
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static HttpResponse<byte[]> send(HttpRequest r) {
        return send(CLIENT, r);
    }

    private static HttpResponse<byte[]> send(HttpClient client, HttpRequest r) {
        try {
            return client.send(r, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(r.method() + " " + r.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /** A one-line description of a response, for assertion messages. */
    public static String describe(HttpResponse<byte[]> r) {
        String body = text(r);
        return r.request().method() + " " + r.request().uri() + " -> " + r.statusCode() + " "
                + r.headers().firstValue("Content-Type").orElse("") + ": " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
    }
}
