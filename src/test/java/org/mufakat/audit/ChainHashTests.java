package org.mufakat.audit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The hash definition, pinned: an entry's canonical form and hash as written down in {@link ChainHash}. */
class ChainHashTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theCanonicalFormSortsMembersEscapesStringsAndWritesTheTimeToTheMicrosecond() {
        String canonical = ChainHash.canonical(7, Instant.parse("2025-01-31T09:05:00.123456Z"), "alice", "meeting.revised",
                "meeting", "m-1", fields("venue", "Old \"hall\"", "city", null), fields("venue", "New\nhall", "city", "Hà Nội"),
                "203.0.113.9", ChainHash.GENESIS);

        assertThat(canonical).isEqualTo("[\"mufakat-audit-1\",7,\"2025-01-31T09:05:00.123456Z\",\"alice\",\"meeting.revised\","
                + "\"meeting\",\"m-1\",{\"city\":null,\"venue\":\"Old \\\"hall\\\"\"},{\"city\":\"Hà Nội\",\"venue\":\"New\\nhall\"},"
                + "\"203.0.113.9\",\"" + "0".repeat(64) + "\"]");
    }

    @Test
    void theHashIsTheSha256OfTheCanonicalFormAsAnyToolComputesIt() {
        // The expected value was computed outside Java: sha256 of the canonical form above, UTF-8.
        String hash = ChainHash.of(7, Instant.parse("2025-01-31T09:05:00.123456Z"), "alice", "meeting.revised", "meeting", "m-1",
                fields("venue", "Old \"hall\"", "city", null), fields("venue", "New\nhall", "city", "Hà Nội"), "203.0.113.9",
                ChainHash.GENESIS);

        assertThat(hash).isEqualTo("4640f8fdb31d9a195e0004f205954ef03fd3afb76fbb1ba60b91a0cbb58498ee");
    }

    @Test
    void absentValuesAreNullAndAWholeSecondStillHasSixDecimals() {
        String canonical = ChainHash.canonical(1, Instant.parse("2025-01-31T09:05:00Z"), "system", "sign-in.failed", null, null,
                null, null, null, ChainHash.GENESIS);

        assertThat(canonical).startsWith("[\"mufakat-audit-1\",1,\"2025-01-31T09:05:00.000000Z\",\"system\",\"sign-in.failed\","
                + "null,null,null,null,null,");
    }

    @Test
    void controlCharactersAreEscapedAndAnyChangeChangesTheHash() {
        String canonical = ChainHash.canonical(1, Instant.EPOCH, "a\u0001b\tc", "x", null, null, null, null, null, ChainHash.GENESIS);

        assertThat(canonical).contains("\"a\\u0001b\\tc\"");
        assertThat(ChainHash.of(1, Instant.EPOCH, "alice", "x", null, null, null, null, null, ChainHash.GENESIS))
                .isNotEqualTo(ChainHash.of(1, Instant.EPOCH, "alicf", "x", null, null, null, null, null, ChainHash.GENESIS))
                .isNotEqualTo(ChainHash.of(2, Instant.EPOCH, "alice", "x", null, null, null, null, null, ChainHash.GENESIS));
    }

    @Test
    void aNumberWrittenByHandHashesDifferentlyFromTheStringTheApplicationWrote() {
        JsonNode asString = JSON.readTree("{\"ordinals\":\"5\"}");
        JsonNode asNumber = JSON.readTree("{\"ordinals\":5}");

        assertThat(ChainHash.of(1, Instant.EPOCH, "a", "x", null, null, null, asString, null, ChainHash.GENESIS))
                .isNotEqualTo(ChainHash.of(1, Instant.EPOCH, "a", "x", null, null, null, asNumber, null, ChainHash.GENESIS));
    }

    private static JsonNode fields(String name1, String value1, String name2, String value2) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(name1, value1);
        fields.put(name2, value2);
        return JSON.valueToTree(fields);
    }
}
