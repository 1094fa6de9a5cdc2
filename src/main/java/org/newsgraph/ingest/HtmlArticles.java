package org.newsgraph.ingest;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

/**
 * News pages in HTML: their main text, one line per paragraph, heading, list item or caption (with a
 * blank line between them, as in newsgraph's text files), and their metadata.
 * <ul>
 * <li>The text comes from the first element {@code html-furniture.txt} names as the article's body
 * ({@code <article>}, {@code [itemprop=articleBody]}, {@code <main>}, {@code [role=main]}), else from
 * {@code <body>}, without the furniture its rules drop (navigation, scripts, cookie banners, ads, share
 * bars, related links, newsletter boxes). If nothing is left, JSON-LD {@code articleBody} is used.</li>
 * <li>Title: JSON-LD {@code headline}, else {@code og:title}, else {@code <title>}.</li>
 * <li>URL (absolute http or https only): {@code <link rel=canonical>}, else {@code og:url}, else JSON-LD
 * {@code url} or {@code mainEntityOfPage}.</li>
 * <li>Publication date: {@code article:published_time}, else JSON-LD {@code datePublished}, else
 * microdata {@code itemprop=datePublished}, else the first {@code <time datetime>} in the article's body
 * element (not in a whole {@code <body>}); the date as written, in the page's own offset.</li>
 * <li>Publisher: JSON-LD {@code publisher} (its {@code name}, also through an {@code @id} in the
 * {@code @graph}), else {@code og:site_name}.</li>
 * </ul>
 * JSON-LD is read from every {@code <script type="application/ld+json">}, as an object, a list or an
 * {@code @graph}; the first {@code *NewsArticle} node wins, else the first other article
 * ({@code Article}, {@code BlogPosting}, ...). Malformed JSON-LD is ignored. Every walk over the page is
 * iterative, so deeply nested pages cannot overflow the stack. Stateless and thread-safe.
 */
public final class HtmlArticles {

    /**
     * What a page gives; every field but the text may be null.
     *
     * @param text the main text, one paragraph a line, blank lines between; empty if none
     */
    public record Page(String text, String title, String url, LocalDate published, String publisher) {
    }

    /** Elements that end a line of text (all others run on, like {@code <a>}, {@code <span>}, or unknown tags). */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "br", "caption",
            "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    /** The JSON-LD types of news articles (by local name), preferred over other articles. */
    private static final Set<String> OTHER_ARTICLES = Set.of("Article", "BlogPosting", "LiveBlogPosting", "Report",
            "SatiricalArticle", "ScholarlyArticle", "TechArticle");

    /** A {@code <meta charset>} or {@code http-equiv} declaration, in the first bytes of a page. */
    private static final Pattern META_CHARSET = Pattern.compile("<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);

    /** JSON-LD scripts larger than this are not read. */
    private static final int MAX_JSON_LD = 1024 * 1024;

    private HtmlArticles() {
    }

    /** Reads an HTML page (its bytes) as one article; a page without text is bad input. */
    static Article read(String name, byte[] bytes) throws InputException {
        return article(name, extract(decode(name, bytes)));
    }

    /** The article of a page; a page without text is bad input. */
    static Article article(String name, Page page) throws InputException {
        if (page.text().isBlank()) {
            throw new InputException(name + ": no article text in the HTML page");
        }
        return new Article(null, page.url(), page.title(), page.published(), page.publisher(), page.text());
    }

    /**
     * The text of an HTML page's bytes: UTF-8 (strictly), unless a {@code <meta charset>} in its first
     * 1024 bytes declares another charset that Java knows and that writes ASCII as ASCII (as browsers do,
     * {@code iso-8859-1} and {@code us-ascii} are read as {@code windows-1252}); a UTF-8 byte-order mark
     * wins over the declaration.
     */
    static String decode(String name, byte[] bytes) throws InputException {
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        Charset cs = bom ? null : declaredCharset(bytes);
        return ArticleReader.decode(name, bytes, cs == null ? StandardCharsets.UTF_8 : cs);
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String label = m.group(1).toLowerCase(Locale.ROOT);
        try {
            if (!Charset.isSupported(label)) {
                return null;
            }
            Charset cs = Charset.forName(label);
            if (cs.equals(StandardCharsets.UTF_8)) {
                return null;
            }
            if ((cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)) && Charset.isSupported("windows-1252")) {
                cs = Charset.forName("windows-1252");
            }
            String probe = "<meta charset=\"x\"> Az09";
            return new String(probe.getBytes(StandardCharsets.US_ASCII), cs).equals(probe) ? cs : null;
        } catch (IllegalArgumentException e) {   // an illegal charset name
            return null;
        }
    }

