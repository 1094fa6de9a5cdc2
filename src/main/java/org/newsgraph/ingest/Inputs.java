package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;

/**
 * The articles a command line names, read lazily, in one pass:
 * <ul>
 * <li>files: {@code .txt} (plain text), {@code .html} and {@code .htm} (a news page, see
 * {@link HtmlArticles}), {@code .jsonl} (JSON Lines, one record a line, see {@link JsonLines}), each
 * optionally gzipped ({@code .txt.gz}, ...). A file named on the command line with another extension is
 * read as text;</li>
 * <li>directories: their article files (by those extensions; other files are ignored), walked depth-first
 * in the order of their names, without following symbolic links to directories and without hidden
 * ({@code .name}) files and directories;</li>
 * <li>{@code -}: stdin, whose content is sniffed: gzip (by its magic bytes) is gunzipped; then JSON Lines if
 * the first non-blank character is <code>{</code>, HTML if it is {@code <}, else plain text.</li>
 * </ul>
 * Each article is an {@link ArticleSource} named by its file ({@code FILE:LINE} for a JSON Lines record,
 * 1-based; {@code <stdin>}, {@code <stdin>:LINE}). The iterator only finds files and reads the raw lines of
 * JSON Lines; {@link ArticleSource#read()} does the rest (decoding, gunzipping a whole file, parsing JSON and
 * HTML), is self-contained and may be called from any thread. The iterator never throws for bad content: a
 * problem in a file (a truncated gzip stream, a line longer than the article limit, a file that vanished,
 * a directory that cannot be listed) is a source whose {@code read()} throws an {@link InputException}
 * "WHERE: WHY", and the iteration goes on.
 * <p>
 * The publication date is the source's own (JSON Lines {@code published}, HTML metadata); the default
 * date applies to the articles whose source gives none.
 */
public final class Inputs implements Iterable<ArticleSource> {

    /** What the inputs can be, for messages. */
    public static final String ACCEPTED = ".txt, .html, .htm or .jsonl files (each optionally .gz), directories of them, or - for stdin";

    private static final String STDIN = "<stdin>";
    private static final int SNIFF_BYTES = 64 * 1024;

    /** The formats of articles. */
    enum Format {
        TEXT, HTML, JSONL
    }

    /** A file's format, by its name, and whether it is gzipped. */
    record Kind(Format format, boolean gzip) {

        /** The kind of an article file by its name's extension (case-insensitive); null if it is none. */
        static Kind of(String fileName) {
            String n = fileName.toLowerCase(Locale.ROOT);
            boolean gzip = n.endsWith(".gz");
            if (gzip) {
                n = n.substring(0, n.length() - 3);
            }
            if (n.endsWith(".txt")) {
                return new Kind(Format.TEXT, gzip);
            }
            if (n.endsWith(".html") || n.endsWith(".htm")) {
                return new Kind(Format.HTML, gzip);
            }
            if (n.endsWith(".jsonl")) {
                return new Kind(Format.JSONL, gzip);
            }
            return null;
        }

        /** The kind of a file named on the command line: text if its extension is none of the article ones. */
        static Kind named(String fileName) {
            Kind k = of(fileName);
            return k != null ? k : new Kind(Format.TEXT, fileName.toLowerCase(Locale.ROOT).endsWith(".gz"));
        }
    }

    /** An entry of a directory, as it was listed: a subdirectory (no kind) or an article file. */
    private record Entry(Path path, Kind kind) {
    }

    /** One input of the command line: stdin (no path), a directory or a file. */
    private record Input(Path path, boolean directory) {
        boolean stdin() {
            return path == null;
        }
    }

    private final List<Input> inputs;
    private final LocalDate defaultDate;
    private final InputStream stdin;
    private final ArticleReader reader;
    private final AtomicBoolean iterated = new AtomicBoolean();

    private Inputs(List<Input> inputs, LocalDate defaultDate, InputStream stdin, ArticleReader reader) {
        this.inputs = inputs;
        this.defaultDate = defaultDate;
        this.stdin = stdin;
        this.reader = reader;
    }

    /** {@link #of(List, LocalDate, InputStream, ArticleReader)} with the default size limit. */
    public static Inputs of(List<String> args, LocalDate defaultDate, InputStream stdin) throws InputException {
        return of(args, defaultDate, stdin, new ArticleReader());
    }

