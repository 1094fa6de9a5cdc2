package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph stats}: what a store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Shows what a store holds: articles, triples, entities by type, facts by predicate.",
            "Everything is counted over the union of the store's article graphs."})
final class StatsCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store (made by load).")
    Path store;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        try (Store s = Store.open(store)) {
            System.out.print(s.stats().table());
            System.out.flush();
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
        return Main.OK;
    }
}
