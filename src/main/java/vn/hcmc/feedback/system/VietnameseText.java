package vn.hcmc.feedback.system;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folding of Vietnamese text for matching only (the text itself is always kept as written): lower case, tone and
 * vowel marks removed, {@code đ} to {@code d}. "Phường Bến Thành", "PHUONG BEN THANH" and "phuong ben thanh" fold to
 * the same string.
 */
public final class VietnameseText {

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
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'đ' ? 'd' : c);
        }
        return out.toString();
    }

    /** Lower case in composed form (NFC), diacritics kept: the form compared when a match must respect them. */
    public static String lower(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return isAscii(lower) ? lower : Normalizer.normalize(lower, Normalizer.Form.NFC);
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