    /** The main text and metadata of a page. */
    public static Page extract(String html) {
        Document doc = Jsoup.parse(html);
        HtmlRules rules = HtmlRules.BUNDLED;
        List<JsonObject> nodes = jsonLdNodes(doc);
        JsonObject ld = jsonLdArticle(nodes);
        Element body = articleBody(doc, rules);
        String text = text(body, rules);
        if (text.isEmpty() && ld != null) {
            String articleBody = string(ld.get("articleBody"));
            if (articleBody != null) {
                text = paragraphs(articleBody);
            }
        }
        String title = first(ld == null ? null : clean(string(ld.get("headline"))), meta(doc, "og:title"), clean(doc.title()));
        String url = firstWebUrl(canonical(doc), meta(doc, "og:url"), ld == null ? null : string(ld.get("url")),
                ld == null ? null : id(ld.get("mainEntityOfPage")));
        LocalDate published = firstDate(meta(doc, "article:published_time"),
                ld == null ? null : string(ld.get("datePublished")), microdataDate(doc),
                body == doc.body() ? null : timeIn(body));
        String publisher = first(ld == null ? null : clean(name(ld.get("publisher"), nodes)), meta(doc, "og:site_name"));
        return new Page(text, title, url, published, publisher);
    }

    // ---------------------------------------------------------------- text

