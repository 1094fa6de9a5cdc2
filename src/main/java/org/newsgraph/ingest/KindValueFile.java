package org.newsgraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A bundled rule file of {@code KIND<TAB>VALUE} lines, with blank lines and {@code #} comments: the
 * shape of the page-furniture rules of both plain text and HTML.
 */
public final class KindValueFile {

    /**
     * One rule line.
     *
     * @param where the resource and line number, for messages
     * @param kind  what comes before the tab
     * @param value what comes after it, as written
     */
    public record Row(String where, String kind, String value) {
        /** An error in this line of a bundled file: a bug of the build, not of the user. */
        public IllegalStateException error(String message) {
            return new IllegalStateException(where + ": " + message);
        }
    }

    private KindValueFile() {
    }

    /**
     * The rows of a resource beside {@code owner}; a missing resource or a line without a tab is an
     * error naming the value expected after the tab ({@code valueName}).
     */
    public static List<Row> resource(Class<?> owner, String resource, String valueName) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(resource + ":" + n + ": expected KIND<TAB>" + valueName);
                }
                rows.add(new Row(resource + ":" + n, line.substring(0, tab), line.substring(tab + 1)));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
