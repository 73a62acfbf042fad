package org.mufakat.outputs;

import org.mufakat.documents.Classification;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.mufakat.outputs.OutcomeList.Outcome;
import org.mufakat.outputs.PrintedDocument.Annex;
import org.mufakat.outputs.PrintedDocument.Block;
import org.mufakat.outputs.PrintedDocument.Heading;
import org.mufakat.outputs.PrintedDocument.Paragraph;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints documents and outcome lists as PDF: an XHTML template (templates/outputs/print) filled by a template engine of
 * its own in XML mode, laid out by openhtmltopdf. The DejaVu Sans font is embedded (subset), since the PDF base fonts
 * have no Vietnamese letters; the classification marking runs in every page's header.
 */
@Component
public class PdfRenderer {

    public static final String MEDIA_TYPE = "application/pdf";
    private static final String FONT = "DejaVu Sans";

    private final MessageSource messages;
    private final TemplateEngine templates;

    public PdfRenderer(MessageSource messages) {
        this.messages = messages;
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/outputs/print/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        this.templates = engine;
    }

    public byte[] render(PrintedDocument document, Locale locale) {
        PrintLabels labels = new PrintLabels(messages, locale);
        Context context = new Context(labels.locale());
        context.setVariable("lang", labels.locale().getLanguage());
        context.setVariable("doc", document);
        String marking = labels.marking(document.classification()).toUpperCase(labels.locale());
        context.setVariable("marking", marking);
        context.setVariable("restricted", document.classification() == Classification.RESTRICTED);
        context.setVariable("facts", PrintLabels.joined(labels.in(document.kind()), labels.in(document.framework()),
                labels.text("outputs.version", document.version()), labels.day(document.date())));
        List<List<Map<String, String>>> parts = document.parts().stream().map(part -> lines(part.blocks())).toList();
        context.setVariable("parts", parts);
        List<Map<String, Object>> annexes = new ArrayList<>();
        for (Annex annex : document.annexes()) {
            annexes.add(Map.of("heading", labels.text("outputs.annex", annex.label())
                    + (annex.title() == null ? "" : ": " + labels.in(annex.title())), "lines", lines(annex.blocks())));
        }
        context.setVariable("annexes", annexes);
        return pdf(templates.process("document", context), document.title().en());
    }

    public byte[] render(OutcomeList list, Locale locale) {
        PrintLabels labels = new PrintLabels(messages, locale);
        Context context = new Context(labels.locale());
        context.setVariable("lang", labels.locale().getLanguage());
        context.setVariable("heading", labels.text("outputs.outcomes.title"));
        context.setVariable("meeting", labels.in(list.meetingTitle()));
        context.setVariable("when", labels.range(list.startDate(), list.endDate()) + (list.place() == null ? "" : ", " + labels.in(list.place())));
        context.setVariable("none", labels.text("outputs.outcomes.none"));
        context.setVariable("columns", List.of(labels.text("outputs.column.symbol"), labels.text("outputs.column.kind"),
                labels.text("outputs.column.title"), labels.text("outputs.column.decision"), labels.text("outputs.column.version"),
                labels.text("outputs.column.date")));
        List<List<String>> rows = new ArrayList<>();
        for (Outcome outcome : list.outcomes()) {
            rows.add(List.of(outcome.symbol(), labels.in(outcome.kind()), labels.in(outcome.title()), labels.decision(outcome.decision()),
                    String.valueOf(outcome.version()), labels.day(outcome.decidedOn())));
        }
        context.setVariable("rows", rows);
        return pdf(templates.process("outcomes", context), list.meetingTitle().en());
    }

    private static List<Map<String, String>> lines(List<Block> blocks) {
        List<Map<String, String>> lines = new ArrayList<>();
        for (Block block : blocks) {
            Map<String, String> line = new LinkedHashMap<>();
            switch (block) {
                case Heading heading -> {
                    line.put("kind", "heading");
                    line.put("text", heading.text());
                }
                case Paragraph paragraph -> {
                    line.put("kind", paragraph.number() == null ? "plain" : "numbered");
                    line.put("number", paragraph.number() == null ? "" : paragraph.number() + ".");
                    line.put("text", paragraph.text());
                }
            }
            lines.add(line);
        }
        return lines;
    }

    private byte[] pdf(String xhtml, String title) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.withProducer("Mufakat");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot print " + title, e);
        }
        return out.toByteArray();
    }

    private static java.io.InputStream font(String file) {
        return PdfRenderer.class.getResourceAsStream("/fonts/" + file);
    }
}
