package org.newsgraph.ingest;

import java.util.Objects;


/**
 * One article to read, read only when its turn comes, so that a batch of any size is held in memory one
 * article at a time and a corrupt article is reported on its own.
 *
 * @param name   how messages name it (its file name, or {@code <stdin>})
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

    /** Reads the article. */
    public Article read() throws InputException {
        return reader.read();
    }
}
