package org.mufakat.documents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The shortest edit script between two sequences (E. Myers, "An O(ND) difference algorithm", 1986): time and memory
 * grow with the number of differences, not with the square of the length, so two long, similar texts compare fast.
 */
final class Myers {

    enum Op {
        EQUAL, DELETE, INSERT
    }

    /** One step of the script: an element of {@code a} kept or deleted, or one of {@code b} inserted (-1: none). */
    record Edit(Op op, int a, int b) {
    }

    private Myers() {
    }

    static <T> List<Edit> diff(List<T> a, List<T> b, BiPredicate<T, T> same) {
        int n = a.size();
        int m = b.size();
        int prefix = 0;
        while (prefix < n && prefix < m && same.test(a.get(prefix), b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && same.test(a.get(n - 1 - suffix), b.get(m - 1 - suffix))) {
            suffix++;
        }
        List<Edit> edits = new ArrayList<>(n + m);
        for (int i = 0; i < prefix; i++) {
            edits.add(new Edit(Op.EQUAL, i, i));
        }
        middle(a.subList(prefix, n - suffix), b.subList(prefix, m - suffix), same, prefix, edits);
        for (int i = suffix; i > 0; i--) {
            edits.add(new Edit(Op.EQUAL, n - i, m - i));
        }
        return edits;
    }

    private static <T> void middle(List<T> a, List<T> b, BiPredicate<T, T> same, int offset, List<Edit> edits) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        if (max == 0) {
            return;
        }
        int shift = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        found:
        for (int d = 0; d <= max; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[k - 1 + shift] < v[k + 1 + shift])) ? v[k + 1 + shift] : v[k - 1 + shift] + 1;
                int y = x - k;
                while (x < n && y < m && same.test(a.get(x), b.get(y))) {
                    x++;
                    y++;
                }
                v[k + shift] = x;
                if (x >= n && y >= m) {
                    break found;
                }
            }
        }
        List<Edit> backwards = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d >= 0; d--) {
            int[] before = trace.get(d);
            int k = x - y;
            int previousK = (k == -d || (k != d && before[k - 1 + shift] < before[k + 1 + shift])) ? k + 1 : k - 1;
            int previousX = before[previousK + shift];
            int previousY = previousX - previousK;
            while (x > previousX && y > previousY) {
                backwards.add(new Edit(Op.EQUAL, offset + x - 1, offset + y - 1));
                x--;
                y--;
            }
            if (d > 0) {
                if (x == previousX) {
                    backwards.add(new Edit(Op.INSERT, -1, offset + y - 1));
                } else {
                    backwards.add(new Edit(Op.DELETE, offset + x - 1, -1));
                }
            }
            x = previousX;
            y = previousY;
        }
        Collections.reverse(backwards);
        edits.addAll(backwards);
    }
}
