package org.mufakat.documents;

import org.junit.jupiter.api.Test;
import org.mufakat.documents.TextBlock.Kind;
import org.mufakat.documents.TextBlock.Part;
import org.mufakat.platform.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StructuredTextTests {

    static final String DECLARATION = """
            # Vientiane Declaration
            
            We, the Heads of State,
            recalling the Charter;
            
            Reaffirming our commitment.
            
            ---
            
            Agree to enhance connectivity.
            
            # Resilience
            
            Task our Ministers.
            
            ## Annex I: Action lines
            
            Digital trade.
            
            Food security.""";

    @Test
    void numbersOperativeParagraphsAndLabelsEveryPart() {
        StructuredText text = StructuredText.parse(DECLARATION);

        assertThat(text.paragraphs()).extracting(TextBlock::label)
                .containsExactly("PP1", "PP2", "OP1", "OP2", "A1.1", "A1.2");
        assertThat(text.operative()).filteredOn(TextBlock::isParagraph).extracting(TextBlock::number).containsExactly(1, 2);
        assertThat(text.preamble().getFirst()).isEqualTo(new TextBlock(Part.PREAMBLE, 0, Kind.HEADING, null, 0, "Vientiane Declaration"));
        assertThat(text.paragraph("pp1").orElseThrow().text()).isEqualTo("We, the Heads of State,\nrecalling the Charter;");
        assertThat(text.annexes()).hasSize(1);
        assertThat(text.annexes().getFirst().getFirst().text()).isEqualTo("Annex I: Action lines");
    }

    @Test
    void theMarkupOfAParsedTextIsWhatWasTyped() {
        StructuredText text = StructuredText.parse(DECLARATION);

        assertThat(text.markup()).isEqualTo(DECLARATION);
        assertThat(StructuredText.parse(text.markup())).isEqualTo(text);
    }

    @Test
    void untidyTypingComesBackTidyAndStable() {
        StructuredText text = StructuredText.parse("  First.  \r\n\r\n\r\n\r\nSecond\r\n continued.\n\n\n");

        assertThat(text.markup()).isEqualTo("First.\n\nSecond\ncontinued.");
        assertThat(text.paragraphs()).extracting(TextBlock::label).containsExactly("OP1", "OP2");
        assertThat(StructuredText.parse(text.markup()).markup()).isEqualTo(text.markup());
    }

    @Test
    void aSeparatorWithNothingAfterItIsKept() {
        StructuredText text = StructuredText.parse("Recalling.\n\n---");

        assertThat(text.markup()).isEqualTo("Recalling.\n\n---");
        assertThat(text.paragraphs()).extracting(TextBlock::label).containsExactly("PP1");
    }

    @Test
    void refusesASecondSeparatorOrOneInsideAnAnnex() {
        assertThatThrownBy(() -> StructuredText.parse("A\n\n---\n\nB\n\n---\n\nC")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> StructuredText.parse("A\n\n## Annex\n\nB\n\n---")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void anAmendmentReplacesDeletesOrInsertsAndRenumbers() {
        StructuredText text = StructuredText.parse("Recalling.\n\n---\n\nFirst.\n\nSecond.\n\nThird.");
        TextBlock second = text.paragraph("OP2").orElseThrow();

        assertThat(text.amended(second, AmendmentOperation.REPLACE, "Second, better.").markup())
                .isEqualTo("Recalling.\n\n---\n\nFirst.\n\nSecond, better.\n\nThird.");
        assertThat(text.amended(second, AmendmentOperation.DELETE, null).paragraph("OP2").orElseThrow().text()).isEqualTo("Third.");
        assertThat(text.amended(second, AmendmentOperation.INSERT_AFTER, "New.").paragraph("OP3").orElseThrow().text()).isEqualTo("New.");
    }

    @Test
    void findsAnAmendedParagraphAfterRenumberingByItsWords() {
        StructuredText text = StructuredText.parse("Zero.\n\nFirst.\n\nSecond.");

        assertThat(text.locate("OP1", "First.").orElseThrow().label()).isEqualTo("OP2");
        assertThat(text.locate("OP2", "Gone.")).isEmpty();
    }
}