    /**
     * The inputs of a command line. Checks up front only that each named input exists, that stdin is named
     * at most once and that each directory holds at least one article file (an {@link InputException} names
     * the bad input and what is accepted); reads nothing else yet.
     *
     * @param defaultDate the publication date of articles whose source gives none (may be null)
     * @param stdin       what {@code -} reads
     * @param reader      the size limit of one article (and of one JSON Lines record) and the strict decoding
     */
    public static Inputs of(List<String> args, LocalDate defaultDate, InputStream stdin, ArticleReader reader) throws InputException {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(reader, "reader");
        List<Input> out = new ArrayList<>();
        boolean stdinNamed = false;
        for (String arg : args) {
            if ("-".equals(arg)) {
                if (stdinNamed) {
                    throw new InputException("- (stdin) is named twice: stdin can be read only once");
                }
                Objects.requireNonNull(stdin, "stdin");
                stdinNamed = true;
                out.add(new Input(null, false));
                continue;
            }
            if (arg == null || arg.isBlank()) {
                throw new InputException("an empty input name (inputs are " + ACCEPTED + ")");
            }
            Path p;
            try {
                p = Path.of(arg);
            } catch (InvalidPathException e) {
                throw new InputException(arg + ": not a valid path (inputs are " + ACCEPTED + ")");
            }
            if (Files.isDirectory(p)) {
                if (!holdsArticle(p)) {
                    throw new InputException(p + ": no articles in this directory (looked for .txt, .html, .htm and .jsonl files, each optionally .gz)");
                }
                out.add(new Input(p, true));
            } else if (Files.exists(p)) {
                out.add(new Input(p, false));
            } else {
                throw new InputException(p + ": no such file or directory (inputs are " + ACCEPTED + ")");
            }
        }
        return new Inputs(List.copyOf(out), defaultDate, stdin, reader);
    }

