package org.newsgraph.store;

/** What a load reports while it runs. Every method has a no-op default. */
public interface LoadListener {

    /** An article could not be read (empty, binary, not UTF-8, too large): skipped, the others load. */
    default void skipped(String name, String reason) {
    }

    /** Extraction failed on an article (a bug): skipped, the others load. */
    default void failed(String name, RuntimeException error) {
    }

    /** A batch was committed: {@code done} articles have been handled so far, and {@code more} are to come. */
    default void committed(int done, boolean more) {
    }

    LoadListener NONE = new LoadListener() {
    };
}
