package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.ingest.Fixtures.Outcome;

/** JSON Lines records ({@link JsonLines}): their fields, and records of the wrong types. */
class JsonLinesTest {

    @TempDir
    Path dir;

    @Test
    void feedRecordsWithTheirFields() throws InputException {
        List<Outcome> out = Fixtures.readAll(List.of(Fixtures.FEED.toString()), LocalDate.of(2000, 1, 1), Fixtures.NO_STDIN,
                new ArticleReader());
        String f = Fixtures.FEED.toString();
        assertEquals(List.of(f + ":1", f + ":2", f + ":4", f + ":5"), out.stream().map(Outcome::name).toList(),
                "one source per non-blank line, named by its 1-based line number");
        out.forEach(o -> assertTrue(o.ok(), o::toString));

        Article text = out.get(0).article();
        assertEquals("vdl-reelected-2024", text.id());
        assertEquals("https://wire.example/2024/07/18/von-der-leyen-second-term", text.url());
        assertEquals("Von der Leyen wins second term as Commission president", text.title());
        assertEquals(LocalDate.of(2024, 7, 18), text.published());
        assertEquals("Example Wire", text.publisher());
        assertTrue(text.text().startsWith("Ursula von der Leyen was re-elected"));
        assertTrue(text.text().contains("\n\nThe German politician"), "the record's line breaks stay");

        Article html = out.get(1).article();
        assertEquals("rutte-takes-office", html.id());
        assertEquals("Mark Rutte takes office at Nato", html.title(), "the title of the page's JSON-LD");
        assertEquals(LocalDate.of(2024, 10, 1), html.published(), "the date of the page's JSON-LD");
        assertEquals("Brussels Desk", html.publisher());
        assertEquals("Mark Rutte took office as secretary-general of Nato on Tuesday, succeeding Jens Stoltenberg.\n\n"
                + "The former Dutch prime minister said support for Ukraine would remain a priority.", html.text());

        Article bare = out.get(2).article();
        assertNull(bare.id());
        assertNull(bare.title());
        assertEquals(LocalDate.of(2000, 1, 1), bare.published(), "no date in the record: the default date");

        Article numeric = out.get(3).article();
        assertEquals("4021", numeric.id(), "an integer id");
        assertEquals(LocalDate.of(2024, 6, 27), numeric.published());
    }

    @Test
    void theRecordsFieldsWinOverItsPagesMetadata() throws InputException {
        Article a = JsonLines.read("r", Fixtures.utf8("""
                {"title": "Record title", "published": "2024-01-02", "url": "https://record.example/", "publisher": "Record Press",
                 "html": "<meta property='og:title' content='Page title'><meta property='article:published_time' content='2023-12-31'><meta property='og:url' content='https://page.example/'><meta property='og:site_name' content='Page Press'><p>Text.</p>"}
                """.replace("\n", " ")));
        assertEquals("Record title", a.title());
        assertEquals(LocalDate.of(2024, 1, 2), a.published());
        assertEquals("https://record.example/", a.url());
        assertEquals("Record Press", a.publisher());
        assertEquals("Text.", a.text());
    }

    @Test
    void textWinsOverHtmlAndNullIsAbsent() throws InputException {
        Article a = JsonLines.read("r", Fixtures.utf8("{\"text\": \"Plain.\", \"html\": \"<p>Html.</p>\", \"title\": null, \"extra\": [1, {}]}"));
        assertEquals("Plain.", a.text());
        assertNull(a.title());
    }

