package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads plain-text articles from files or streams, strictly: the bytes must be UTF-8, contain no NUL
 * (binary files), hold some text and stay under a size limit.
 */
public final class ArticleReader {

    /** The default size limit of one article, in bytes. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    private final long maxBytes;

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads a text file as one article. */
    public Article read(Path file) throws InputException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InputException(name + ": is a directory");
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(name, size);
            }
            return Article.ofText(decode(name, Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file");
        } catch (IOException e) {
            throw new InputException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads a whole stream (stdin) as one article. */
    public Article read(String name, InputStream in) throws InputException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InputException(String.format("%s: too large for one article (more than %.1f MB, the limit)",
                        name, maxBytes / 1048576.0));
            }
            return Article.ofText(decode(name, bytes));
        } catch (IOException e) {
            throw new InputException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private InputException tooLarge(String name, long size) {
        return new InputException(String.format("%s: too large for one article (%.1f MB, the limit is %.1f MB)",
                name, size / 1048576.0, maxBytes / 1048576.0));
    }

    static String decode(String name, byte[] bytes) throws InputException {
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputException(name + ": binary data, not text (contains NUL bytes)");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(name + ": not valid UTF-8 text");
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
