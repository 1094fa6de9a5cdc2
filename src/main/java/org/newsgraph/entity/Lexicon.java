package org.newsgraph.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.newsgraph.text.Normalizer;

/**
 * Closed word classes the mention finder reads (honorifics, pronouns, office modifiers, words that end
 * organisation names, …), kept as data in {@code lexicon.tsv}: one class a line, words separated by |.
 */
public final class Lexicon {

    private static final long[] NONE = new long[0];

    private final Map<String, Set<String>> classes = new HashMap<>();
    /** Each class's number, and each word's classes as a bit set of those numbers. */
    private final Map<String, Integer> ids = new HashMap<>();
    /** {@link #ids} by the interned class names: callers name classes by literals, found here by identity. */
    private final Map<String, Integer> idsByLiteral = new java.util.IdentityHashMap<>();
    private final Map<String, long[]> classesOfWord = new HashMap<>();

    private Lexicon() {
    }

    public static Lexicon bundled() {
        Lexicon l = new Lexicon();
        try (InputStream in = Lexicon.class.getResourceAsStream("/org/newsgraph/entity/lexicon.tsv")) {
            if (in == null) {
                throw new IllegalStateException("lexicon.tsv is missing");
            }
            Gazetteer.readTsv("lexicon.tsv", in, row -> {
                Set<String> words = l.classes.computeIfAbsent(row.get("category"), k -> new HashSet<>());
                for (String w : row.get("words").split("\\|")) {
                    if (!w.isBlank()) {
                        words.add(Normalizer.fold(w.strip()));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        l.classes.keySet().stream().sorted().forEach(c -> l.ids.put(c, l.ids.size()));
        l.ids.forEach((c, id) -> l.idsByLiteral.put(c.intern(), id)); // interned: the literals callers write
        int longs = (l.ids.size() + 63) / 64;
        l.classes.forEach((c, words) -> {
            int id = l.ids.get(c);
            for (String w : words) {
                l.classesOfWord.computeIfAbsent(w, k -> new long[longs])[id >> 6] |= 1L << id;
            }
        });
        return l;
    }

    /**
     * Is the token (by its folded form) in the class? Unknown classes are empty. The mention finder and
     * the rules ask this of the same token many times, so the token remembers its classes (one lookup of
     * its word, then a bit test per question).
     */
    public boolean is(String category, org.newsgraph.text.Token token) {
        Integer id = id(category);
        if (id == null) {
            return false;
        }
        long[] bits = (long[]) token.memo(this);
        if (bits == null) {
            bits = classesOfWord.getOrDefault(token.folded(), NONE);
            token.memo(this, bits);
        }
        return has(bits, id);
    }

    private Integer id(String category) {
        Integer id = idsByLiteral.get(category);
        return id != null ? id : ids.get(category);
    }

    private static boolean has(long[] bits, int id) {
        return bits.length > 0 && (bits[id >> 6] & (1L << id)) != 0;
    }

    /** The words of a class (folded), empty for an unknown class. */
    public Set<String> words(String category) {
        return java.util.Collections.unmodifiableSet(classes.getOrDefault(category, Set.of()));
    }

    /** Is the word (folded) in the class? Unknown classes are empty. */
    public boolean is(String category, String word) {
        Integer id = id(category);
        return id != null && has(classesOf(word), id);
    }

    /**
     * A word's classes; the last word each thread asked about is remembered, as callers often ask about the same
     * word (the same String) for several classes in a row ("former", "designate", "current"?).
     */
    private long[] classesOf(String word) {
        LastWord last = lastWord.get();
        if (last.word != word) {
            last.bits = classesOfWord.getOrDefault(Normalizer.fold(word), NONE);
            last.word = word;
        }
        return last.bits;
    }

    private final ThreadLocal<LastWord> lastWord = ThreadLocal.withInitial(LastWord::new);

    private static final class LastWord {
        String word;
        long[] bits;
    }
}
