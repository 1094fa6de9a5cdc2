package org.newsgraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;

/** The RDF formats newsgraph writes, by their command-line names. */
public enum Format {
    TURTLE("turtle", "ttl", Lang.TURTLE, false),
    NTRIPLES("ntriples", "nt", Lang.NTRIPLES, false),
    NQUADS("nquads", "nq", Lang.NQUADS, true),
    TRIG("trig", "trig", Lang.TRIG, true),
    JSONLD("jsonld", "jsonld", Lang.JSONLD, true),
    RDFXML("rdfxml", "rdf", Lang.RDFXML, false);

    private final String cliName;
    private final String extension;
    private final Lang lang;
    private final boolean quads;

    Format(String cliName, String extension, Lang lang, boolean quads) {
        this.cliName = cliName;
        this.extension = extension;
        this.lang = lang;
        this.quads = quads;
    }

    public String cliName() {
        return cliName;
    }

    public String extension() {
        return extension;
    }

    public Lang lang() {
        return lang;
    }

    /** Does the format keep named graphs (one per article)? */
    public boolean quads() {
        return quads;
    }

    /** The format of a command-line name; the error names the valid ones. */
    public static Format parse(String name) {
        for (Format f : values()) {
            if (f.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (valid: " + names() + ")");
    }

    public static String names() {
        return Arrays.stream(values()).map(Format::cliName).collect(Collectors.joining(", "));
    }
}
