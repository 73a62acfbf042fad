package org.mufakat.press;

import org.mufakat.press.cleaning.Article;
import org.mufakat.press.cleaning.ArticleAssembler;
import org.mufakat.press.cleaning.Block;
import org.mufakat.press.cleaning.Fingerprints;
import org.mufakat.press.cleaning.HtmlPage;
import org.mufakat.press.cleaning.LanguageGuess;
import org.mufakat.press.cleaning.TextDecoding;
import org.mufakat.press.cleaning.TextNormaliser;
import org.mufakat.press.extraction.FactExtractor;
import org.mufakat.press.extraction.Facts;
import org.mufakat.press.extraction.Lexicon;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a raw news report (plain text or HTML, Vietnamese or English) into the facts it states about the meeting
 * cycle: cleans it (Unicode NFC; title, dateline, source line and article separated from the page's noise),
 * fingerprints the article, and extracts the meetings, heads of delegation, chair country and document count, each
 * with the span of its sentence in the cleaned text. Needs neither Spring nor a database; immutable and safe to
 * share between threads. Refuses ({@link ReportRefused}) what is empty, larger than {@link #MAX_BYTES}, binary, or
 * has no article; any other input gives a result in time linear in its size.
 */
public final class ReportReader {

    /** The largest report read: 5 MiB. News articles are 5-200 KB; a larger input is not a report. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final ArticleAssembler assembler;
    private final FactExtractor extractor;

    ReportReader(Lexicon lexicon) {
        this.assembler = new ArticleAssembler(lexicon);
        this.extractor = new FactExtractor(lexicon);
    }

    /** With the organisation definition and vocabulary on the class path. */
    public static ReportReader standard() {
        return new ReportReader(Lexicon.standard());
    }

    /** With another organisation definition file (YAML of the shape of organisations/asean.yaml). */
    public static ReportReader withDefinition(InputStream definitionYaml) {
        return new ReportReader(Lexicon.fromDefinition(definitionYaml));
    }

    public Extraction read(RawReport raw) {
        CleanedReport report = clean(raw);
        Facts facts = extractor.extract(report.text(), report.titleEnd(), report.published());
        return new Extraction(report, facts.meetings(), facts.heads(), facts.chairCountry(), facts.documentCount());
    }

    /** Only the cleaning: the article, its metadata and fingerprint. */
    public CleanedReport clean(RawReport raw) {
        if (raw.size() == 0) {
            throw new ReportRefused("content", ReportRefused.EMPTY, "The report is empty");
        }
        if (raw.size() > MAX_BYTES) {
            throw new ReportRefused("content", ReportRefused.TOO_LARGE, "The report has " + raw.size()
                    + " bytes; reports of at most " + MAX_BYTES + " bytes (5 MiB) are read");
        }
        byte[] bytes = raw.bytes();
        String decoded = TextDecoding.decode(bytes);
        Article article;
        String source = raw.sourceUrl();
        if (raw.mediaType() == RawReport.MediaType.HTML) {
            HtmlPage page = HtmlPage.parse(bytes, raw.sourceUrl());
            article = assembler.assemble(page.blocks, page.title, raw.published() != null ? raw.published() : page.published,
                    source != null ? source : page.canonical);
        } else {
            List<Block> blocks = new ArrayList<>();
            for (String line : TextNormaliser.lines(TextNormaliser.normalise(decoded))) {
                blocks.add(Block.text(line));
            }
            article = assembler.assemble(blocks, null, raw.published(), source);
        }
        if (article.paragraphs().isEmpty() && (article.title() == null || article.title().isBlank())) {
            throw new ReportRefused("content", ReportRefused.NO_ARTICLE, "The report has no article text");
        }
        StringBuilder text = new StringBuilder();
        int titleEnd = 0;
        if (article.title() != null && !article.title().isBlank()) {
            text.append(TextNormaliser.oneLine(article.title()));
            titleEnd = text.length();
        }
        for (String paragraph : article.paragraphs()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(paragraph);
        }
        String cleaned = text.toString();
        String body = titleEnd == 0 ? cleaned : cleaned.substring(Math.min(cleaned.length(), titleEnd + 2));
        LocalDate published = raw.published() != null ? raw.published() : article.published();
        return new CleanedReport(LanguageGuess.of(cleaned), titleEnd == 0 ? null : cleaned.substring(0, titleEnd), published,
                article.source(), cleaned, titleEnd, Fingerprints.of(body.isEmpty() ? cleaned : body));
    }
}
