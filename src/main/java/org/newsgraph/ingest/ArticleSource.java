package org.newsgraph.ingest;

import java.util.Objects;

/**
 * One article to read, read only when its turn comes, so that a batch of any size is held in memory one
 * article at a time and a corrupt article is reported on its own.
 *
 * @param name   how messages name it: its file name, {@code FILE:LINE} for a JSON Lines record (1-based),
 *               {@code <stdin>} or {@code <stdin>:LINE}
 * @param reader reads it; an {@link InputException} means the article is skipped and the others load
 */
public record ArticleSource(String name, Reader reader) {

    /** Reads an article; may fail on bad input. */
    @FunctionalInterface
    public interface Reader {
        Article read() throws InputException;
    }

    public ArticleSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reader, "reader");
    }

    /** An article already in memory. */
    public static ArticleSource of(String name, Article article) {
        Objects.requireNonNull(article, "article");
        return new ArticleSource(name, () -> article);
    }

    /** A source that cannot be read: its {@link #read()} throws an {@link InputException} with this message. */
    public static ArticleSource failed(String name, String message) {
        Objects.requireNonNull(message, "message");
        return new ArticleSource(name, () -> {
            throw new InputException(message);
        });
    }

    /** Reads the article. */
    public Article read() throws InputException {
        return reader.read();
    }
}