    /**
     * The element holding the article: the longest match of the first body rule that matches outside
     * furniture (by its text, white space aside); else the body. One walk over the page measures every
     * match, so that pages of many nested matches stay linear.
     */
    private static Element articleBody(Document doc, HtmlRules rules) {
        Map<Element, Integer> rank = new IdentityHashMap<>();
        for (int i = rules.bodies.size() - 1; i >= 0; i--) {
            for (Element e : doc.select(rules.bodies.get(i))) {
                rank.put(e, i);
            }
        }
        if (rank.isEmpty()) {
            return doc.body();
        }
        Map<Element, long[]> measured = new IdentityHashMap<>();   // start, then length, of the text of candidates outside furniture
        Set<Element> furniture = Collections.newSetFromMap(new IdentityHashMap<>());
        long[] chars = {0};
        int[] inFurniture = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        if (!Character.isWhitespace(s.charAt(i))) {
                            chars[0]++;
                        }
                    }
                } else if (node instanceof Element e) {
                    if (inFurniture[0] == 0 && rank.containsKey(e)) {
                        measured.put(e, new long[] {chars[0]});
                    }
                    if (!e.normalName().equals("body") && !e.normalName().equals("html")
                            && (rules.dropsAnywhere(e) || rules.dropsOutsideText(e))) {
                        furniture.add(e);
                        inFurniture[0]++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (furniture.contains(e)) {
                        inFurniture[0]--;
                    }
                    long[] m = measured.get(e);
                    if (m != null) {
                        m[0] = chars[0] - m[0];
                    }
                }
            }
        }, doc);
        Element best = null;
        long bestLength = 0;
        int bestRank = Integer.MAX_VALUE;
        for (Element e : doc.getAllElements()) {   // in document order: the first of equals wins
            long[] m = measured.get(e);
            if (m == null || m[0] == 0) {
                continue;
            }
            int r = rank.get(e);
            if (r < bestRank || (r == bestRank && m[0] > bestLength)) {
                best = e;
                bestLength = m[0];
                bestRank = r;
            }
        }
        return best != null ? best : doc.body();
    }

    /** The text of an element without its furniture: one line per block, blank lines between. */
    static String text(Element root, HtmlRules rules) {
        Lines lines = new Lines();
        int[] inParagraph = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    lines.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    if (e != root && (rules.dropsAnywhere(e) || (inParagraph[0] == 0 && rules.dropsOutsideText(e)))) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (e.normalName().equals("p")) {
                        inParagraph[0]++;
                    }
                    if (BLOCKS.contains(e.normalName())) {
                        lines.end();
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("p")) {
                        inParagraph[0]--;
                    }
                    if (BLOCKS.contains(e.normalName())) {
                        lines.end();
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return lines.text();
    }

    /** Text given as plain text with line breaks (JSON-LD articleBody): one paragraph a line. */
    private static String paragraphs(String text) {
        Lines lines = new Lines();
        for (String line : text.split("\\R")) {
            lines.append(line);
            lines.end();
        }
        return lines.text();
    }

    /** Lines of text with their white space collapsed. */
    private static final class Lines {
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder line = new StringBuilder();
        private boolean space;

        void append(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    space = line.length() > 0;
                } else if (c == '\u200B' || c == '\u00AD' || c == '\uFEFF' || (c < 0x20) || c == 0x7F) {
                    continue;   // zero-width space, soft hyphen, stray BOM and control characters
                } else {
                    if (space) {
                        line.append(' ');
                        space = false;
                    }
                    line.append(c);
                }
            }
        }

        void end() {
            if (line.length() > 0) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(line);
                line.setLength(0);
            }
            space = false;
        }

        String text() {
            end();
            return out.toString();
        }
    }

    // ---------------------------------------------------------------- metadata

    /** The content of a {@code <meta property|name=key>}, collapsed; null if none. */
    private static String meta(Document doc, String key) {
        for (Element m : doc.getElementsByTag("meta")) {
            if (key.equalsIgnoreCase(m.attr("property").strip()) || key.equalsIgnoreCase(m.attr("name").strip())) {
                String v = clean(m.attr("content"));
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private static String canonical(Document doc) {
        for (Element l : doc.getElementsByTag("link")) {
            for (String rel : l.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                if (rel.equals("canonical")) {
                    return clean(l.attr("href"));
                }
            }
        }
        return null;
    }

    private static String microdataDate(Document doc) {
        for (Element e : doc.select("[itemprop=datePublished]")) {
            String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
            if (IsoDates.parse(v) != null) {
                return v;
            }
        }
        return null;
    }

    private static String timeIn(Element body) {
        for (Element t : body.getElementsByTag("time")) {
            if (t.hasAttr("datetime") && IsoDates.parse(t.attr("datetime")) != null) {
                return t.attr("datetime");
            }
        }
        return null;
    }

    /** Every node of the page's JSON-LD: the top-level objects, the objects of lists and of {@code @graph}s. */
    private static List<JsonObject> jsonLdNodes(Document doc) {
        List<JsonObject> nodes = new ArrayList<>();
        for (Element script : doc.getElementsByTag("script")) {
            if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            String data = script.data();
            if (data.length() > MAX_JSON_LD) {
                continue;
            }
            try {
                JsonReader r = new JsonReader(new StringReader(data));
                r.setStrictness(Strictness.LENIENT);
                collect(JsonParser.parseReader(r), nodes);
            } catch (RuntimeException e) {
                // malformed JSON-LD is ignored: the page's other metadata still counts
            }
        }
        return nodes;
    }

    private static void collect(JsonElement e, List<JsonObject> nodes) {
        List<JsonElement> top = new ArrayList<>();
        if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(top::add);
        } else {
            top.add(e);
        }
        for (JsonElement t : top) {
            if (t.isJsonObject()) {
                JsonObject o = t.getAsJsonObject();
                nodes.add(o);
                if (o.get("@graph") instanceof JsonArray graph) {
                    graph.forEach(g -> {
                        if (g.isJsonObject()) {
                            nodes.add(g.getAsJsonObject());
                        }
                    });
                }
            }
        }
    }

    /** The page's JSON-LD article: the first news article, else the first other article; null if none. */
    private static JsonObject jsonLdArticle(List<JsonObject> nodes) {
        JsonObject other = null;
        for (JsonObject o : nodes) {
            for (String type : types(o)) {
                if (type.endsWith("NewsArticle")) {
                    return o;
                }
                if (other == null && OTHER_ARTICLES.contains(type)) {
                    other = o;
                }
            }
        }
        return other;
    }

    /** The local names of a node's {@code @type}s. */
    private static List<String> types(JsonObject o) {
        List<String> out = new ArrayList<>();
        JsonElement t = o.get("@type");
        List<JsonElement> values = new ArrayList<>();
        if (t != null && t.isJsonArray()) {
            t.getAsJsonArray().forEach(values::add);
        } else if (t != null) {
            values.add(t);
        }
        for (JsonElement v : values) {
            if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
                String s = v.getAsString().strip();
                int cut = Math.max(s.lastIndexOf('/'), Math.max(s.lastIndexOf(':'), s.lastIndexOf('#')));
                out.add(s.substring(cut + 1));
            }
        }
        return out;
    }

    /** A string value, or the first string of a list of them; null otherwise. */
    private static String string(JsonElement e) {
        if (e == null) {
            return null;
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            return e.getAsString();
        }
        if (e.isJsonArray()) {
            for (JsonElement x : e.getAsJsonArray()) {
                if (x.isJsonPrimitive() && x.getAsJsonPrimitive().isString()) {
                    return x.getAsString();
                }
            }
        }
        return null;
    }

    /** A reference: a string, or an object's {@code @id} (or {@code url}). */
    private static String id(JsonElement e) {
        if (e != null && e.isJsonObject()) {
            String id = string(e.getAsJsonObject().get("@id"));
            return id != null ? id : string(e.getAsJsonObject().get("url"));
        }
        return string(e);
    }

    /** The name of an organisation: a string, an object's {@code name}, or the name of the node its {@code @id} names. */
    private static String name(JsonElement e, List<JsonObject> nodes) {
        if (e == null) {
            return null;
        }
        if (e.isJsonArray()) {
            for (JsonElement x : e.getAsJsonArray()) {
                String n = name(x.isJsonArray() ? null : x, nodes);
                if (n != null) {
                    return n;
                }
            }
            return null;
        }
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            String n = string(o.get("name"));
            if (n != null) {
                return n;
            }
            String id = string(o.get("@id"));
            if (id != null) {
                Map<String, JsonObject> byId = new HashMap<>();
                for (JsonObject node : nodes) {
                    String nid = string(node.get("@id"));
                    if (nid != null) {
                        byId.putIfAbsent(nid, node);
                    }
                }
                JsonObject target = byId.get(id);
                return target == null ? null : string(target.get("name"));
            }
            return null;
        }
        return string(e);
    }

    /** White space collapsed, stripped; null if nothing is left. */
    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        Lines l = new Lines();
        l.append(s);
        String t = l.text();
        return t.isEmpty() ? null : t;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String firstWebUrl(String... values) {
        for (String v : values) {
            String s = clean(v);
            if (s != null) {
                String lower = s.toLowerCase(Locale.ROOT);
                if ((lower.startsWith("http://") || lower.startsWith("https://")) && s.length() > 8 && !s.contains(" ")) {
                    return s;
                }
            }
        }
        return null;
    }

    private static LocalDate firstDate(String... values) {
        for (String v : values) {
            LocalDate d = IsoDates.parse(v);
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
