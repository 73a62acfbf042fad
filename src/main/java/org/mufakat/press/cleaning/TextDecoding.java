package org.mufakat.press.cleaning;

import org.mufakat.press.ReportRefused;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: UTF-8 (or UTF-16 with its byte order mark), windows-1252 when the bytes are not UTF-8; refuses
 * what is not text (NUL bytes, control characters) and what is empty.
 */
public final class TextDecoding {

    private TextDecoding() {
    }

    public static String decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ReportRefused("content", ReportRefused.EMPTY, "The report is empty");
        }
        Charset charset = StandardCharsets.UTF_8;
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        }
        if (charset == StandardCharsets.UTF_8) {
            refuseBinary(bytes, offset);
        }
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            text = decodeLenient(bytes, offset);
        }
        refuseControl(text);
        return text;
    }

    /** Not UTF-8: mostly UTF-8 with a few broken bytes is kept as such, else the bytes are read as windows-1252. */
    private static String decodeLenient(byte[] bytes, int offset) {
        CharBuffer replaced;
        try {
            replaced = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
        int bad = 0;
        for (int i = 0; i < replaced.length(); i++) {
            if (replaced.charAt(i) == '\uFFFD') {
                bad++;
            }
        }
        if (bad * 100L <= replaced.length()) {
            return replaced.toString();
        }
        return new String(bytes, offset, bytes.length - offset, Charset.forName("windows-1252"));
    }

    private static void refuseBinary(byte[] bytes, int offset) {
        int n = Math.min(bytes.length, offset + 65536);
        int control = 0;
        for (int i = offset; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new ReportRefused("content", ReportRefused.BINARY, "The report is binary data, not text or HTML");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        if (control * 100L > (n - offset)) {
            throw new ReportRefused("content", ReportRefused.BINARY, "The report is binary data, not text or HTML");
        }
    }

    private static void refuseControl(String text) {
        int n = Math.min(text.length(), 65536);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new ReportRefused("content", ReportRefused.BINARY, "The report is binary data, not text or HTML");
            }
            if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control * 100L > n) {
            throw new ReportRefused("content", ReportRefused.BINARY, "The report is binary data, not text or HTML");
        }
    }
}
