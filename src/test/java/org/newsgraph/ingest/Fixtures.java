package org.newsgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** The fixtures of src/test/resources/ingest and helpers to make inputs. */
final class Fixtures {

    static final Path DIR = Path.of("src/test/resources/ingest");
    static final Path NEWS_PAGE = DIR.resolve("news-page.html");
    static final Path BARE_PAGE = DIR.resolve("bare-page.html");
    static final Path FEED = DIR.resolve("feed.jsonl");

    /** A plain-text article in the style of newsgraph's sample. */
    static final String TEXT = """
            Dutch prime minister Mark Rutte is set to become the next Nato chief after his only rival dropped out of the leadership race.

            He will replace Norway's former prime minister Jens Stoltenberg, who has run the US-led military alliance since 2014.
            """;

    static final InputStream NO_STDIN = new ByteArrayInputStream(new byte[0]);

    private Fixtures() {
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String string(Path p) {
        return new String(bytes(p), StandardCharsets.UTF_8);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String text) {
        return write(file, utf8(text));
    }

    /** What one source gave: its name and its article, or the message of its error. */
    record Outcome(String name, Article article, String error) {
        boolean ok() {
            return article != null;
        }

        @Override
        public String toString() {
            return name + (ok() ? " -> article" : " -> " + error);
        }
    }

    /** Reads every source of the inputs. */
    static List<Outcome> readAll(Iterable<ArticleSource> sources) {
        List<Outcome> out = new ArrayList<>();
        for (ArticleSource s : sources) {
            try {
                out.add(new Outcome(s.name(), s.read(), null));
            } catch (InputException e) {
                out.add(new Outcome(s.name(), null, e.getMessage()));
            }
        }
        return out;
    }

    static List<Outcome> readAll(List<String> args, LocalDate date, InputStream stdin, ArticleReader reader) throws InputException {
        return readAll(Inputs.of(args, date, stdin, reader));
    }

    static List<Outcome> readAll(Path... paths) throws InputException {
        List<String> args = new ArrayList<>();
        for (Path p : paths) {
            args.add(p.toString());
        }
        return readAll(args, null, NO_STDIN, new ArticleReader());
    }
}