    /** Does a directory tree hold an article file? Walks it only until the first. */
    private static boolean holdsArticle(Path dir) throws InputException {
        Deque<Path> todo = new ArrayDeque<>();
        todo.push(dir);
        boolean top = true;
        while (!todo.isEmpty()) {
            Path d = todo.pop();
            try (DirectoryStream<Path> s = Files.newDirectoryStream(d)) {
                for (Path p : s) {
                    if (hidden(p)) {
                        continue;
                    }
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        todo.push(p);
                    } else if (Kind.of(p.getFileName().toString()) != null && Files.isRegularFile(p)) {
                        return true;
                    }
                }
            } catch (IOException | DirectoryIteratorException e) {
                if (top) {
                    throw new InputException(dir + ": cannot list the directory (" + reason(e) + ")");
                }
            }
            top = false;
        }
        return false;
    }

    /** The articles, found as the iteration reaches them; one iteration only. */
    @Override
    public Iterator<ArticleSource> iterator() {
        if (!iterated.compareAndSet(false, true)) {
            throw new IllegalStateException("the inputs can be iterated only once");
        }
        return new Walk();
    }

    private Article dated(Article a) {
        return defaultDate != null && a.published() == null ? a.withPublished(defaultDate) : a;
    }

    /** Reads an article file (text or HTML, gzipped or not). */
    private Article readFile(Path file, Kind kind) throws InputException {
        String name = file.toString();
        byte[] bytes = reader.bytes(file, kind.gzip());
        return dated(kind.format() == Format.HTML ? HtmlArticles.read(name, bytes) : Article.ofText(ArticleReader.decode(name, bytes)));
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String reason(Exception e) {
        Throwable t = e instanceof DirectoryIteratorException d ? d.getCause() : e;
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof java.nio.file.NoSuchFileException) {
            return "no such directory";
        }
        return ArticleReader.oneLine(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }

    /** The walk over the inputs: one producer thread uses it. */
    private final class Walk implements Iterator<ArticleSource> {

        private int nextInput;
        /** The directories being walked: the entries of each still to visit, innermost on top. */
        private final Deque<Iterator<Entry>> dirs = new ArrayDeque<>();
        /** The JSON Lines file (or stdin) being read, if any. */
        private Records records;
        private ArticleSource pending;

        @Override
        public boolean hasNext() {
            while (pending == null) {
                if (!step()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public ArticleSource next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ArticleSource s = pending;
            pending = null;
            return s;
        }

        /** Moves on by one entry, line or input (setting {@code pending} if it gives a source); false when all is done. */
        private boolean step() {
            if (records != null) {
                pending = records.next();
                if (pending == null) {
                    records = null;
                }
                return true;
            }
            if (!dirs.isEmpty()) {
                Iterator<Entry> top = dirs.peek();
                if (!top.hasNext()) {
                    dirs.pop();
                } else {
                    Entry e = top.next();
                    if (e.kind() == null) {
                        enter(e.path());
                    } else {
                        file(e.path(), e.kind());
                    }
                }
                return true;
            }
            if (nextInput < inputs.size()) {
                Input in = inputs.get(nextInput++);
                if (in.stdin()) {
                    stdin();
                } else if (in.directory()) {
                    enter(in.path());
                } else {
                    file(in.path(), Kind.named(in.path().getFileName() == null ? in.path().toString() : in.path().getFileName().toString()));
                }
                return true;
            }
            return false;
        }

        /** Lists a directory: its subdirectories and article files, sorted by name. */
        private void enter(Path dir) {
            List<Entry> entries = new ArrayList<>();
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                for (Path p : s) {
                    if (hidden(p)) {
                        continue;
                    }
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        entries.add(new Entry(p, null));
                    } else {
                        Kind k = Kind.of(p.getFileName().toString());
                        if (k != null && Files.isRegularFile(p)) {
                            entries.add(new Entry(p, k));
                        }
                    }
                }
            } catch (IOException | DirectoryIteratorException e) {
                pending = ArticleSource.failed(dir.toString(), dir + ": cannot list the directory (" + reason(e) + "); its articles are skipped");
                return;
            }
            entries.sort(Comparator.comparing(e -> e.path().getFileName().toString()));
            dirs.push(entries.iterator());
        }

        private void file(Path p, Kind kind) {
            String name = p.toString();
            if (kind.format() != Format.JSONL) {
                pending = new ArticleSource(name, () -> readFile(p, kind));
                return;
            }
            InputStream in = null;
            try {
                in = Files.newInputStream(p);
                records = new Records(name, kind.gzip() ? new GZIPInputStream(in, 64 * 1024) : in, kind.gzip());
            } catch (IOException e) {
                close(in);
                pending = ArticleSource.failed(name, ArticleReader.describe(name, e, kind.gzip()));
            }
        }

        /** Sniffs stdin: gzip, then JSON Lines, HTML or text. */
        private void stdin() {
            boolean gzip = false;
            try {
                BufferedInputStream in = new BufferedInputStream(stdin, SNIFF_BYTES);
                in.mark(2);
                gzip = in.read() == 0x1f && in.read() == 0x8b;
                in.reset();
                BufferedInputStream content = gzip ? new BufferedInputStream(new GZIPInputStream(in, 64 * 1024), SNIFF_BYTES) : in;
                int first = firstNonBlank(content);
                if (first == '{') {
                    records = new Records(STDIN, content, gzip);
                    return;
                }
                boolean html = first == '<';
                boolean gunzipped = gzip;
                pending = new ArticleSource(STDIN, once(() -> {
                    byte[] bytes = reader.limited(STDIN, content, gunzipped);
                    return dated(html ? HtmlArticles.read(STDIN, bytes) : Article.ofText(ArticleReader.decode(STDIN, bytes)));
                }));
            } catch (IOException e) {
                pending = ArticleSource.failed(STDIN, ArticleReader.describe(STDIN, e, gzip));
            }
        }
    }

    /** The first byte that is not white space or a byte-order mark (-1 if none in the first 64 KB); the stream is left as it was. */
    private static int firstNonBlank(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        try {
            for (int i = 0; i < SNIFF_BYTES; i++) {
                int b = in.read();
                if (b < 0) {
                    return -1;
                }
                boolean bom = i < 3 && (b == 0xEF || b == 0xBB || b == 0xBF);
                if (!(b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f' || bom)) {
                    return b;
                }
            }
            return -1;
        } finally {
            in.reset();
        }
    }

    /** Reads once: later calls give the same article (or the same error). */
    private static ArticleSource.Reader once(ArticleSource.Reader r) {
        return new ArticleSource.Reader() {
            private boolean done;
            private Article article;
            private InputException error;

            @Override
            public synchronized Article read() throws InputException {
                if (!done) {
                    try {
                        article = r.read();
                    } catch (InputException e) {
                        error = e;
                    }
                    done = true;
                }
                if (error != null) {
                    throw error;
                }
                return article;
            }
        };
    }

    private static void close(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // nothing was written: nothing to lose
            }
        }
    }

    /** The records of a JSON Lines file or stream, one source a non-blank line. */
    private final class Records {
        private final String name;
        private final InputStream in;
        private final LineReader lines;
        private final boolean gzip;
        private boolean any;
        private boolean done;

        Records(String name, InputStream in, boolean gzip) {
            this.name = name;
            this.in = in;
            this.lines = new LineReader(in, reader.maxBytes());
            this.gzip = gzip;
        }

        /** The next record's source, or a source that reports a problem; null at the end (the stream is closed then). */
        ArticleSource next() {
            if (done) {
                return null;
            }
            while (true) {
                LineReader.Line line;
                try {
                    line = lines.next();
                } catch (IOException e) {
                    finish();
                    String where = name + ":" + Math.max(1, lines.lineNumber());
                    return ArticleSource.failed(where, ArticleReader.describe(where, e, gzip) + "; the rest of the file is skipped");
                }
                if (line == null) {
                    finish();
                    return any ? null : ArticleSource.failed(name, name + ": no JSON Lines records (the file is empty or holds only blank lines)");
                }
                if (line.blank()) {
                    continue;
                }
                any = true;
                String where = name + ":" + line.number();
                if (line.tooLong()) {
                    return ArticleSource.failed(where, String.format("%s: the line is too long for one record (%.1f MB, the limit is %.1f MB); skipped",
                            where, line.length() / 1048576.0, reader.maxBytes() / 1048576.0));
                }
                byte[] bytes = line.bytes();
                return new ArticleSource(where, () -> dated(JsonLines.read(where, bytes)));
            }
        }

        private void finish() {
            done = true;
            if (!name.equals(STDIN)) {
                close(in);
            }
        }
    }
}
