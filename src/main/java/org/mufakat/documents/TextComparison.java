package org.mufakat.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two versions compared paragraph by paragraph: blocks are aligned first (a block is the same when its part, kind
 * and words are, whatever its number), then each changed paragraph word by word.
 */
public record TextComparison(int from, int to, List<BlockChange> changes) {

    public enum Change {
        SAME, CHANGED, INSERTED, DELETED
    }

    /** A piece of a changed paragraph: words kept (SAME), inserted or deleted, with the spaces between them. */
    public record Segment(Change change, String text) {
    }

    /** One block of either version: both for SAME and CHANGED, only {@code before} or {@code after} otherwise. */
    public record BlockChange(Change change, TextBlock before, TextBlock after, List<Segment> words) {
    }

    private static final Pattern TOKENS = Pattern.compile("\\s+|[^\\s]+");

    public TextComparison {
        changes = List.copyOf(changes);
    }

    public static TextComparison of(int from, StructuredText before, int to, StructuredText after) {
        List<TextBlock> a = before.blocks();
        List<TextBlock> b = after.blocks();
        List<BlockChange> changes = new ArrayList<>();
        List<TextBlock> deleted = new ArrayList<>();
        List<TextBlock> inserted = new ArrayList<>();
        for (Myers.Edit edit : Myers.diff(a, b, TextBlock::sameAs)) {
            switch (edit.op()) {
                case DELETE -> deleted.add(a.get(edit.a()));
                case INSERT -> inserted.add(b.get(edit.b()));
                case EQUAL -> {
                    flush(deleted, inserted, changes);
                    changes.add(new BlockChange(Change.SAME, a.get(edit.a()), b.get(edit.b()), List.of()));
                }
            }
        }
        flush(deleted, inserted, changes);
        return new TextComparison(from, to, changes);
    }

    public boolean identical() {
        return changes.stream().allMatch(c -> c.change() == Change.SAME);
    }

    public long count(Change change) {
        return changes.stream().filter(c -> c.change() == change).count();
    }

    /** A run of removed and added blocks between unchanged ones: pairs of the same kind and part are changed paragraphs. */
    private static void flush(List<TextBlock> deleted, List<TextBlock> inserted, List<BlockChange> changes) {
        int i = 0;
        int j = 0;
        while (i < deleted.size() || j < inserted.size()) {
            TextBlock old = i < deleted.size() ? deleted.get(i) : null;
            TextBlock now = j < inserted.size() ? inserted.get(j) : null;
            if (old != null && now != null && old.kind() == now.kind() && old.part() == now.part()) {
                changes.add(new BlockChange(Change.CHANGED, old, now, words(old.text(), now.text())));
                i++;
                j++;
            } else if (old != null && (now == null || deleted.size() - i >= inserted.size() - j)) {
                changes.add(new BlockChange(Change.DELETED, old, null, List.of()));
                i++;
            } else {
                changes.add(new BlockChange(Change.INSERTED, null, now, List.of()));
                j++;
            }
        }
        deleted.clear();
        inserted.clear();
    }

    static List<Segment> words(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Segment> segments = new ArrayList<>();
        for (Myers.Edit edit : Myers.diff(a, b, String::equals)) {
            Change change = switch (edit.op()) {
                case EQUAL -> Change.SAME;
                case DELETE -> Change.DELETED;
                case INSERT -> Change.INSERTED;
            };
            String token = edit.op() == Myers.Op.INSERT ? b.get(edit.b()) : a.get(edit.a());
            if (!segments.isEmpty() && segments.getLast().change() == change) {
                segments.set(segments.size() - 1, new Segment(change, segments.getLast().text() + token));
            } else {
                segments.add(new Segment(change, token));
            }
        }
        return segments;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKENS.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
