package org.newsgraph.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Splits an article into sentences and tokens with Apache OpenNLP's English models (trained on the
 * Universal Dependencies English Web Treebank), after masking page furniture. Each line is a
 * paragraph: no sentence crosses a line break. A quotation that spans several sentences is kept in
 * one unit with its attribution, so that "“… . …,” he said" reads as one sentence. Thread-safe.
 */
public final class TextAnalyzer {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    /** Models are immutable and shared; the ME classes are not thread-safe and live one per thread. */
    static final class Models {
        static final SentenceModel SENTENCES = load(SENTENCE_MODEL, SentenceModel.class);
        static final TokenizerModel TOKENS = alphaNumericOptimized(load(TOKEN_MODEL, TokenizerModel.class));

        /**
         * The same model with OpenNLP's alphanumeric optimisation on: a run of letters and digits is one
         * token without asking the model about each of its characters. The UD model ships with it off;
         * on this project's corpus it changes no token and makes tokenising about three times faster.
         */
        private static TokenizerModel alphaNumericOptimized(TokenizerModel m) {
            TokenizerFactory f = m.getFactory();
            return new TokenizerModel(m.getMaxentModel(), new java.util.HashMap<>(),
                    new TokenizerFactory(f.getLanguageCode(), m.getAbbreviations(), true, f.getAlphaNumericPattern()));
        }

        private static <T> T load(String name, Class<T> type) {
            try (InputStream in = TextAnalyzer.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP model " + name + " is missing from the class path");
                }
                Object model = type == SentenceModel.class ? new SentenceModel(in) : new TokenizerModel(in);
                return type.cast(model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final ThreadLocal<SentenceDetectorME> SENTENCE_DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Models.SENTENCES));
    private static final ThreadLocal<WordSplitter> TOKENIZER = ThreadLocal.withInitial(WordSplitter::new);

    /**
     * OpenNLP's tokenizer decides the splits of each whitespace-separated word from that word's own
     * characters alone, so its answer for a word is remembered: news repeats "Rutte," and "NATO's"
     * far more often than it coins them. The tokens are exactly those of
     * {@link TokenizerME#tokenizePos}; the memory is per thread and emptied when it grows large.
     */
    static final class WordSplitter {
        private static final int MAX_REMEMBERED = 20_000;
        private static final int[] WHOLE = {};
        private final TokenizerME model = new TokenizerME(Models.TOKENS);
        private final java.util.regex.Pattern alphanumeric = Models.TOKENS.getFactory().getAlphaNumericPattern();
        private final java.util.HashMap<String, int[]> splits = new java.util.HashMap<>();

        /** The tokens of a sentence as spans, as {@link TokenizerME#tokenizePos} gives them. */
        List<Span> tokenizePos(String sentence) {
            List<Span> out = new ArrayList<>();
            for (Span w : WhitespaceTokenizer.INSTANCE.tokenizePos(sentence)) {
                int[] parts = partsOf(sentence.substring(w.getStart(), w.getEnd()));
                if (parts == WHOLE) {
                    out.add(w);
                    continue;
                }
                for (int i = 0; i < parts.length; i += 2) {
                    out.add(new Span(w.getStart() + parts[i], w.getStart() + parts[i + 1]));
                }
            }
            return out;
        }

        /** The first {@code n} characters are ASCII letters (and digits, if {@code digits}): no regex needed. */
        private static boolean ascii(String word, int n, boolean digits) {
            for (int i = 0; i < n; i++) {
                char c = word.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || digits && c >= '0' && c <= '9')) {
                    return false;
                }
            }
            return true;
        }

