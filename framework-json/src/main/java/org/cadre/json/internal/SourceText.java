package org.cadre.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Severity;

/**
 * Reads a document's bytes within the size limit and decodes them as strict UTF-8. A UTF-8 byte-order
 * mark is skipped; anything else that is not UTF-8 is an issue with the line and column of the first bad
 * byte.
 */
public final class SourceText {

    private SourceText() {
    }

    /** The decoded text, or the one issue that stopped decoding. */
    public record Decoded(Optional<String> text, Optional<Issue> issue) {
    }

    /**
     * Reads at most {@code maxBytes + 1} bytes, so that an oversized stream is never held in full.
     *
     * @throws IOException if the stream cannot be read
     */
    public static Decoded read(InputStream in, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) maxBytes + 1);
        if (bytes.length > maxBytes) {
            return failure(Codes.INPUT_TOO_LARGE, 1, 1, String.format(Locale.ROOT,
                    "the document is larger than the limit of %,d bytes; split it or raise the limit", maxBytes));
        }
        return decode(bytes, maxBytes);
    }

    /** Decodes bytes already in memory. */
    public static Decoded decode(byte[] bytes, long maxBytes) {
        if (bytes.length > maxBytes) {
            return failure(Codes.INPUT_TOO_LARGE, 1, 1, String.format(Locale.ROOT,
                    "the document is %,d bytes, more than the limit of %,d bytes; split it or raise the limit",
                    bytes.length, maxBytes));
        }
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE))) {
            return failure(Codes.INPUT_ENCODING, 1, 1, "the document is UTF-16 (it starts with a UTF-16 byte-order"
                    + " mark); Cadre reads UTF-8 only, so save the file as UTF-8");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            out.flip();
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.length(); i++) {
                if (out.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return failure(Codes.INPUT_ENCODING, line, column, String.format(Locale.ROOT,
                    "the document is not valid UTF-8: byte 0x%02X at offset %d (line %d, column %d) does not"
                            + " belong to a UTF-8 character; save the file as UTF-8", bytes[bad] & 0xFF, bad, line,
                    column));
        }
        out.flip();
        String text = out.toString();
        if (text.isBlank()) {
            return failure(Codes.INPUT_EMPTY, 1, 1, "the document is empty; a Cadre document is a JSON object"
                    + " that starts with \"kind\" and \"formatVersion\"");
        }
        return new Decoded(Optional.of(text), Optional.empty());
    }

    private static Decoded failure(String code, int line, int column, String message) {
        return new Decoded(Optional.empty(), Optional.of(new Issue(code, Severity.ERROR, "", line, column, message)));
    }
}
