package org.mufakat.audit;

import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The hash that chains audit entries: lowercase hex SHA-256 of the UTF-8 bytes of the entry's canonical form,
 * a JSON array without whitespace of, in this order,
 * <pre>
 * ["mufakat-audit-1", seq, recorded_at, actor, action, subject_type, subject_id, before, after, client_address, previous_hash]
 * </pre>
 * where {@code seq} is a JSON integer; {@code recorded_at} is UTC with exactly six decimals
 * ({@code "2025-01-31T09:05:00.123456Z"}, microseconds, as PostgreSQL keeps them); absent values are
 * {@code null}; {@code before} and {@code after} are JSON objects with their members sorted by name (UTF-16 code
 * units, as RFC 8785) and written the same way, recursively. Strings escape {@code "} and {@code \} with a
 * backslash, U+0008, U+0009, U+000A, U+000C, U+000D as {@code \b \t \n \f \r}, other characters below U+0020 as
 * {@code \}{@code u00xx} (lowercase hex), and keep every other character as it is. The first entry's previous hash
 * is 64 zeros.
 */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);
    static final String FORMAT = "mufakat-audit-1";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private ChainHash() {
    }

    static String of(long seq, Instant recordedAt, String actor, String action, String subjectType, String subjectId,
                     JsonNode before, JsonNode after, String clientAddress, String previousHash) {
        return sha256(canonical(seq, recordedAt, actor, action, subjectType, subjectId, before, after, clientAddress, previousHash));
    }

    static String canonical(long seq, Instant recordedAt, String actor, String action, String subjectType, String subjectId,
                            JsonNode before, JsonNode after, String clientAddress, String previousHash) {
        StringBuilder out = new StringBuilder(256);
        out.append('[');
        string(out, FORMAT);
        out.append(',').append(seq).append(',');
        string(out, TIME.format(recordedAt));
        out.append(',');
        string(out, actor);
        out.append(',');
        string(out, action);
        out.append(',');
        string(out, subjectType);
        out.append(',');
        string(out, subjectId);
        out.append(',');
        json(out, before);
        out.append(',');
        json(out, after);
        out.append(',');
        string(out, clientAddress);
        out.append(',');
        string(out, previousHash);
        return out.append(']').toString();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Any JSON value, so that whatever is found in a row (even written by hand) has one canonical form. */
    private static void json(StringBuilder out, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
            members.sort(Map.Entry.comparingByKey());
            out.append('{');
            for (int i = 0; i < members.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(out, members.get(i).getKey());
                out.append(':');
                json(out, members.get(i).getValue());
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            int i = 0;
            for (JsonNode element : node.values()) {
                if (i++ > 0) {
                    out.append(',');
                }
                json(out, element);
            }
            out.append(']');
        } else if (node.isString()) {
            string(out, node.stringValue());
        } else {
            // Numbers and booleans: never written by the application, but possible in a row changed by hand.
            out.append(node);
        }
    }

    private static void string(StringBuilder out, String text) {
        if (text == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
