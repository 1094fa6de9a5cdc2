package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream line by line as raw bytes, holding at most {@code maxBytes} of a line: a longer line is
 * streamed past (to its newline) without being kept, and reported as too long. Lines end at {@code \n};
 * a {@code \r} before it and a UTF-8 byte-order mark at the start of the stream are dropped.
 */
final class LineReader {

    /**
     * One line.
     *
     * @param number 1-based
     * @param bytes  its bytes, without the line end; null if it was longer than the limit
     * @param length its length in bytes
     */
    record Line(long number, byte[] bytes, long length) {

        boolean tooLong() {
            return bytes == null;
        }

        /** Holds only JSON whitespace (or nothing). */
        boolean blank() {
            if (bytes == null) {
                return false;
            }
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int end;
    private boolean eof;
    private long number;

    LineReader(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(1, maxBytes));
    }

    /** The number of the last line returned (or being read when an error came). */
    long lineNumber() {
        return number;
    }

    /** The next line; null at the end of the stream. */
    Line next() throws IOException {
        if (eof && pos >= end) {
            return null;
        }
        number++;
        byte[] line = new byte[Math.min(256, maxBytes + 1)];
        int n = 0;
        long length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos >= end) {
                if (!fill()) {
                    if (!any) {
                        number--;
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int nl = -1;
            for (int i = pos; i < end; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int stop = nl < 0 ? end : nl;
            int chunk = stop - pos;
            length += chunk;
            if (!tooLong) {
                if (n + (long) chunk > maxBytes + 1L) {
                    tooLong = true;
                    line = null;
                } else {
                    if (n + chunk > line.length) {
                        line = Arrays.copyOf(line, (int) Math.min(maxBytes + 1L, Math.max(n + (long) chunk, 2L * line.length)));
                    }
                    System.arraycopy(buf, pos, line, n, chunk);
                    n += chunk;
                }
            }
            pos = stop;
            if (nl >= 0) {
                pos++;
                break;
            }
        }
        if (!tooLong) {
            if (n > 0 && line[n - 1] == '\r') {
                n--;
                length--;
            }
            int from = 0;
            if (number == 1 && n >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB && line[2] == (byte) 0xBF) {
                from = 3;
            }
            if (n - from > maxBytes) {
                return new Line(number, null, length);
            }
            return new Line(number, Arrays.copyOfRange(line, from, n), length);
        }
        return new Line(number, null, length);
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int r = in.read(buf, 0, buf.length);
        while (r == 0) {
            r = in.read(buf, 0, buf.length);
        }
        if (r < 0) {
            eof = true;
            pos = 0;
            end = 0;
            return false;
        }
        pos = 0;
        end = r;
        return true;
    }
}
