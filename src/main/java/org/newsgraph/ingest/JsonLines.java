package org.newsgraph.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * One JSON Lines record: a JSON object on one line with the article's {@code text} (or its {@code html},
 * which goes through {@link HtmlArticles}) and, optionally, {@code id}, {@code url}, {@code title},
 * {@code published} (an ISO date or date-time) and {@code publisher}, all strings ({@code id} may be an
 * integer). {@code text} wins over {@code html} when a record has both; other fields are ignored; a
 * {@code null} is an absent field. The record's own fields win over the metadata of its HTML. JSON is
 * parsed strictly (RFC 8259), at most 255 levels deep. Stateless and thread-safe.
 */
final class JsonLines {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,30}");

    private JsonLines() {
    }

    /** Reads a record (the bytes of its line, without the line end). */
    static Article read(String name, byte[] line) throws InputException {
        String json = ArticleReader.decode(name, line);
        JsonElement e;
        try {
            JsonReader r = new JsonReader(new StringReader(json));
            r.setStrictness(Strictness.STRICT);
            e = JsonParser.parseReader(r);
            if (r.peek() != JsonToken.END_DOCUMENT) {
                throw new InputException(name + ": not one JSON value (more after the record's end)");
            }
        } catch (IOException | RuntimeException x) {
            throw new InputException(name + ": not valid JSON (" + gsonMessage(x) + ")");
        }
        if (!e.isJsonObject()) {
            throw new InputException(name + ": the record is " + kind(e) + ", not a JSON object like {\"text\": \"...\"}");
        }
        JsonObject o = e.getAsJsonObject();
        String id = field(name, o, "id", true);
        String url = field(name, o, "url", false);
        String title = field(name, o, "title", false);
        String publisher = field(name, o, "publisher", false);
        String published = field(name, o, "published", false);
        LocalDate date = null;
        if (published != null && !published.isBlank()) {
            date = IsoDates.parse(published);
            if (date == null) {
                throw new InputException(name + ": \"published\" is not a date: " + quote(published)
                        + " (expected an ISO date or date-time, e.g. 2024-06-20 or 2024-06-20T09:30:00+02:00)");
            }
        }
        String text = field(name, o, "text", false);
        String html = field(name, o, "html", false);
        if (text != null && !text.isBlank()) {
            if (text.indexOf('\0') >= 0) {
                throw new InputException(name + ": \"text\" holds NUL characters (binary data, not text)");
            }
            return new Article(blankToNull(id), blankToNull(url), blankToNull(title), date, blankToNull(publisher), text);
        }
        if (html != null && !html.isBlank()) {
            HtmlArticles.Page page = HtmlArticles.extract(html);
            Article a = HtmlArticles.article(name, page);
            return new Article(blankToNull(id), or(url, a.url()), or(title, a.title()), date != null ? date : a.published(),
                    or(publisher, a.publisher()), a.text());
        }
        if (text != null || html != null) {
            throw new InputException(name + ": the record's " + (text != null ? "\"text\"" : "\"html\"") + " is empty");
        }
        throw new InputException(name + ": the record has no \"text\" or \"html\" field");
    }

    /** A string field (or an integer, where allowed); null if absent or null; a value of another type is bad input. */
    private static String field(String name, JsonObject o, String key, boolean integerAllowed) throws InputException {
        JsonElement v = o.get(key);
        if (v == null || v.isJsonNull()) {
            return null;
        }
        if (v.isJsonPrimitive()) {
            JsonPrimitive p = v.getAsJsonPrimitive();
            if (p.isString()) {
                return p.getAsString();
            }
            if (integerAllowed && p.isNumber() && INTEGER.matcher(p.getAsString()).matches()) {
                return p.getAsString();
            }
        }
        throw new InputException(name + ": \"" + key + "\" must be a string" + (integerAllowed ? " or an integer" : "")
                + ", not " + kind(v));
    }

    private static String kind(JsonElement e) {
        if (e.isJsonObject()) {
            return "an object";
        }
        if (e.isJsonArray()) {
            return "an array";
        }
        if (e.isJsonNull()) {
            return "null";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        return p.isBoolean() ? "a boolean (" + p.getAsBoolean() + ")" : p.isNumber() ? "a number (" + quote(p.getAsString()) + ")" : "a string";
    }

    /**
     * Gson's message made short, on one line: without its exception class, its advice on leniency, its
     * pointer to the troubleshooting guide and its JSON path ("expected name at column 16").
     */
    private static String gsonMessage(Exception x) {
        Throwable t = x;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t.getMessage().startsWith(t.getCause().getClass().getName()))) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int see = m.indexOf("\nSee ");
        if (see >= 0) {
            m = m.substring(0, see);
        }
        m = m.replaceFirst("^[\\w.$]+(Exception|Error): ", "")
                .replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON ", "")
                .replaceAll(" path \\$\\S*", "")
                .replace("at line 1 column ", "at column ")
                .strip();
        if (!m.isEmpty()) {
            m = Character.toLowerCase(m.charAt(0)) + m.substring(1);
        }
        return ArticleReader.oneLine(m);
    }

    /** A value for a message: on one line, shortened. */
    static String quote(String s) {
        String t = s.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return "\"" + (t.length() > 60 ? t.substring(0, 60) + "…" : t) + "\"";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String or(String mine, String page) {
        String m = blankToNull(mine);
        return m != null ? m : page;
    }
}
