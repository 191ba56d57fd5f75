package org.cadre.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Severity;

/**
 * Reads a JSON Lines stream one line at a time, holding at most one line (of at most {@code maxLineBytes}
 * bytes) and a fixed buffer: a longer line is skipped to its end without being kept. Lines end at a line
 * feed; a carriage return before it is dropped, and so is a UTF-8 byte-order mark at the start of the
 * stream. Each line is decoded as strict UTF-8 on its own, so a line with bad bytes is reported and the
 * next one read as usual. Not thread-safe; does not close the stream.
 */
public final class JsonLines {

    private static final int CHUNK = 64 * 1024;
    /** The longest line whose character buffer is kept for the next line; a longer one gets its own. */
    private static final int KEPT_CHARS = 64 * 1024;

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] chunk = new byte[CHUNK];
    private int position;
    private int limit;
    private boolean ended;
    private byte[] line = new byte[256];
    private int lineNumber;
    /** Reused for every line: a strict UTF-8 decoder and the characters of the last line. */
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private CharBuffer chars = CharBuffer.allocate(256);

    /** A reader of the stream, with lines of at most {@code maxLineBytes} bytes. */
    public JsonLines(InputStream in, long maxLineBytes) {
        this.in = Objects.requireNonNull(in, "in");
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * One line: its 1-based number and either its text (without the line end) or the issue that stopped it
     * from being read (too long, or not UTF-8), placed at the line.
     */
    public record Line(int number, Optional<String> text, Optional<Issue> issue) {
    }

    /**
     * The next line, or empty at the end of the stream.
     *
     * @throws IOException if the stream cannot be read
     */
    public Optional<Line> next() throws IOException {
        int length = 0;
        long bytes = 0;
        boolean sawAny = false;
        while (true) {
            if (position == limit) {
                if (ended || !fill()) {
                    if (!sawAny) {
                        return Optional.empty();
                    }
                    break;
                }
            }
            sawAny = true;
            int newline = indexOf(chunk, position, limit);
            int end = newline < 0 ? limit : newline;
            int count = end - position;
            if (bytes + count <= maxLineBytes + 1) {
                ensure(length + count);
                System.arraycopy(chunk, position, line, length, count);
                length += count;
            }
            bytes += count;
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        lineNumber++;
        if (length > 0 && line[length - 1] == '\r' && bytes <= maxLineBytes + 1) {
            length--;
            bytes--;
        }
        if (bytes > maxLineBytes) {
            return Optional.of(new Line(lineNumber, Optional.empty(), Optional.of(new Issue(Codes.INPUT_TOO_LARGE,
                    Severity.ERROR, "", lineNumber, 1, String.format(Locale.ROOT, "line %,d is larger than the limit"
                    + " of %,d bytes for one line; it was skipped", lineNumber, maxLineBytes)))));
        }
        int start = 0;
        if (lineNumber == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                && (line[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        return Optional.of(decode(start, length));
    }

    private Line decode(int start, int length) {
        decoder.reset();
        ByteBuffer bytes = ByteBuffer.wrap(line, start, length - start);
        CharBuffer chars = this.chars;
        if (chars.capacity() < length - start + 1) {
            chars = CharBuffer.allocate(length - start + 1);
            if (chars.capacity() <= KEPT_CHARS) {
                this.chars = chars;
            }
        }
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            int bad = bytes.position();
            int column = chars.position() + 1;
            return new Line(lineNumber, Optional.empty(), Optional.of(new Issue(Codes.INPUT_ENCODING, Severity.ERROR,
                    "", lineNumber, column, String.format(Locale.ROOT, "line %,d is not valid UTF-8: byte 0x%02X at"
                    + " column %d does not belong to a UTF-8 character; save the file as UTF-8", lineNumber,
                    line[bad] & 0xFF, column))));
        }
        chars.flip();
        return new Line(lineNumber, Optional.of(chars.toString()), Optional.empty());
    }

    private boolean fill() throws IOException {
        int read = in.read(chunk, 0, CHUNK);
        if (read < 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private void ensure(int capacity) {
        if (capacity > line.length) {
            int doubled = (int) Math.min(Integer.MAX_VALUE - 16L, line.length * 2L);
            line = Arrays.copyOf(line, Math.max(capacity, doubled));
        }
    }

    private static int indexOf(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
