package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Parallel work over sources, handed back in input order. */
class InOrderTest {

    private static List<ArticleSource> sources(int n) {
        List<ArticleSource> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(ArticleSource.of("s" + i, Article.ofText("text " + i)));
        }
        return out;
    }

    @Test
    void resultsComeInInputOrderWhateverTheWorkersTake() {
        List<String> got = new ArrayList<>();
        try (InOrder<String> r = new InOrder<>(sources(50).iterator(), 4, 8, (i, s) -> {
            try {
                Thread.sleep((i * 7) % 5); // later sources often finish first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return i + ":" + s.name();
        }, (i, e) -> "broken")) {
            r.forEachRemaining(got::add);
        }
        for (int i = 0; i < 50; i++) {
            assertEquals(i + ":s" + i, got.get(i));
        }
        assertEquals(50, got.size());
    }

    @Test
    void aWorkersExceptionComesOutAsThrown() {
        try (InOrder<String> r = new InOrder<>(sources(3).iterator(), 2, 2, (i, s) -> {
            if (i == 1) {
                throw new IllegalArgumentException("bad " + s.name());
            }
            return s.name();
        }, (i, e) -> "broken")) {
            assertEquals("s0", r.next());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::next);
            assertEquals("bad s1", e.getMessage());
        }
    }

    @Test
    void aBrokenIteratorEndsTheSequenceWithItsStandIn() {
        java.util.Iterator<ArticleSource> it = new java.util.Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                if (n == 2) {
                    throw new IllegalStateException("gone");
                }
                return true;
            }

            @Override
            public ArticleSource next() {
                return ArticleSource.of("s" + n++, Article.ofText("x"));
            }
        };
        List<String> got = new ArrayList<>();
        try (InOrder<String> r = new InOrder<>(it, 2, 4, (i, s) -> s.name(), (i, e) -> i + " " + e.getMessage())) {
            r.forEachRemaining(got::add);
        }
        assertEquals(List.of("s0", "s1", "2 gone"), got);
    }
}
