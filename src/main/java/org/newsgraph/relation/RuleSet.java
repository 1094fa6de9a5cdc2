package org.newsgraph.relation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The mapping rules, one file per predicate ({@code supports.rules} holds the rules that state
 * {@code supports}), applied in the order of {@link Predicate}. Its version is a digest of the rule
 * texts, so that evidence names exactly the rules that produced it.
 */
public final class RuleSet {

    private static final String DIR = "/org/newsgraph/rules/";

    private final List<Rule> rules;
    private final List<Rule> raceRules;
    private final String version;

    private RuleSet(List<Rule> rules, List<Rule> raceRules, String version) {
        this.rules = List.copyOf(rules);
        this.raceRules = List.copyOf(raceRules);
        this.version = version;
    }

    /** The rules that tell which office an article's race is for ({@code race.rules}): they state no fact. */
    public List<Rule> raceRules() {
        return raceRules;
    }

    /** The rules bundled with newsgraph. */
    public static RuleSet bundled() {
        List<Rule> rules = new ArrayList<>();
        MessageDigest digest = sha256();
        for (Predicate p : Predicate.values()) {
            String file = p.localName() + ".rules";
            try (InputStream in = RuleSet.class.getResourceAsStream(DIR + file)) {
                if (in == null) {
                    throw new IllegalStateException("rule file " + file + " is missing");
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                rules.addAll(parse(p, file, text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Rule> race;
        try (InputStream in = RuleSet.class.getResourceAsStream(DIR + "race.rules")) {
            if (in == null) {
                throw new IllegalStateException("rule file race.rules is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            race = parse(Predicate.CANDIDATE_FOR, "race.rules", text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleSet(rules, race, HexFormat.of().formatHex(digest.digest()).substring(0, 12));
    }

    /** This rule set with the rules of a directory's {@code PREDICATE.rules} files added. */
    public RuleSet with(Path dir) throws IOException {
        List<Rule> all = new ArrayList<>(rules);
        MessageDigest digest = sha256();
        digest.update(version.getBytes(StandardCharsets.UTF_8));
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".rules")).sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            Predicate p = Predicate.byLocalName(name.substring(0, name.length() - ".rules".length()));
            String text = Files.readString(f, StandardCharsets.UTF_8);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            all.addAll(parse(p, name, text));
        }
        all.sort((a, b) -> Integer.compare(a.predicate().ordinal(), b.predicate().ordinal()));
        checkUnique(all);
        return new RuleSet(all, raceRules, HexFormat.of().formatHex(digest.digest()).substring(0, 12));
    }

    /** Parses one rule file: each rule line sits under a comment line holding its example. */
    static List<Rule> parse(Predicate p, String file, String text) {
        List<Rule> out = new ArrayList<>();
        String example = null;
        int n = 0;
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            String line;
            while ((line = r.readLine()) != null) {
                n++;
                String s = line.strip();
                if (s.isEmpty()) {
                    example = null;
                } else if (s.startsWith("#")) {
                    example = s.substring(1).strip();
                } else {
                    int colon = s.indexOf(':');
                    if (colon <= 0 || !s.substring(0, colon).matches("[a-z0-9][a-z0-9-]*")) {
                        throw new IllegalArgumentException(file + ":" + n + ": expected NAME: PATTERN");
                    }
                    if (example == null || example.isEmpty()) {
                        throw new IllegalArgumentException(file + ":" + n + ": rule '" + s.substring(0, colon)
                                + "' has no example sentence in a comment above it");
                    }
                    out.add(new Rule(p, s.substring(0, colon), file, n, example, s.substring(colon + 1).strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        checkUnique(out);
        return out;
    }

    private static void checkUnique(List<Rule> rules) {
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException(r.file() + ":" + r.line() + ": rule '" + r.id() + "' is defined twice");
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Rule> rules() {
        return Collections.unmodifiableList(rules);
    }

    /** A digest of the rule texts (12 hex digits). */
    public String version() {
        return version;
    }
}
