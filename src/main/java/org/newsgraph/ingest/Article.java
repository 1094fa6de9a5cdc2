package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from its source: its text and whatever metadata the source gave.
 *
 * @param id        a stable identifier given by the source (may be null)
 * @param url       the article's URL (may be null)
 * @param title     its headline (may be null)
 * @param published its publication date, the reference for tense and relative dates (may be null)
 * @param publisher the publisher's name (may be null)
 * @param text      the article text, never blank
 */
public record Article(String id, String url, String title, LocalDate published, String publisher, String text) {

    public Article {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("article text is empty");
        }
    }

    /** An article with only a text. */
    public static Article ofText(String text) {
        return new Article(null, null, null, null, null, text);
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    /** The same article with another publication date. */
    public Article withPublished(LocalDate date) {
        return new Article(id, url, title, date, publisher, text);
    }
}
