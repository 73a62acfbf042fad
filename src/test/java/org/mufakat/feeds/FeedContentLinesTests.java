package org.mufakat.feeds;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Content lines as RFC 5545 §3.1 lays them out: CRLF ends, at most 75 octets, folds with CRLF and one space. */
class FeedContentLinesTests {

    @Test
    void aShortLineStaysAsItIsAndEndsInCrlf() {
        assertThat(ContentLines.refold("BEGIN:VCALENDAR\nVERSION:2.0\n")).isEqualTo("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
    }

    @Test
    void aLongLineIsFoldedIntoLinesOfAtMostSeventyFiveOctetsThatUnfoldToIt() {
        String line = "DESCRIPTION:" + "x".repeat(200);

        String folded = ContentLines.refold(line + "\r\n");

        assertThat(physicalLines(folded)).allSatisfy(l -> assertThat(octets(l)).isLessThanOrEqualTo(75));
        assertThat(physicalLines(folded).getFirst()).hasSize(75);
        assertThat(physicalLines(folded).get(1)).startsWith(" ").hasSize(75);
        assertThat(unfold(folded)).isEqualTo(line);
    }

    @Test
    void vietnameseIsMeasuredInOctetsAndNoCharacterIsCut() throws Exception {
        String line = "SUMMARY:Hội nghị Bộ trưởng Ngoại giao Cấp cao Đông Á lần thứ 14";
        assertThat(line.length()).as("short enough in characters for ical4j to leave it unfolded").isLessThanOrEqualTo(73);
        assertThat(octets(line)).isGreaterThan(75);

        String folded = ContentLines.refold(line + "\r\n");

        assertThat(physicalLines(folded)).hasSize(2);
        for (String physical : physicalLines(folded)) {
            assertThat(octets(physical)).isLessThanOrEqualTo(75);
            strictUtf8(physical.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(unfold(folded)).isEqualTo(line);
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNeverSplit() {
        String line = "SUMMARY:" + "\uD83C\uDF0F".repeat(40);

        String folded = ContentLines.refold(line);

        assertThat(physicalLines(folded)).allSatisfy(l -> {
            assertThat(octets(l)).isLessThanOrEqualTo(75);
            assertThat(l.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
        });
        assertThat(unfold(folded)).isEqualTo(line);
    }

    @Test
    void aFoldNeverSeparatesALetterFromItsCombiningMarksNorABackslashFromWhatItEscapes() {
        String decomposed = "SUMMARY:" + "Vie\u0302\u0323t Nam\\, ".repeat(20);

        String folded = ContentLines.refold(decomposed);

        for (String physical : physicalLines(folded)) {
            assertThat(octets(physical)).isLessThanOrEqualTo(75);
            String content = physical.startsWith(" ") ? physical.substring(1) : physical;
            assertThat(Character.getType(content.codePointAt(0))).isNotEqualTo((int) Character.NON_SPACING_MARK);
            assertThat(content).doesNotEndWith("\\");
        }
        assertThat(unfold(folded)).isEqualTo(decomposed);
    }

    @Test
    void linesAlreadyFoldedByCharacterCountAreUnfoldedAndFoldedAgainByOctets() {
        String ical4jOutput = "BEGIN:VEVENT\r\nSUMMARY:Hội nghị Quan chức cao cấp ASEAN+3 và Hội nghị Quan chức cao cấp\r\n"
                + "  Cấp cao Đông Á\r\nEND:VEVENT\r\n";

        String folded = ContentLines.refold(ical4jOutput);

        assertThat(physicalLines(folded)).allSatisfy(l -> assertThat(octets(l)).isLessThanOrEqualTo(75));
        assertThat(unfold(folded)).isEqualTo("BEGIN:VEVENT\r\nSUMMARY:Hội nghị Quan chức cao cấp ASEAN+3 và Hội nghị "
                + "Quan chức cao cấp Cấp cao Đông Á\r\nEND:VEVENT");
        assertThat(folded).endsWith("END:VEVENT\r\n");
    }

    private static List<String> physicalLines(String text) {
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r", "\n");
        return Arrays.asList(text.split("\r\n"));
    }

    private static String unfold(String text) {
        return text.replace("\r\n ", "").replaceAll("\r\n$", "");
    }

    private static int octets(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static void strictUtf8(byte[] bytes) throws CharacterCodingException {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
    }
}
