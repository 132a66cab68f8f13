package vn.hcmc.feedback.redaction;

import java.text.Normalizer;

/**
 * A text as the redaction reads it: every character in its compatibility form (NFKC: full-width digits and letters
 * become ASCII, "０９０３" reads "0903") and no format characters (zero-width spaces, joiners, word joiners, soft
 * hyphens), which would otherwise hide a phone number or an address from the rules. It remembers, for every
 * character, the range of the original it came from, so that what is found maps back to the original text, which
 * alone is published (with the found ranges replaced).
 */
final class NormalizedText {

    private final String text;
    private final int[] start;
    private final int[] end;

    private NormalizedText(String text, int[] start, int[] end) {
        this.text = text;
        this.start = start;
        this.end = end;
    }

    static NormalizedText of(String original) {
        StringBuilder text = new StringBuilder(original.length());
        int[] start = new int[original.length() * 2 + 1];
        int[] end = new int[original.length() * 2 + 1];
        for (int i = 0; i < original.length(); ) {
            int codePoint = original.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (Character.getType(codePoint) != Character.FORMAT) {
                String form = Character.getType(codePoint) == Character.NON_SPACING_MARK
                        ? new String(Character.toChars(codePoint))
                        : Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
                for (int k = 0; k < form.length(); k++) {
                    if (text.length() == start.length) {
                        start = java.util.Arrays.copyOf(start, start.length * 2);
                        end = java.util.Arrays.copyOf(end, end.length * 2);
                    }
                    start[text.length()] = i;
                    end[text.length()] = next;
                    text.append(form.charAt(k));
                }
            }
            i = next;
        }
        return new NormalizedText(text.toString(), start, end);
    }

    String text() {
        return text;
    }

    /** The original index where the normalized character at {@code index} begins. */
    int originalStart(int index) {
        return start[index];
    }

    /** The original end (exclusive) of a normalized range ending (exclusive) at {@code index}. */
    int originalEnd(int index) {
        return end[index - 1];
    }
}
