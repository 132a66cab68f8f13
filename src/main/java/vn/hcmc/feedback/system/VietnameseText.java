package vn.hcmc.feedback.system;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folding of Vietnamese text for matching only (the text itself is always kept as written): lower case, tone and
 * vowel marks removed, {@code đ} to {@code d}. "Phường Bến Thành", "PHUONG BEN THANH" and "phuong ben thanh" fold to
 * the same string.
 */
public final class VietnameseText {

    /** Folded form of every char below U+2000 (Latin, Latin Extended, Vietnamese); 0 = a mark to drop. */
    private static final char[] FOLD = new char[0x2000];

    static {
        for (char c = 0; c < FOLD.length; c++) {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                FOLD[c] = 0;
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            FOLD[c] = decomposed.charAt(0);
        }
        FOLD['đ'] = 'd';
        FOLD['Đ'] = 'D';
    }

    private VietnameseText() {
    }

    /** Lower case without diacritics; every other character is kept. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (isAscii(lower)) {
            return lower;
        }
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c < FOLD.length) {
                char f = FOLD[c];
                if (f != 0) {
                    out.append(f);
                }
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One character folded as {@link #fold} folds it, or 0 when it is a mark that folding drops. */
    public static char foldChar(char c) {
        char lower = Character.toLowerCase(c);
        if (lower < FOLD.length) {
            return FOLD[lower];
        }
        return Character.getType(lower) == Character.NON_SPACING_MARK ? 0 : lower;
    }

    /** Lower case in composed form (NFC), diacritics kept: the form compared when a match must respect them. */
    public static String lower(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return isAscii(lower) ? lower : Normalizer.normalize(lower, Normalizer.Form.NFC);
    }

    /**
     * Lower case with diacritics, where the tone mark of each word is moved to the word's end: "Hoà" and "Hòa",
     * "Thuỷ" and "Thủy" (the new and the traditional placement) give the same string, "Hòa" and "Hoa" do not. For
     * comparing names when the writer typed diacritics; the text itself is never changed.
     */
    public static String toneKey(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        char tone = 0;
        for (int i = 0; i <= decomposed.length(); i++) {
            char c = i < decomposed.length() ? decomposed.charAt(i) : ' ';
            if (isTone(c)) {
                tone = c;
            } else if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                out.append(c);
            } else {
                if (tone != 0) {
                    out.append(tone);
                    tone = 0;
                }
                if (i < decomposed.length()) {
                    out.append(c);
                }
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** The five Vietnamese tone marks as combining characters (grave, acute, tilde, hook above, dot below). */
    private static boolean isTone(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