    @Test
    void dateTimesKeepTheirOwnDate() throws InputException {
        for (String[] c : new String[][] {{"2024-07-05T23:30:00-05:00", "2024-07-05"}, {"2024-07-05T00:10:00+14:00", "2024-07-05"},
            {"2024-07-05T09:00:00Z", "2024-07-05"}, {"2024-07-05T09:00:00.123456+0200", "2024-07-05"}, {"2024-07-05 09:00", "2024-07-05"},
            {"2024-07-05", "2024-07-05"}, {"2024-07-05T09:00:00", "2024-07-05"}}) {
            Article a = JsonLines.read("r", Fixtures.utf8("{\"text\": \"T.\", \"published\": \"" + c[0] + "\"}"));
            assertEquals(LocalDate.parse(c[1]), a.published(), c[0]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"text\": 42}|\"text\" must be a string, not a number (\"42\")",
        "{\"text\": \"T.\", \"published\": \"yesterday\"}|\"published\" is not a date: \"yesterday\"",
        "{\"text\": \"T.\", \"published\": \"2024-02-30\"}|\"published\" is not a date: \"2024-02-30\"",
        "{\"text\": \"T.\", \"published\": 20240620}|\"published\" must be a string, not a number",
        "[\"text\", \"T.\"]|the record is an array, not a JSON object",
        "\"just a string\"|the record is a string, not a JSON object",
        "42|the record is a number (\"42\"), not a JSON object",
        "{\"text\": \"T.\", \"title\": {\"en\": \"x\"}}|\"title\" must be a string, not an object",
        "{\"text\": \"T.\", \"url\": [\"https://a.example/\"]}|\"url\" must be a string, not an array",
        "{\"text\": \"T.\", \"id\": true}|\"id\" must be a string or an integer, not a boolean (true)",
        "{\"text\": \"T.\", \"id\": 1.5}|\"id\" must be a string or an integer, not a number (\"1.5\")",
        "{\"text\": \"T.\", \"id\": 1e999999999}|\"id\" must be a string or an integer",
        "{\"html\": 7}|\"html\" must be a string, not a number",
        "{}|the record has no \"text\" or \"html\" field",
        "{\"title\": \"only a title\"}|the record has no \"text\" or \"html\" field",
        "{\"text\": \"  \"}|the record's \"text\" is empty",
        "{\"html\": \"<nav>menu</nav>\"}|no article text in the HTML page",
        "{\"text\": \"a\\u0000b\"}|\"text\" holds NUL characters",
        "{\"text\": \"T.\"} trailing|not valid JSON",
        "{\"text\": 'single quotes'}|not valid JSON",
        "{\"text\": \"T.\",}|not valid JSON",
        "{text: \"T.\"}|not valid JSON",
        "{\"text\": \"T.\"|not valid JSON",
        "{\"text\": NaN}|not valid JSON",
    })
    void wrongTypesAreReportedForThatRecordOnly(String record, String expected) throws InputException {
        Path feed = Fixtures.write(dir.resolve("feed.jsonl"), "{\"text\": \"Before.\"}\n" + record + "\n{\"text\": \"After.\"}\n");
        List<Outcome> out = Fixtures.readAll(feed);
        assertEquals(3, out.size(), out::toString);
        assertTrue(out.get(0).ok(), out::toString);
        assertEquals("After.", out.get(2).article() == null ? out.get(2).toString() : out.get(2).article().text(),
                "the record after the bad one");
        Outcome bad = out.get(1);
        assertFalse(bad.ok(), "read: " + bad);
        assertEquals(feed + ":2", bad.name());
        assertTrue(bad.error().startsWith(feed + ":2: "), bad.error());
        assertTrue(bad.error().contains(expected), () -> "expected '" + expected + "' in: " + bad.error());
        assertFalse(bad.error().contains("\n"), "not one line: " + bad.error());
    }

    @Test
    void tooDeepJsonIsInvalid() {
        String deep = "{\"text\": \"T.\", \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        InputException e = assertThrows(InputException.class, () -> JsonLines.read("r:1", Fixtures.utf8(deep)));
        assertTrue(e.getMessage().startsWith("r:1: not valid JSON ("), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void invalidUtf8InARecord() {
        byte[] line = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'};
        InputException e = assertThrows(InputException.class, () -> JsonLines.read("r:3", line));
        assertEquals("r:3: not valid UTF-8 text", e.getMessage());
    }
}
