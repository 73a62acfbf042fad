package org.mufakat.outputs;

import org.mufakat.documents.Classification;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.mufakat.outputs.OutcomeList.Outcome;
import org.mufakat.outputs.PrintedDocument.Annex;
import org.mufakat.outputs.PrintedDocument.Block;
import org.mufakat.outputs.PrintedDocument.Heading;
import org.mufakat.outputs.PrintedDocument.Paragraph;
import org.mufakat.outputs.PrintedDocument.Part;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

/**
 * Writes documents and outcome lists as Word files (Apache POI): the classification marking in every page's header,
 * headings as Word headings (so the navigation pane shows them), paragraph numbers as printed text with a hanging
 * indent rather than Word's automatic numbering, which would renumber the text the moment someone edits it.
 */
@Component
public class DocxRenderer {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final MessageSource messages;

    public DocxRenderer(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(PrintedDocument document, Locale locale) {
        PrintLabels labels = new PrintLabels(messages, locale);
        try (XWPFDocument docx = new XWPFDocument()) {
            defineStyles(docx);
            docx.getProperties().getCoreProperties().setTitle(document.title().en());
            docx.getProperties().getCoreProperties().setIdentifier(document.symbol());
            String marking = labels.marking(document.classification());
            headerAndFooter(docx, marking.toUpperCase(labels.locale()), document.symbol());

            XWPFParagraph top = docx.createParagraph();
            top.setAlignment(ParagraphAlignment.RIGHT);
            run(top, document.symbol(), false).setBold(true);
            if (document.classification() == Classification.RESTRICTED) {
                XWPFParagraph restricted = docx.createParagraph();
                restricted.setAlignment(ParagraphAlignment.RIGHT);
                run(restricted, marking.toUpperCase(labels.locale()), false).setBold(true);
            }

            XWPFParagraph title = docx.createParagraph();
            title.setStyle("Title");
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, document.title().en(), false);
            if (document.title().vi() != null) {
                XWPFParagraph vietnamese = docx.createParagraph();
                vietnamese.setStyle("Subtitle");
                vietnamese.setAlignment(ParagraphAlignment.CENTER);
                run(vietnamese, document.title().vi(), true);
            }
            XWPFParagraph facts = docx.createParagraph();
            facts.setAlignment(ParagraphAlignment.CENTER);
            run(facts, PrintLabels.joined(labels.in(document.kind()), labels.in(document.framework()),
                    labels.text("outputs.version", document.version()), labels.day(document.date())), false).setItalic(true);

            for (Part part : document.parts()) {
                blocks(docx, part.blocks());
            }
            for (Annex annex : document.annexes()) {
                XWPFParagraph heading = docx.createParagraph();
                heading.setStyle("Heading1");
                heading.setPageBreak(true);
                run(heading, labels.text("outputs.annex", annex.label())
                        + (annex.title() == null ? "" : ": " + labels.in(annex.title())), labels.vietnamese());
                blocks(docx, annex.blocks());
            }
            return bytes(docx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] render(OutcomeList list, Locale locale) {
        PrintLabels labels = new PrintLabels(messages, locale);
        try (XWPFDocument docx = new XWPFDocument()) {
            defineStyles(docx);
            docx.getProperties().getCoreProperties().setTitle(labels.text("outputs.outcomes.title") + ": " + list.meetingTitle().en());
            XWPFParagraph heading = docx.createParagraph();
            heading.setStyle("Title");
            run(heading, labels.text("outputs.outcomes.title"), labels.vietnamese());
            XWPFParagraph meeting = docx.createParagraph();
            meeting.setStyle("Heading1");
            run(meeting, labels.in(list.meetingTitle()), labels.vietnamese());
            XWPFParagraph when = docx.createParagraph();
            run(when, labels.range(list.startDate(), list.endDate()) + (list.place() == null ? "" : ", " + labels.in(list.place())),
                    labels.vietnamese());
            if (list.outcomes().isEmpty()) {
                run(docx.createParagraph(), labels.text("outputs.outcomes.none"), labels.vietnamese()).setItalic(true);
                return bytes(docx);
            }
            XWPFTable table = docx.createTable(list.outcomes().size() + 1, 6);
            table.setWidth("100%");
            cells(table.getRow(0), labels.vietnamese(), true, labels.text("outputs.column.symbol"), labels.text("outputs.column.kind"),
                    labels.text("outputs.column.title"), labels.text("outputs.column.decision"), labels.text("outputs.column.version"),
                    labels.text("outputs.column.date"));
            for (int i = 0; i < list.outcomes().size(); i++) {
                Outcome outcome = list.outcomes().get(i);
                cells(table.getRow(i + 1), labels.vietnamese(), false, outcome.symbol(), labels.in(outcome.kind()), labels.in(outcome.title()),
                        labels.decision(outcome.decision()), String.valueOf(outcome.version()), labels.day(outcome.decidedOn()));
            }
            return bytes(docx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void blocks(XWPFDocument docx, List<Block> blocks) {
        for (Block block : blocks) {
            XWPFParagraph paragraph = docx.createParagraph();
            switch (block) {
                case Heading heading -> {
                    paragraph.setStyle("Heading2");
                    run(paragraph, heading.text(), false);
                }
                case Paragraph numbered when numbered.number() != null -> {
                    paragraph.setIndentationLeft(720);
                    paragraph.setIndentationHanging(720);
                    paragraph.setSpacingAfter(120);
                    XWPFRun run = run(paragraph, numbered.number() + ".", false);
                    run.addTab();
                    run.setText(numbered.text());
                }
                case Paragraph plain -> {
                    paragraph.setSpacingAfter(120);
                    paragraph.setFirstLineIndent(720);
                    run(paragraph, plain.text(), false);
                }
            }
        }
    }

    private static void headerAndFooter(XWPFDocument docx, String marking, String symbol) {
        XWPFParagraph header = docx.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        header.setAlignment(ParagraphAlignment.CENTER);
        run(header, marking, false).setBold(true);
        XWPFParagraph footer = docx.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setAlignment(ParagraphAlignment.CENTER);
        run(footer, symbol + " · " + marking, false);
    }

    private static void cells(XWPFTableRow row, boolean vietnamese, boolean bold, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().getFirst();
            run(paragraph, texts[i], vietnamese).setBold(bold);
        }
        if (bold) {
            row.setRepeatHeader(true);
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, boolean vietnamese) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        if (vietnamese) {
            run.setLang("vi-VN");
        }
        return run;
    }

    private static void defineStyles(XWPFDocument docx) {
        XWPFStyles styles = docx.createStyles();
        style(styles, "Title", "Title", 36, 0);
        style(styles, "Subtitle", "Subtitle", 28, -1);
        style(styles, "Heading1", "heading 1", 28, 0);
        style(styles, "Heading2", "heading 2", 24, 1);
    }

    /** @param halfPoints the font size in half points, as Word counts; {@code outline} -1 for none */
    private static void style(XWPFStyles styles, String id, String name, int halfPoints, int outline) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        var paragraph = style.addNewPPr();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
        if (outline >= 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        var run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(style));
    }

    private static byte[] bytes(XWPFDocument docx) throws IOException {
        var out = new ByteArrayOutputStream();
        docx.write(out);
        return out.toByteArray();
    }
}
