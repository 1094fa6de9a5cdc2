package org.newsgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A gold TSV in the vocabulary contract's format: entities, aliases, facts and optional facts. */
public record GoldFile(Map<String, List<String>> types, Map<String, List<String>> aliases, List<Fact> facts,
                       List<Fact> optional) {

    public record Fact(String subject, String predicate, String object) {
        @Override
        public String toString() {
            return subject + " " + predicate + " " + object;
        }
    }

    public static GoldFile read(String resource) {
        try (InputStream in = GoldFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing");
            }
            Map<String, List<String>> types = new LinkedHashMap<>();
            Map<String, List<String>> aliases = new LinkedHashMap<>();
            List<Fact> facts = new ArrayList<>();
            List<Fact> optional = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                String s = c[0].strip();
                String p = c[1].strip();
                String o = c[2].strip();
                switch (p) {
                    case "type" -> types.put(s, List.of(o.split("\\|")));
                    case "alias" -> aliases.computeIfAbsent(s, k -> new ArrayList<>()).add(o);
                    default -> (p.startsWith("?") ? optional : facts).add(new Fact(s, p.replace("?", ""), o));
                }
            }
            return new GoldFile(types, aliases, facts, optional);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The canonical name and every alias of a gold entity. */
    public List<String> forms(String name) {
        List<String> out = new ArrayList<>();
        out.add(name);
        out.addAll(aliases.getOrDefault(name, List.of()));
        return out;
    }
}
