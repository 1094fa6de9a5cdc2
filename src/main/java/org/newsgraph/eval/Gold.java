package org.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.ingest.InputException;
import org.newsgraph.relation.Predicate;

/**
 * A gold file: the facts an article states, in the vocabulary contract's TSV format. Entity lines
 * ({@code name<TAB>type<TAB>Person|Office}), alias lines ({@code name<TAB>alias<TAB>form}), facts
 * ({@code subject<TAB>predicate<TAB>object}), optional facts ({@code ?predicate}) and the
 * {@code # published: YYYY-MM-DD} header.
 */
public record Gold(Map<String, List<String>> types, Map<String, List<String>> aliases, List<GoldFact> facts,
                   List<GoldFact> optional, LocalDate published) {

    /** A fact of the gold. */
    public record GoldFact(String subject, String predicate, String object) {
        @Override
        public String toString() {
            return subject + " " + predicate + " " + object;
        }
    }

    private static final Pattern PUBLISHED = Pattern.compile("^#\\s*published:\\s*(\\d{4}-\\d{2}-\\d{2})");

    public static Gold read(Path file) throws InputException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")");
        }
        Map<String, List<String>> types = new LinkedHashMap<>();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        List<GoldFact> facts = new ArrayList<>();
        List<GoldFact> optional = new ArrayList<>();
        LocalDate published = null;
        int n = 0;
        for (String raw : text.split("\n", -1)) {
            n++;
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                Matcher m = PUBLISHED.matcher(line);
                if (m.find()) {
                    try {
                        published = LocalDate.parse(m.group(1));
                    } catch (DateTimeParseException e) {
                        throw new InputException(file + ":" + n + ": bad published date " + m.group(1));
                    }
                }
                continue;
            }
            String[] c = raw.split("\t");
            if (c.length < 3) {
                throw new InputException(file + ":" + n + ": expected three tab-separated columns");
            }
            String s = c[0].strip();
            String p = c[1].strip();
            String o = c[2].strip();
            if (p.equals("type")) {
                types.put(s, List.of(o.split("\\|")));
            } else if (p.equals("alias")) {
                aliases.computeIfAbsent(s, k -> new ArrayList<>()).add(o);
            } else {
                boolean opt = p.startsWith("?");
                String pred = opt ? p.substring(1) : p;
                try {
                    Predicate.byLocalName(pred);
                } catch (IllegalArgumentException e) {
                    throw new InputException(file + ":" + n + ": unknown predicate " + p);
                }
                (opt ? optional : facts).add(new GoldFact(s, pred, o));
            }
        }
        return new Gold(types, aliases, facts, optional, published);
    }

    /** The name and every alias of a gold entity. */
    public List<String> forms(String name) {
        List<String> out = new ArrayList<>();
        out.add(name);
        out.addAll(aliases.getOrDefault(name, Collections.emptyList()));
        return out;
    }
}
