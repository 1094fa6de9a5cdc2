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

    private final Map<String, Set<String>> classes = new HashMap<>();

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
        return l;
    }

    /** Is the token (by its folded form) in the class? Unknown classes are empty. */
    public boolean is(String category, org.newsgraph.text.Token token) {
        Set<String> s = classes.get(category);
        return s != null && s.contains(token.folded());
    }

    /** The words of a class (folded), empty for an unknown class. */
    public Set<String> words(String category) {
        return java.util.Collections.unmodifiableSet(classes.getOrDefault(category, Set.of()));
    }

    /** Is the word (folded) in the class? Unknown classes are empty. */
    public boolean is(String category, String word) {
        Set<String> s = classes.get(category);
        return s != null && s.contains(Normalizer.fold(word));
    }
}
