package org.newsgraph.cli;

import picocli.CommandLine.Option;

/** Options every command shares. */
final class CommonOptions {

    @Option(names = "--quiet", description = "Print nothing on stderr but errors.")
    boolean quiet;

    /** An informational line on stderr, unless --quiet. */
    void info(String line) {
        if (!quiet) {
            System.err.println(line);
        }
    }
}
