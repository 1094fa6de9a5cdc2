package org.newsgraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JsonObject;

/**
 * A synthetic corpus of any size for the benchmarks: the project's own corpus articles, copied over
 * and over with their people renamed, so that every copy names different persons (different IRIs,
 * different graphs) while the language stays real. The persons come from each article's gold file;
 * each keeps the given name (so pronouns still agree) and gets a made-up surname, different for
 * every copy. Deterministic: the same N gives the same file.
 *
 * <pre>java -cp target/newsgraph.jar:target/test-classes org.newsgraph.bench.SyntheticCorpus CORPUS_DIR N OUT.jsonl</pre>
 */
public final class SyntheticCorpus {

    private static final String[] ONSETS = {"B", "D", "F", "G", "K", "L", "M", "N", "P", "R", "S", "T", "V", "Z", "Br",
        "Dr", "Gr", "Kr", "St", "Tr"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ei", "ou"};
    private static final String[] CODAS = {"n", "r", "l", "s", "m", "nd", "rk", "lt", "ss", "v"};
    private static final String[] ENDINGS = {"ov", "ani", "enko", "sen", "ari", "elli", "ez", "ic", "berg", "ton"};

    /** One source article: its text, publication date and the persons' full names. */
    record Source(String name, String text, LocalDate published, List<String> persons) {
    }

    private SyntheticCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SyntheticCorpus CORPUS_DIR N OUT.jsonl");
            System.exit(1);
        }
        List<Source> sources = read(Path.of(args[0]));
        long n = Long.parseLong(args[1]);
        Stats s = write(sources, n, Path.of(args[2]));
        System.out.printf("%,d articles, %,d characters of text -> %s%n", s.articles(), s.chars(), args[2]);
    }

    /** What was written. */
    public record Stats(long articles, long chars) {
    }

    /**
     * The articles of a corpus directory that have a gold file beside them (it names their persons); not those
     * waiting in {@code blind/} to be measured, so that the benchmark's corpus changes only with dev/ and test/.
     */
    public static List<Source> read(Path corpus) throws IOException {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(corpus)) {
            for (Path gold : s.filter(p -> p.toString().endsWith(".gold.tsv"))
                    .filter(p -> !corpus.relativize(p).startsWith("blind"))
                    .sorted(Comparator.naturalOrder()).toList()) {
                String base = gold.getFileName().toString().replace(".gold.tsv", "");
                Path text = gold.resolveSibling(base + ".txt");
                if (!Files.isRegularFile(text)) {
                    continue;
                }
                LocalDate published = null;
                List<String> persons = new ArrayList<>();
                for (String line : Files.readAllLines(gold)) {
                    Matcher m = PUBLISHED.matcher(line);
                    if (m.find()) {
                        published = LocalDate.parse(m.group(1));
                    }
                    String[] cols = line.split("\t");
                    if (cols.length == 3 && cols[1].equals("type") && cols[2].equals("Person") && cols[0].contains(" ")) {
                        persons.add(cols[0]);
                    }
                }
                out.add(new Source(base, Files.readString(text), published, persons));
            }
        }
        if (out.isEmpty()) {
            throw new IOException(corpus + ": no articles with gold files");
        }
        return out;
    }

    private static final Pattern PUBLISHED = Pattern.compile("^#\\s*published:\\s*(\\d{4}-\\d{2}-\\d{2})");

    /** Writes N articles as JSON Lines. */
    public static Stats write(List<Source> sources, long n, Path out) throws IOException {
        long chars = 0;
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16)) {
            for (long i = 0; i < n; i++) {
                Source src = sources.get((int) (i % sources.size()));
                long copy = i / sources.size();
                String text = renamed(src, copy);
                chars += text.length();
                JsonObject o = new JsonObject();
                o.put("id", String.format("synthetic-%07d", i));
                o.put("title", src.name() + " #" + copy);
                if (src.published() != null) {
                    o.put("published", src.published().toString());
                }
                o.put("text", text);
                w.write(compact(o));
                w.write('\n');
            }
        }
        return new Stats(n, chars);
    }

    /** The text of a source with every person's surname replaced by one made for this copy. */
    static String renamed(Source src, long copy) {
        if (copy == 0) {
            return src.text();
        }
        Map<String, String> surnames = new LinkedHashMap<>();
        int k = 0;
        for (String person : src.persons()) {
            String surname = person.substring(person.lastIndexOf(' ') + 1);
            if (surname.length() > 2 && !surnames.containsKey(surname)) {
                surnames.put(surname, surname(copy, k++));
            }
        }
        String text = src.text();
        for (Map.Entry<String, String> e : surnames.entrySet()) {
            text = text.replaceAll("\\b" + Pattern.quote(e.getKey()) + "\\b", Matcher.quoteReplacement(e.getValue()));
        }
        return text;
    }

    /** A made-up surname, different for each (copy, person) pair. */
    static String surname(long copy, int person) {
        long x = copy * 31 + person;
        StringBuilder b = new StringBuilder();
        b.append(ONSETS[(int) (x % ONSETS.length)]);
        x /= ONSETS.length;
        b.append(VOWELS[(int) (x % VOWELS.length)]);
        x /= VOWELS.length;
        b.append(CODAS[(int) (x % CODAS.length)]);
        x /= CODAS.length;
        b.append(ENDINGS[(int) (x % ENDINGS.length)]);
        x /= ENDINGS.length;
        while (x > 0) {
            b.append(VOWELS[(int) (x % VOWELS.length)]).append(CODAS[(int) ((x / VOWELS.length) % CODAS.length)]);
            x /= VOWELS.length * CODAS.length;
        }
        return b.toString();
    }

    private static String compact(JsonObject o) {
        String s = org.apache.jena.atlas.json.JSON.toStringFlat(o);
        if (s.indexOf('\n') >= 0) {
            throw new IllegalStateException("a JSON record over several lines");
        }
        return s;
    }
}
