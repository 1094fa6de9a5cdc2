package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The articles a command line names: text files, directories (every {@code .txt} file under them,
 * sorted), and {@code -} for stdin, each read only when its turn comes and dated with the publication
 * date given (if any).
 */
public final class Inputs {

    private Inputs() {
    }

    /**
     * The articles of the arguments; a name that is no file, an empty directory or stdin named twice is
     * bad input.
     */
    public static List<ArticleSource> expand(List<String> args, LocalDate published, ArticleReader reader, InputStream stdin)
            throws InputException {
        List<ArticleSource> out = new ArrayList<>();
        boolean stdinUsed = false;
        for (String in : args) {
            if (in.equals("-")) {
                if (stdinUsed) {
                    throw new InputException("stdin (-) can be read only once");
                }
                stdinUsed = true;
                out.add(new ArticleSource("<stdin>", () -> dated(reader.read("<stdin>", stdin), published)));
                continue;
            }
            Path p = Path.of(in);
            if (Files.isDirectory(p)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(p)) {
                    files = s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt")).sorted().toList();
                } catch (IOException | UncheckedIOException e) {
                    throw new InputException(p + ": cannot list the directory (" + e.getMessage() + ")");
                }
                if (files.isEmpty()) {
                    throw new InputException(p + ": no .txt articles in this directory");
                }
                for (Path f : files) {
                    out.add(new ArticleSource(f.toString(), () -> dated(reader.read(f), published)));
                }
            } else if (Files.exists(p)) {
                out.add(new ArticleSource(p.toString(), () -> dated(reader.read(p), published)));
            } else {
                throw new InputException(p + ": no such file");
            }
        }
        return out;
    }

    private static Article dated(Article a, LocalDate d) {
        return d == null ? a : a.withPublished(d);
    }
}
