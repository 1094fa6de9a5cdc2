package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.UnloadReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph unload}: removes articles' graphs from a store. */
@Command(name = "unload", mixinStandardHelpOptions = true,
        description = {"Removes articles from a store.",
            "In one transaction, each article's graph goes, and with it every entity and fact that no other",
            "article states. If any ARTICLE is not in the store, nothing is removed."})
final class UnloadCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store (made by load).")
    Path store;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE",
            description = "An article's IRI, its schema:identifier (e.g. sha256:…), or the last segment of its IRI.")
    List<String> articles = new ArrayList<>();

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        UnloadReport r;
        try (Store s = Store.open(store)) {
            r = s.unload(articles);
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
        int n = r.articles().size();
        common.info("newsgraph unload: removed " + n + (n == 1 ? " article" : " articles") + " (" + r.triples()
                + " triples) from " + store);
        return Main.OK;
    }
}
