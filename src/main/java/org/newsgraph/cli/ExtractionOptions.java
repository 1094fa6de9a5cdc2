package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.newsgraph.NewsGraph;
import org.newsgraph.rdf.NG;

import picocli.CommandLine.Option;

/** The options that shape extraction, shared by the commands that extract. */
final class ExtractionOptions {

    @Option(names = "--base", paramLabel = "IRI", defaultValue = NG.DEFAULT_BASE,
            description = "Base of minted IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--rules", paramLabel = "DIR", description = "A directory of extra PREDICATE.rules files.")
    Path rules;

    @Option(names = "--gazetteer", paramLabel = "FILE.tsv",
            description = "Extra entities: a TSV with the header name, type, aliases, sameAs (repeatable).")
    List<Path> gazetteers = new ArrayList<>();

    /** A NewsGraph with these options; a bad option is a user error. */
    NewsGraph newsGraph() {
        NewsGraph.Builder b = NewsGraph.builder();
        try {
            b.base(base);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (rules != null) {
            if (!Files.isDirectory(rules)) {
                throw new UserError(rules + ": not a directory of rule files");
            }
            b.rules(rules);
        }
        for (Path g : gazetteers) {
            if (!Files.isRegularFile(g)) {
                throw new UserError(g + ": no such gazetteer file");
            }
            b.gazetteer(g);
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError("cannot read " + e.getMessage());
        }
    }
}