        /** A word's tokens as (start, end) pairs of offsets within it; {@link #WHOLE} when it is one. */
        private int[] partsOf(String word) {
            if (word.length() < 2 || ascii(word, word.length(), true) || alphanumeric.matcher(word).matches()) {
                return WHOLE;
            }
            int n = word.length();
            char last = word.charAt(n - 1);
            if ((last == ',' || last == ';' || last == ':') && n >= 3 && ascii(word, n - 1, false)) {
                return new int[] {0, n - 1, n - 1, n}; // "Rutte," as the model splits it, without a lookup
            }
            int[] parts = splits.get(word);
            if (parts == null) {
                Span[] spans = model.tokenizePos(word);
                parts = new int[spans.length * 2];
                for (int i = 0; i < spans.length; i++) {
                    parts[2 * i] = spans[i].getStart();
                    parts[2 * i + 1] = spans[i].getEnd();
                }
                if (splits.size() >= MAX_REMEMBERED) {
                    splits.clear();
                }
                splits.put(word, parts);
            }
            return parts;
        }
    }

    private final Furniture furniture;

    /** Loads OpenNLP's sentence and token models (once per JVM; later calls return at once). */
    public static void loadModels() {
        Objects.requireNonNull(Models.SENTENCES);
        Objects.requireNonNull(Models.TOKENS);
    }

    public TextAnalyzer() {
        this(Furniture.bundled());
    }

    public TextAnalyzer(Furniture furniture) {
        this.furniture = furniture;
    }

    /** The sentences of an article text, in order. */
    public List<Sentence> analyze(String text) {
        char[] buf = new char[text.length()];
        for (int i = 0; i < buf.length; i++) {
            buf[i] = Normalizer.plain(text.charAt(i));
        }
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < buf.length) {
            int lineEnd = lineStart;
            while (lineEnd < buf.length && buf[lineEnd] != '\n') {
                lineEnd++;
            }
            furniture.mask(buf, lineStart, lineEnd);
            SingleQuotes.mark(text, buf, lineStart, lineEnd);
            analyzeLine(text, buf, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private void analyzeLine(String text, char[] buf, int from, int to, List<Sentence> out) {
        String line = new String(buf, from, to - from);
        if (line.isBlank()) {
            return;
        }
        List<int[]> quotes = quoteSpans(line);
        List<int[]> units = new ArrayList<>();
        for (Span s : SENTENCE_DETECTOR.get().sentPosDetect(line)) {
            int[] u = {s.getStart(), s.getEnd()};
            if (!units.isEmpty() && (insideSameQuote(units.get(units.size() - 1), u, quotes)
                    || endsWithAbbreviation(line, units.get(units.size() - 1))
                    || initialJoinsName(line, units.get(units.size() - 1), u)
                    || monthAbbreviationBeforeDay(line, units.get(units.size() - 1), u))) {
                units.get(units.size() - 1)[1] = u[1];
            } else {
                units.add(u);
            }
        }
        for (int[] u : units) {
            int s = u[0];
            int e = u[1];
            while (s < e && Character.isWhitespace(line.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(line.charAt(e - 1))) {
                e--;
            }
            if (s == e || !hasLetter(line, s, e)) {
                continue;
            }
            List<Token> tokens = tokenize(line, s, e, from);
            List<Quote> qs = new ArrayList<>();
            for (int[] q : quotes) {
                if (q[0] >= s && q[1] <= e) {
                    qs.add(quote(text, from, q, tokens));
                }
            }
            out.add(new Sentence(out.size(), from + s, from + e, text.substring(from + s, from + e), tokens, SplitQuote.join(text, qs)));
        }
    }

    /** Titles abbreviated with a full stop that the sentence model takes for an ending: "Sen. Grace Lacson-Tan". */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("sen", "rep", "gov", "gen", "lt", "col",
            "maj", "capt", "cmdr", "adm", "sgt", "dr", "mr", "mrs", "ms", "prof", "rev", "hon", "st", "pres", "amb", "supt",
            "insp", "messrs", "mme", "mlle", "jr", "sr");

    private static boolean endsWithAbbreviation(String line, int[] unit) {
        int e = unit[1];
        while (e > unit[0] && Character.isWhitespace(line.charAt(e - 1))) {
            e--;
        }
        if (e == unit[0] || line.charAt(e - 1) != '.') {
            return false;
        }
        int b = e - 1;
        while (b > unit[0] && Character.isLetter(line.charAt(b - 1))) {
            b--;
        }
        return b < e - 1 && (b == unit[0] || !Character.isLetter(line.charAt(b - 1)))
                && ABBREVIATIONS.contains(line.substring(b, e - 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** Capitalised words that a letter follows as a label, not as a person's initial ("Plan B.", "Group C."). */
    private static final java.util.Set<String> LABELLED = java.util.Set.of("plan", "group", "type", "class", "vitamin",
            "article", "section", "category", "grade", "level", "phase", "part", "annex", "appendix", "division", "tier", "pool",
            "stage", "block", "building", "gate", "terminal", "wing", "team", "option", "scenario", "model", "series", "channel",
            "route", "line", "zone", "area", "sector", "room", "unit", "platform", "hall", "list", "schedule", "chapter", "exhibit",
            "figure", "table", "hepatitis", "mark", "league", "pier", "lot", "box", "car", "row", "flight", "title", "clause");

    /**
     * Does the unit before end with an initial of a name that the next unit goes on with? The sentence model ends a
     * sentence at "the veteran M." of "M. T. Sasidharan Pillai" and at "John F." of "John F. Kennedy". An initial
     * (a capital letter alone before a full stop) joins when the next unit opens with another initial or with two
     * capitalised words; after another initial ("A. B.") or after a capitalised word that is no label ("Plan B.")
     * it joins a next unit that opens with any capitalised word that does not open sentences.
     */
    private static boolean initialJoinsName(String line, int[] before, int[] next) {
        int e = before[1];
        while (e > before[0] && Character.isWhitespace(line.charAt(e - 1))) {
            e--;
        }
        if (e - before[0] < 2 || line.charAt(e - 1) != '.' || !Character.isUpperCase(line.charAt(e - 2))
                || e - 2 > before[0] && !Character.isWhitespace(line.charAt(e - 3))) {
            return false;
        }
        int w = e - 3; // the word before the initial
        while (w > before[0] && Character.isWhitespace(line.charAt(w))) {
            w--;
        }
        int ws = w + 1;
        while (ws > before[0] && !Character.isWhitespace(line.charAt(ws - 1))) {
            ws--;
        }
        String prev = e - 2 > before[0] && ws <= w ? line.substring(ws, w + 1) : "";
        boolean afterInitial = prev.length() == 2 && Character.isUpperCase(prev.charAt(0)) && prev.charAt(1) == '.';
        boolean afterName = !prev.isEmpty() && Character.isUpperCase(prev.charAt(0)) && Character.isLetter(prev.charAt(prev.length() - 1))
                && !LABELLED.contains(prev.toLowerCase(java.util.Locale.ROOT));
        int s = next[0];
        while (s < next[1] && Character.isWhitespace(line.charAt(s))) {
            s++;
        }
        if (s + 1 < next[1] && Character.isUpperCase(line.charAt(s)) && line.charAt(s + 1) == '.'
                && (s + 2 == next[1] || Character.isWhitespace(line.charAt(s + 2)))) {
            return true; // "M." + "T. Sasidharan Pillai"
        }
        int w1 = wordEnd(line, s, next[1]);
        if (w1 == s || !Character.isUpperCase(line.charAt(s))
                || SENTENCE_OPENERS.contains(line.substring(s, w1).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (afterInitial || afterName) {
            return true;
        }
        int s2 = w1;
        if (s2 >= next[1] || line.charAt(s2) != ' ') {
            return false;
        }
        s2++;
        return wordEnd(line, s2, next[1]) > s2 && Character.isUpperCase(line.charAt(s2));
    }

    /** Words that open a sentence, not a name, after an initial ("… in Group B. The vote …"). */
    private static final java.util.Set<String> SENTENCE_OPENERS = java.util.Set.of("the", "a", "an", "he", "she", "it", "they",
            "we", "i", "you", "this", "that", "these", "those", "there", "his", "her", "its", "their", "our", "but", "and", "or",
            "so", "yet", "in", "on", "at", "as", "if", "when", "while", "after", "before", "since", "for", "with", "by", "from",
            "to", "of", "not", "no", "yes", "then", "now", "also", "however", "still", "one", "what", "who", "which", "where",
            "why", "how", "all", "some", "many", "most", "both", "each", "every", "mr", "mrs", "ms", "dr");

    private static int wordEnd(String line, int from, int to) {
        int e = from;
        while (e < to && (Character.isLetter(line.charAt(e)) || line.charAt(e) == '-' || line.charAt(e) == '\'')) {
            e++;
        }
        return e;
    }

    private static final java.util.Set<String> MONTH_ABBREVIATIONS = java.util.Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    /** "The talks ended Jan. 5, 2024": a month abbreviated with a full stop before a day ends no sentence. */
    private static boolean monthAbbreviationBeforeDay(String line, int[] before, int[] next) {
        int e = before[1];
        while (e > before[0] && Character.isWhitespace(line.charAt(e - 1))) {
            e--;
        }
        if (e == before[0] || line.charAt(e - 1) != '.') {
            return false;
        }
        int b = e - 1;
        while (b > before[0] && Character.isLetter(line.charAt(b - 1))) {
            b--;
        }
        int s = next[0];
        while (s < next[1] && Character.isWhitespace(line.charAt(s))) {
            s++;
        }
        return b < e - 1 && (b == before[0] || !Character.isLetter(line.charAt(b - 1))) && Character.isUpperCase(line.charAt(b))
                && MONTH_ABBREVIATIONS.contains(line.substring(b, e - 1).toLowerCase(java.util.Locale.ROOT))
                && s < next[1] && Character.isDigit(line.charAt(s));
    }

    private static boolean hasLetter(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Spans of double-quoted passages in a line, quotation marks included; an unclosed one runs to the end. */
    static List<int[]> quoteSpans(String line) {
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '"') {
                if (open < 0) {
                    open = i;
                } else {
                    spans.add(new int[] {open, i + 1});
                    open = -1;
                }
            }
        }
        if (open >= 0 && line.length() - open > 1) {
            spans.add(new int[] {open, line.length()});
        }
        return spans;
    }

    private static boolean insideSameQuote(int[] previous, int[] next, List<int[]> quotes) {
        for (int[] q : quotes) {
            if (q[0] < previous[1] && q[1] > next[0]) {
                return true;
            }
        }
        return false;
    }

    private static Quote quote(String text, int lineStart, int[] q, List<Token> tokens) {
        int s = q[0] + 1;
        int e = q[1];
        char last = text.charAt(lineStart + e - 1);
        if (e > s && (Normalizer.plain(last) == '"' || last == '\u2019')) {
            e--; // the closing mark, double or single (SingleQuotes)
        }
        String inner = text.substring(lineStart + s, lineStart + e).strip();
        while (!inner.isEmpty() && (inner.endsWith(",") || inner.endsWith(";"))) {
            inner = inner.substring(0, inner.length() - 1).strip();
        }
        int first = tokens.size();
        int end = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= lineStart + q[0] && t.end() <= lineStart + q[1]) {
                first = Math.min(first, i);
                end = i + 1;
            }
        }
        if (first > end) {
            first = end;
        }
        return new Quote(inner, lineStart + q[0], lineStart + q[1], first, end);
    }

    private static List<Token> tokenize(String line, int s, int e, int offset) {
        String sentence = line.substring(s, e);
        List<Token> tokens = new ArrayList<>();
        List<Span> spans = TOKENIZER.get().tokenizePos(sentence);
        for (int k = 0; k < spans.size(); k++) {
            Span span = spans.get(k);
            int ts = offset + s + span.getStart();
            String tok = sentence.substring(span.getStart(), span.getEnd());
            if (k + 2 < spans.size() && tok.length() == 1 && Character.isUpperCase(tok.charAt(0))
                    && spans.get(k + 1).getStart() == span.getEnd() && spans.get(k + 1).length() == 1
                    && sentence.charAt(span.getEnd()) == '.' && (span.getStart() == 0 || sentence.charAt(span.getStart() - 1) == ' ')
                    && spans.get(k + 2).getStart() > spans.get(k + 1).getEnd()) {
                // an initial inside a sentence is one token, "T.", as the model keeps "P." and "W.": not a letter and a full stop
                tokens.add(new Token(tok + ".", ts, ts + 2));
                k++;
                continue;
            }
            splitClitics(tok, ts, tokens);
        }
        return tokens;
    }

    private static final String[] CLITICS = {"n't", "'s", "'ve", "'re", "'ll", "'d", "'m"};

    /** OpenNLP's model keeps "Norway's" and "won't" whole; split them as the Penn Treebank does. */
    static void splitClitics(String tok, int start, List<Token> out) {
        if (tok.length() > 1 && tok.charAt(0) == '-' && Character.isLetter(tok.charAt(1))) {
            // "Lacson-Tan" comes as "Lacson", "-Tan": the hyphen is a token of its own
            out.add(new Token("-", start, start + 1));
            splitClitics(tok.substring(1), start + 1, out);
            return;
        }
        if (tok.length() > 1 && tok.charAt(tok.length() - 1) == '-' && Character.isLetter(tok.charAt(tok.length() - 2))) {
            // "Lee Jae-myung" may come as "Jae-", "myung": the hyphen is a token of its own, as in "Ming", "-", "te"
            splitClitics(tok.substring(0, tok.length() - 1), start, out);
            out.add(new Token("-", start + tok.length() - 1, start + tok.length()));
            return;
        }
        String lower = tok.toLowerCase(java.util.Locale.ROOT);
        for (String c : CLITICS) {
            if (lower.length() > c.length() && lower.endsWith(c)) {
                int cut = tok.length() - c.length();
                out.add(new Token(tok.substring(0, cut), start, start + cut));
                out.add(new Token(tok.substring(cut), start + cut, start + tok.length()));
                return;
            }
        }
        if (tok.length() > 2 && tok.endsWith("'") && tok.charAt(tok.length() - 2) == 's') {
            int cut = tok.length() - 1;
            out.add(new Token(tok.substring(0, cut), start, start + cut));
            out.add(new Token("'", start + cut, start + tok.length()));
            return;
        }
        out.add(new Token(tok, start, start + tok.length()));
    }
}
