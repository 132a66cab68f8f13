package vn.hcmc.feedback.redaction;

import vn.hcmc.feedback.system.VietnameseText;

/**
 * A text folded for matching as {@link VietnameseText#fold} folds it (lower case, diacritics removed, đ → d), remembering, for every folded
 * character, the index of the original character it came from, so that a match in the folded text maps back to a
 * range of the original.
 */
final class FoldedText {

    private final String original;
    private final String folded;
    private final int[] origin;

    private FoldedText(String original, String folded, int[] origin) {
        this.original = original;
        this.folded = folded;
        this.origin = origin;
    }

    static FoldedText of(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] origin = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char f = VietnameseText.foldChar(text.charAt(i));
            if (f != 0) {
                origin[folded.length()] = i;
                folded.append(f);
            }
        }
        int[] trimmed = new int[folded.length()];
        System.arraycopy(origin, 0, trimmed, 0, folded.length());
        return new FoldedText(text, folded.toString(), trimmed);
    }

    /** Folds a whole string (for patterns such as the reporter's name). */
    static String fold(String text) {
        return VietnameseText.fold(text);
    }

    String folded() {
        return folded;
    }

    /** Start index in the original of the folded character at {@code foldedStart}. */
    int originalStart(int foldedStart) {
        return origin[foldedStart];
    }

    /** End index (exclusive) in the original of a folded range ending at {@code foldedEnd}, with trailing marks. */
    int originalEnd(int foldedEnd) {
        int end = origin[foldedEnd - 1] + 1;
        while (end < original.length() && Character.getType(original.charAt(end)) == Character.NON_SPACING_MARK) {
            end++;
        }
        return end;
    }
}
