package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The main text and metadata of HTML pages ({@link HtmlArticles}) and the furniture rules. */
class HtmlArticlesTest {

    private static HtmlArticles.Page newsPage() {
        return HtmlArticles.extract(Fixtures.string(Fixtures.NEWS_PAGE));
    }

    private static List<String> lines(HtmlArticles.Page p) {
        return List.of(p.text().split("\n\n"));
    }

    @Test
    void newsPageGivesItsArticleTextOneLinePerBlock() {
        assertEquals(List.of(
                "Keir Starmer speaks outside 10 Downing Street on Friday afternoon. Photograph: Harbour Chronicle staff",
                "Keir Starmer has become prime minister of the United Kingdom after the Labour party won a landslide in the general election.",
                "Mr Starmer succeeds Rishi Sunak, who conceded defeat in the early hours of Friday and said he would step down as leader "
                        + "of the Conservative party once arrangements for choosing his successor were in place.",
                "Speaking in Downing Street, the new prime minister promised a government of service and said that the work of change "
                        + "would begin immediately.",
                "A changed House of Commons",
                "Labour is expected to hold more than 400 of the 650 seats in the House of Commons.",
                "Angela Rayner was named deputy prime minister.",
                "Rachel Reeves became the first woman to serve as chancellor of the exchequer.",
                "“The country has voted decisively for change,” Mr Sunak told supporters in his constituency.",
                "David Lammy was appointed foreign secretary later on Friday."), lines(newsPage()));
    }

    @Test
    void newsPageFurnitureIsLeftOut() {
        String text = newsPage().text();
        for (String furniture : List.of("cookies", "Accept all", "Advertisement", "ADVERT TEXT", "SCRIPT TEXT", "STYLE TEXT",
                "NEWSLETTER TEXT", "Sign up", "RELATED TEXT", "Related stories", "SOCIAL TEXT", "POPULAR TEXT", "Most viewed",
                "FOOTER TEXT", "Privacy policy", "NOSCRIPT TEXT", "Share on", "Skip to main content", "Sport", "Search", "Home",
                "Morag Keane", "14.32 BST", "dataLayer")) {
            assertFalse(text.contains(furniture), () -> "furniture '" + furniture + "' in the text:\n" + text);
        }
    }

    @Test
    void newsPageMetadataPrefersJsonLd() {
        HtmlArticles.Page p = newsPage();
        assertEquals("Keir Starmer becomes prime minister after Labour landslide", p.title(), "JSON-LD headline first");
        assertEquals("https://www.harbour-chronicle.example/politics/2024/jul/05/starmer-becomes-prime-minister", p.url(),
                "the canonical link first");
        assertEquals(LocalDate.of(2024, 7, 5), p.published());
        assertEquals("The Harbour Chronicle", p.publisher(), "JSON-LD publisher, named through its @id in the @graph");
    }

    @Test
    void pageWithoutMetadataGivesItsBodyText() {
        HtmlArticles.Page p = HtmlArticles.extract(Fixtures.string(Fixtures.BARE_PAGE));
        assertEquals(List.of("Schoof sworn in as Dutch prime minister",
                "Dick Schoof was sworn in as prime minister of the Netherlands on Tuesday, replacing Mark Rutte, who had led the country since 2010.",
                "The former intelligence chief, who does not belong to any party, heads a coalition of four parties.",
                "Mr Rutte is expected to take up his post as secretary-general of Nato in October."), lines(p));
        assertNull(p.title());
        assertNull(p.url());
        assertNull(p.published());
        assertNull(p.publisher());
    }

    @Test
    void openGraphAndTitleWithoutJsonLd() {
        HtmlArticles.Page p = HtmlArticles.extract("""
                <html><head><title>Page title | Site</title>
                <meta property="og:title" content="  The  OG title ">
                <link rel="canonical" href="/relative/url">
                <meta property="og:url" content="https://news.example/a">
                <meta property="og:site_name" content="News Example">
                <meta property="article:published_time" content="2024-07-05T23:30:00-05:00">
                </head><body><p>Some text.</p></body></html>""");
        assertEquals("The OG title", p.title());
        assertEquals("https://news.example/a", p.url(), "a relative canonical link is passed over");
        assertEquals("News Example", p.publisher());
        assertEquals(LocalDate.of(2024, 7, 5), p.published(), "the date as written, in its own offset (not UTC's 6 July)");
        assertEquals("Some text.", p.text());
    }

