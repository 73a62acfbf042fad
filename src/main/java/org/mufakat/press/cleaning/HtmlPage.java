package org.mufakat.press.cleaning;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An HTML page read with jsoup into metadata (title, publication date, canonical address) and the blocks of its
 * main content. The content is found by scoring, not by any site's markup: every paragraph-like element with
 * enough text gives its parent a score for its length and commas, and half of it to the grandparent; the element
 * scoring best after discounting its share of link text is the article, with the siblings scoring near it.
 * Scripts, forms, navigation, asides, footers and elements whose class or id names a widget (share, comment,
 * related, menu, banner...) are dropped first. Every walk over the tree is iterative; the parser caps nesting.
 */
public final class HtmlPage {

    private static final int MAX_DEPTH = 256;
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "tr", "td",
            "th", "blockquote", "section", "article", "header", "ul", "ol", "table", "pre", "hr", "dd", "dt", "dl", "figure",
            "main", "address", "center", "caption", "figcaption", "body", "tbody", "thead");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "li", "div", "dd");
    private static final Set<String> WIDGET_WORDS = Set.of("ad", "ads", "advert", "advertisement", "banner", "breadcrumb",
            "breadcrumbs", "comment", "comments", "cookie", "footer", "menu", "nav", "navbar", "newsletter", "popup", "related",
            "share", "sharing", "sidebar", "social", "subscribe", "tags", "rating", "widget", "relate", "tinlienquan", "morenews");

    public final String title;
    public final LocalDate published;
    public final String canonical;
    public final List<Block> blocks;

    private HtmlPage(String title, LocalDate published, String canonical, List<Block> blocks) {
        this.title = title;
        this.published = published;
        this.canonical = canonical;
        this.blocks = blocks;
    }

    public static HtmlPage parse(byte[] html, String baseUri) {
        Document document;
        try {
            Parser parser = Parser.htmlParser();
            parser.setMaxDepth(MAX_DEPTH);
            document = Jsoup.parse(new ByteArrayInputStream(html), null, baseUri == null ? "" : baseUri, parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String title = title(document);
        LocalDate published = published(document);
        String canonical = attribute(document, "link[rel=canonical]", "href");
        if (canonical == null) {
            canonical = attribute(document, "meta[property=og:url]", "content");
        }
        document.select("script, style, noscript, template, svg, canvas, iframe, form, button, input, select, textarea, nav, aside,"
                + " footer, figcaption, object, embed, video, audio, map, [hidden], [aria-hidden=true]").remove();
        List<Element> widgets = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            if (widget(element)) {
                widgets.add(element);
            }
        }
        widgets.forEach(Element::remove);
        Element body = document.body() == null ? document : document.body();
        List<Element> content = content(body);
        List<Block> blocks = new ArrayList<>();
        for (Element element : content) {
            blocks.addAll(blocks(element));
        }
        return new HtmlPage(title, published, canonical, blocks);
    }

    private static boolean widget(Element element) {
        if (element.tagName().equals("body") || element.tagName().equals("html") || element.tagName().equals("article")
                || element.tagName().equals("main")) {
            return false;
        }
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        int start = 0;
        for (int i = 0; i <= names.length(); i++) {
            if (i == names.length() || !Character.isLetterOrDigit(names.charAt(i))) {
                if (i > start && WIDGET_WORDS.contains(names.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static String title(Document document) {
        String og = attribute(document, "meta[property=og:title]", "content");
        if (og != null) {
            return og;
        }
        Element h1 = document.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return TextNormaliser.oneLine(h1.text());
        }
        String title = document.title();
        if (title.isBlank()) {
            return null;
        }
        // "Article title - Site name" / "Article title | Site"
        String best = title;
        for (String separator : List.of(" | ", " - ", " – ", " — ")) {
            int at = title.lastIndexOf(separator);
            if (at > 10) {
                best = title.substring(0, at);
                break;
            }
        }
        return TextNormaliser.oneLine(best);
    }

    private static LocalDate published(Document document) {
        for (String query : List.of("meta[property=article:published_time]", "meta[property=og:published_time]",
                "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]",
                "meta[name=dc.date]", "meta[name=DC.date.issued]", "meta[name=date]")) {
            LocalDate date = isoDate(attribute(document, query, "content"));
            if (date != null) {
                return date;
            }
        }
        Element time = document.selectFirst("time[datetime]");
        if (time != null) {
            LocalDate date = isoDate(time.attr("datetime"));
            if (date != null) {
                return date;
            }
        }
        for (Element script : document.select("script[type=application/ld+json]")) {
            String json = script.data();
            int at = json.indexOf("\"datePublished\"");
            if (at >= 0) {
                int quote = json.indexOf('"', json.indexOf(':', at) + 1);
                if (quote > 0 && quote + 11 <= json.length()) {
                    LocalDate date = isoDate(json.substring(quote + 1, Math.min(json.length(), quote + 40)));
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        return null;
    }

    private static LocalDate isoDate(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip().substring(0, 10));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return null;
        }
    }

    private static String attribute(Document document, String query, String attribute) {
        Element element = document.selectFirst(query);
        if (element == null) {
            return null;
        }
        String value = element.attr(attribute).strip();
        return value.isEmpty() ? null : value;
    }

    /** Text length, link text length and commas of every element, in one walk; then the best-scoring container. */
    private static List<Element> content(Element body) {
        Map<Element, int[]> stats = new IdentityHashMap<>(); // text, link text, commas, own text
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode text && text.parent() instanceof Element parent) {
                    int[] s = stats.computeIfAbsent(parent, e -> new int[4]);
                    String value = text.text();
                    int length = value.strip().length();
                    s[0] += length;
                    s[3] += length;
                    for (int i = 0; i < value.length(); i++) {
                        if (value.charAt(i) == ',') {
                            s[2]++;
                        }
                    }
                } else if (node instanceof Element element) {
                    int[] s = stats.computeIfAbsent(element, e -> new int[4]);
                    if (element.tagName().equals("a")) {
                        s[1] = s[0];
                    }
                    if (element.parent() != null) {
                        int[] p = stats.computeIfAbsent(element.parent(), e -> new int[4]);
                        p[0] += s[0];
                        p[1] += s[1];
                        p[2] += s[2];
                    }
                }
            }
        }, body);
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Map.Entry<Element, int[]> entry : stats.entrySet()) {
            Element element = entry.getKey();
            int[] s = entry.getValue();
            String tag = element.tagName();
            int length = tag.equals("div") ? s[3] : s[0];
            if (!PARAGRAPHS.contains(tag) || length < 25) {
                continue;
            }
            double score = 1 + s[2] + Math.min(length / 100.0, 3);
            Element parent = element.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grandparent = parent.parent();
                if (grandparent != null) {
                    scores.merge(grandparent, score / 2, Double::sum);
                }
            }
            if (tag.equals("div")) {
                scores.merge(element, score, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            int[] s = stats.get(entry.getKey());
            double linkDensity = s == null || s[0] == 0 ? 0 : (double) s[1] / s[0];
            double score = entry.getValue() * (1 - linkDensity);
            entry.setValue(score);
            if (score > bestScore) {
                bestScore = score;
                best = entry.getKey();
            }
        }
        if (best == null) {
            return List.of(body);
        }
        List<Element> content = new ArrayList<>();
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        double threshold = Math.max(10, bestScore * 0.2);
        for (Element sibling : parent.children()) {
            Double score = scores.get(sibling);
            if (sibling == best || (score != null && score >= threshold)) {
                content.add(sibling);
            } else if (sibling.tagName().equals("p") && stats.containsKey(sibling) && stats.get(sibling)[0] >= 80) {
                content.add(sibling);
            }
        }
        return content;
    }

    /** The element's text cut into blocks at block-level tags, with each block's share of link text. */
    private static List<Block> blocks(Element root) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int[] linkChars = {0};
        int[] inLink = {0};
        boolean[] heading = {false};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String value = text.getWholeText();
                    if (inLink[0] > 0) {
                        linkChars[0] += value.strip().length();
                    }
                    current.append(value);
                } else if (node instanceof Element element) {
                    String tag = element.tagName();
                    if (tag.equals("a")) {
                        inLink[0]++;
                    }
                    if (BLOCK_TAGS.contains(tag)) {
                        flush(blocks, current, linkChars, heading[0]);
                        heading[0] = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.tagName();
                    if (tag.equals("a")) {
                        inLink[0] = Math.max(0, inLink[0] - 1);
                    }
                    if (BLOCK_TAGS.contains(tag)) {
                        flush(blocks, current, linkChars, heading[0]);
                        heading[0] = false;
                    }
                }
            }
        }, root);
        flush(blocks, current, linkChars, heading[0]);
        return blocks;
    }

    private static void flush(List<Block> blocks, StringBuilder current, int[] linkChars, boolean heading) {
        if (current.isEmpty()) {
            return;
        }
        String text = TextNormaliser.oneLine(current.toString());
        current.setLength(0);
        int links = linkChars[0];
        linkChars[0] = 0;
        if (text.isEmpty()) {
            return;
        }
        blocks.add(new Block(text, Math.min(1.0, (double) links / text.length()), heading ? Block.Kind.HEADING : Block.Kind.TEXT));
    }
}
