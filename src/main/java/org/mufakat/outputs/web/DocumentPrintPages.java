package org.mufakat.outputs.web;

import org.mufakat.documents.DocumentId;
import org.mufakat.outputs.DocumentPrinting;
import org.mufakat.outputs.DocxRenderer;
import org.mufakat.outputs.PdfRenderer;
import org.mufakat.outputs.PrintedDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A version of an outcome document as Word and PDF files; a document the reader may not read is not found. */
@Controller
class DocumentPrintPages {

    private final DocumentPrinting printing;
    private final DocxRenderer docx;
    private final PdfRenderer pdf;

    DocumentPrintPages(DocumentPrinting printing, DocxRenderer docx, PdfRenderer pdf) {
        this.printing = printing;
        this.docx = docx;
        this.pdf = pdf;
    }

    @GetMapping("/documents/{id}/versions/{number}.docx")
    ResponseEntity<byte[]> word(@PathVariable DocumentId id, @PathVariable int number, Locale locale) {
        PrintedDocument document = printing.version(id, number);
        return file(docx.render(document, locale), DocxRenderer.MEDIA_TYPE, document, "docx");
    }

    @GetMapping("/documents/{id}/versions/{number}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable DocumentId id, @PathVariable int number, Locale locale) {
        PrintedDocument document = printing.version(id, number);
        return file(pdf.render(document, locale), PdfRenderer.MEDIA_TYPE, document, "pdf");
    }

    /** "ASEAN-2024-DECL-3-v2.pdf": the symbol with its slashes made safe for file names, and the version. */
    private static ResponseEntity<byte[]> file(byte[] bytes, String mediaType, PrintedDocument document, String extension) {
        String name = document.symbol().replaceAll("[^A-Za-z0-9.-]+", "-") + "-v" + document.version() + "." + extension;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