    @Test
    void titleElementAndTimeInTheArticleAsLastResorts() {
        HtmlArticles.Page p = HtmlArticles.extract("""
                <html><head><title>Only a title</title></head><body>
                <div class="topbar"><time datetime="2030-01-01">Today</time></div>
                <article><p>Text <time datetime="2024-03-02T10:00:00Z">on Saturday</time>.</p></article></body></html>""");
        assertEquals("Only a title", p.title());
        assertEquals(LocalDate.of(2024, 3, 2), p.published(), "the <time> of the article, not of the page");
        assertEquals("Text on Saturday.", p.text());

        HtmlArticles.Page body = HtmlArticles.extract("<body><div><time datetime=\"2030-01-01\">Today</time></div><p>Text.</p></body>");
        assertNull(body.published(), "a <time> outside any article says nothing of the article");
    }

    @Test
    void microdataDate() {
        HtmlArticles.Page p = HtmlArticles.extract("<body><meta itemprop=\"datePublished\" content=\"2024-02-29\"><p>Text.</p></body>");
        assertEquals(LocalDate.of(2024, 2, 29), p.published());
    }

    @Test
    void jsonLdAsAListWithTypesOfAllKinds() {
        HtmlArticles.Page p = HtmlArticles.extract("""
                <head><script type="application/ld+json">[
                  {"@type": "WebPage", "name": "not the article"},
                  {"@type": "Article", "headline": "an article, not news"},
                  {"@type": ["schema:ReportageNewsArticle", "Article"], "headline": "The report",
                   "mainEntityOfPage": {"@id": "https://news.example/report"},
                   "datePublished": "2024-05-01", "publisher": [{"@type": "Organization", "name": "Report Press"}]}
                ]</script></head><body><p>Text.</p></body>""");
        assertEquals("The report", p.title(), "a news article wins over other articles");
        assertEquals("https://news.example/report", p.url());
        assertEquals(LocalDate.of(2024, 5, 1), p.published());
        assertEquals("Report Press", p.publisher());
    }

