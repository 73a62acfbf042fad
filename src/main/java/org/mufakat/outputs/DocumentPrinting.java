package org.mufakat.outputs;

import org.mufakat.documents.DocumentId;
import org.mufakat.documents.DocumentRecords;
import org.mufakat.documents.DocumentView;
import org.mufakat.documents.TextBlock;
import org.mufakat.documents.VersionView;
import org.mufakat.organisation.Organisation;
import org.mufakat.outputs.PrintedDocument.Annex;
import org.mufakat.outputs.PrintedDocument.Block;
import org.mufakat.outputs.PrintedDocument.Heading;
import org.mufakat.outputs.PrintedDocument.Paragraph;
import org.mufakat.outputs.PrintedDocument.Part;
import org.mufakat.outputs.PrintedDocument.PartKind;
import org.mufakat.platform.domain.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A version of an outcome document as it is printed, read through the documents API: a document the reader may not
 * read is not found, so a restricted text never reaches a file for someone outside its table.
 */
@Service
public class DocumentPrinting {

    private final DocumentRecords documents;
    private final DocumentLabels labels;
    private final Organisation organisation;

    DocumentPrinting(DocumentRecords documents, DocumentLabels labels, Organisation organisation) {
        this.documents = documents;
        this.labels = labels;
        this.organisation = organisation;
    }

    @Transactional(readOnly = true)
    public PrintedDocument version(DocumentId id, int number) {
        DocumentView document = documents.get(id);
        VersionView version = documents.getVersion(id, number);
        List<Part> parts = new ArrayList<>();
        List<Block> preamble = blocks(version.text().preamble());
        if (!preamble.isEmpty()) {
            parts.add(new Part(PartKind.PREAMBLE, preamble));
        }
        List<Block> operative = blocks(version.text().operative());
        if (!operative.isEmpty()) {
            parts.add(new Part(PartKind.OPERATIVE, operative));
        }
        List<Annex> annexes = new ArrayList<>();
        for (List<TextBlock> annex : version.text().annexes()) {
            TextBlock title = annex.getFirst();
            annexes.add(new Annex(String.valueOf(title.annex()), LocalizedText.english(title.text()), blocks(annex.subList(1, annex.size()))));
        }
        LocalDate date = version.savedAt().atZone(organisation.info().timeZone()).toLocalDate();
        return new PrintedDocument(document.symbol(), document.classification(), document.title(),
                labels.kind(document.kind()), labels.framework(document.framework()), parts, annexes, version.number(), date);
    }

    /** Preambular paragraphs go unnumbered, as they are printed; operative and annex paragraphs carry their number. */
    private static List<Block> blocks(List<TextBlock> text) {
        List<Block> blocks = new ArrayList<>();
        for (TextBlock block : text) {
            switch (block.kind()) {
                case HEADING -> blocks.add(new Heading(block.text()));
                case PARAGRAPH -> blocks.add(new Paragraph(block.part() == TextBlock.Part.PREAMBLE ? null : String.valueOf(block.number()),
                        block.text()));
                case ANNEX_TITLE -> {
                }
            }
        }
        return blocks;
    }
}
