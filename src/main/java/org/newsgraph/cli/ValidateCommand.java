package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.newsgraph.ingest.InputException;
import org.newsgraph.query.DataLoader;
import org.newsgraph.query.Validation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code newsgraph validate}: SHACL against newsgraph's shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates RDF files (their union) against newsgraph's SHACL shapes; exit code 1 on violations.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DATA", description = "RDF files to validate.")
    List<Path> data;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Graph g;
        try {
            g = DataLoader.loadGraph(data);
        } catch (InputException e) {
            throw new UserError(e.getMessage());
        }
        Validation v = Validation.of(g);
        if (v.conforms()) {
            System.out.println("conforms: " + g.size() + " triples, no violations of the newsgraph shapes");
            return Main.OK;
        }
        v.lines().forEach(System.out::println);
        System.out.println("does not conform: " + v.size() + " violation" + (v.size() == 1 ? "" : "s") + " in " + g.size() + " triples");
        return Main.USER_ERROR;
    }
}