    @Test
    void publisherAsAString() {
        HtmlArticles.Page p = HtmlArticles.extract("""
                <script type="application/ld+json">{"@type":"BlogPosting","headline":"A post","publisher":"A Blog"}</script><p>Text.</p>""");
        assertEquals("A post", p.title());
        assertEquals("A Blog", p.publisher());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"@type\": \"NewsArticle\", \"headline\": ", "not json at all", "[1, 2,", "{\"@type\": 42}", "null", "\"a string\""})
    void malformedJsonLdIsIgnored(String jsonLd) {
        HtmlArticles.Page p = HtmlArticles.extract("<head><script type=\"application/ld+json\">" + jsonLd + "</script>"
                + "<meta property=\"og:title\" content=\"From Open Graph\"></head><body><p>Text.</p></body>");
        assertEquals("From Open Graph", p.title());
        assertEquals("Text.", p.text());
    }

    @Test
    void jsonLdNestedTooDeeplyIsIgnored() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        HtmlArticles.Page p = HtmlArticles.extract("<script type=\"application/ld+json\">" + deep + "</script><p>Text.</p>");
        assertNull(p.title());
        assertEquals("Text.", p.text());
    }

    @Test
    void invalidDatesInMetadataAreSkipped() {
        HtmlArticles.Page p = HtmlArticles.extract("""
                <meta property="article:published_time" content="yesterday">
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-13-45"}</script>
                <article><p>Text <time datetime="2024-06-20T25:00">then</time>.</p><time datetime="2024-06-21">x</time></article>""");
        assertEquals(LocalDate.of(2024, 6, 21), p.published());
    }

    @Test
    void articleBodyOfJsonLdWhenThePageHasNoText() {
        HtmlArticles.Page p = HtmlArticles.extract("""
                <script type="application/ld+json">{"@type":"NewsArticle","articleBody":"First paragraph.\\nSecond  paragraph."}</script>
                <body><script>render()</script></body>""");
        assertEquals("First paragraph.\n\nSecond paragraph.", p.text());
    }

    @Test
    void hiddenElementsAndClassWordsAreDropped() {
        HtmlArticles.Page p = HtmlArticles.extract("""
                <body>
                <div hidden>HIDDEN</div><div aria-hidden="true">ARIA</div><div style="display: none">STYLE</div>
                <div id="topAd">CAMEL AD</div><div class="ad300x250">SIZED AD</div><div class="GDPRBanner">GDPR</div>
                <div class="shadow">Shadow stays.</div><div class="load-more">Load more stays.</div>
                <div role="navigation">ROLE NAV</div><div class="sr-only">SCREEN READER</div>
                <p>A link in running text keeps its words: <a class="share-link ad">Mark Rutte</a> said so.</p>
                </body>""");
        assertEquals(List.of("Shadow stays.", "Load more stays.", "A link in running text keeps its words: Mark Rutte said so."), lines(p));
    }

    @Test
    void longestArticleWins() {
        HtmlArticles.Page p = HtmlArticles.extract("""
                <body><div class="cards"><article><p>Teaser one.</p></article></div>
                <article><p>The main story, which is much longer than any teaser on the page.</p></article>
                <aside><article><p>A teaser in a sidebar, even longer than the main story, but it is in the furniture.</p></article></aside></body>""");
        assertEquals("The main story, which is much longer than any teaser on the page.", p.text());
    }

    @Test
    void wordsOfClassesAndIds() {
        assertEquals(List.of("top", "ad"), HtmlRules.words("topAd"));
        assertEquals(List.of("gdpr", "banner"), HtmlRules.words("GDPRBanner"));
        assertEquals(List.of("ad", "300", "x", "250"), HtmlRules.words("ad300x250"));
        assertEquals(List.of("cookie", "consent"), HtmlRules.words("--cookie__consent"));
        assertEquals(List.of("shadow"), HtmlRules.words("shadow"));
    }

    @Test
    void nestedTenThousandDeepDoesNotOverflow() {
        for (String tag : List.of("div", "span", "b", "blockquote", "li", "table")) {
            String html = ("<" + tag + ">x").repeat(10_000) + "<p>Deep text.</p>" + ("</" + tag + ">").repeat(10_000);
            HtmlArticles.Page p = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> HtmlArticles.extract(html), tag);
            assertTrue(p.text().contains("Deep text."), tag);
        }
    }

    @Test
    void declaredCharsetIsRespected() throws InputException {
        byte[] page = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 society \u2013 and more.</p></body></html>"
                .getBytes(Charset.forName("windows-1252"));
        assertEquals("Café society – and more.", HtmlArticles.read("p.html", page).text());

        byte[] latin1 = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>Na\u00efve \u201cquotes\u201d.</p>"
                .getBytes(Charset.forName("windows-1252"));
        assertEquals("Naïve “quotes”.", HtmlArticles.read("p.html", latin1).text(), "iso-8859-1 is read as windows-1252");

        byte[] undeclared = "<p>Caf\u00e9</p>".getBytes(Charset.forName("windows-1252"));
        InputException e = assertThrows(InputException.class, () -> HtmlArticles.read("p.html", undeclared));
        assertEquals("p.html: not valid UTF-8 text", e.getMessage());

        byte[] unknown = Fixtures.utf8("<meta charset=\"no-such-charset\"><p>Café</p>");
        assertEquals("Café", HtmlArticles.read("p.html", unknown).text(), "an unknown charset: UTF-8");

        byte[] utf16 = Fixtures.utf8("<meta charset=\"utf-16\"><p>Café</p>");
        assertEquals("Café", HtmlArticles.read("p.html", utf16).text(), "a charset that does not write ASCII as ASCII: UTF-8");
    }

    @Test
    void pageWithoutTextIsBadInput() {
        InputException e = assertThrows(InputException.class,
                () -> HtmlArticles.read("empty.html", Fixtures.utf8("<html><body><nav>Menu</nav><script>x()</script></body></html>")));
        assertEquals("empty.html: no article text in the HTML page", e.getMessage());
    }
}
