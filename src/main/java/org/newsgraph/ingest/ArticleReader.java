package org.newsgraph.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads articles from files or streams, strictly: the bytes must be UTF-8, contain no NUL (binary
 * files), hold some text and stay under a size limit (of one article; for gzip, of its uncompressed
 * bytes). An instance is immutable and thread-safe.
 */
public final class ArticleReader {

    /** The default size limit of one article, in bytes. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    private final long maxBytes;

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleReader(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the size limit must be positive, not " + maxBytes);
        }
        this.maxBytes = Math.min(maxBytes, Integer.MAX_VALUE - 16);
    }

    /** The size limit of one article (and of one JSON Lines record), in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Reads a text file as one article. */
    public Article read(Path file) throws InputException {
        return Article.ofText(decode(file.toString(), bytes(file, false)));
    }

    /** Reads a whole stream (stdin) as one article. */
    public Article read(String name, InputStream in) throws InputException {
        return Article.ofText(decode(name, bytes(name, in, false)));
    }

    /** The bytes of a file, gunzipped if {@code gzip}; at most the size limit of them. */
    byte[] bytes(Path file, boolean gzip) throws InputException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InputException(name + ": is a directory");
        }
        try {
            if (!gzip) {
                long size = Files.size(file);
                if (size > maxBytes) {
                    throw new InputException(String.format("%s: too large for one article (%.1f MB, the limit is %.1f MB)",
                            name, size / 1048576.0, maxBytes / 1048576.0));
                }
            }
            try (InputStream in = Files.newInputStream(file)) {
                return bytes(name, in, gzip);
            }
        } catch (IOException e) {
            throw new InputException(describe(name, e, gzip), e);
        }
    }

    /** The bytes of a stream, gunzipped if {@code gzip}; at most the size limit of them. */
    byte[] bytes(String name, InputStream in, boolean gzip) throws InputException {
        try {
            return limited(name, gzip ? new GZIPInputStream(in, 64 * 1024) : in, gzip);
        } catch (IOException e) {
            throw new InputException(describe(name, e, gzip), e);
        }
    }

    /** The rest of a stream, at most the size limit of it; {@code gunzipped} says it is being gunzipped (for messages). */
    byte[] limited(String name, InputStream in, boolean gunzipped) throws InputException {
        try {
            byte[] bytes = in.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new InputException(String.format("%s: too large for one article (more than %.1f MB%s, the limit)",
                        name, maxBytes / 1048576.0, gunzipped ? " uncompressed" : ""));
            }
            return bytes;
        } catch (IOException e) {
            throw new InputException(describe(name, e, gunzipped), e);
        }
    }

    /** A one-line message for an I/O error on an input. */
    static String describe(String name, IOException e, boolean gzip) {
        if (e instanceof NoSuchFileException) {
            return name + ": no such file";
        }
        if (e instanceof AccessDeniedException) {
            return name + ": cannot read (permission denied)";
        }
        if (gzip && e instanceof EOFException) {
            return name + ": truncated gzip stream";
        }
        if (gzip && e instanceof ZipException) {
            String m = String.valueOf(e.getMessage());
            return m.contains("Not in GZIP format") ? name + ": not gzip data (the name ends in .gz)"
                    : name + ": corrupt gzip data (" + oneLine(m) + ")";
        }
        return name + ": cannot read (" + oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
    }

    static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }

    /** Strict UTF-8 text: no NUL, valid UTF-8, not blank; a leading byte-order mark is dropped. */
    static String decode(String name, byte[] bytes) throws InputException {
        return decode(name, bytes, StandardCharsets.UTF_8);
    }

    /** Strict text in a charset: no NUL, no malformed bytes, not blank; a leading byte-order mark is dropped. */
    static String decode(String name, byte[] bytes, Charset charset) throws InputException {
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputException(name + ": binary data, not text (contains NUL bytes)");
            }
        }
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(name + ": not valid " + (charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name()) + " text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InputException(name + ": no text (the file is empty or holds only whitespace)");
        }
        return text;
    }
}
