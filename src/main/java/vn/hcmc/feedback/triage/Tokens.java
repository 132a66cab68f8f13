package vn.hcmc.feedback.triage;

import java.util.ArrayList;
import java.util.List;
import vn.hcmc.feedback.system.VietnameseText;

/**
 * A report's text cut into words, each both as written (lower case, diacritics kept) and folded (no diacritics),
 * after the keyword file's abbreviations ("ko" → "không") and typo corrections. {@link #part} says where a word comes
 * from (title, body, attachment): a match in the title counts more than one in a long attached PDF.
 */
final class Tokens {

    static final byte TITLE = 0;
    static final byte BODY = 1;
    static final byte ATTACHMENT = 2;

    final String[] raw;
    final String[] folded;
    final byte[] part;
    final int size;

    private Tokens(List<String> raw, List<String> folded, List<Byte> part) {
        this.size = raw.size();
        this.raw = raw.toArray(String[]::new);
        this.folded = folded.toArray(String[]::new);
        this.part = new byte[size];
        for (int i = 0; i < size; i++) {
            this.part[i] = part.get(i);
        }
    }

    /** True when the word was typed with diacritics (then a strict keyword compares the diacritics too). */
    boolean hasDiacritics(int i) {
        return !raw[i].equals(folded[i]);
    }

    static Tokens of(TriageKeywords lexicon, String title, String body, String attachment) {
        Builder builder = new Builder(lexicon);
        builder.add(title, TITLE);
        builder.add(body, BODY);
        builder.add(attachment, ATTACHMENT);
        return builder.build();
    }

    private static final class Builder {
        private final TriageKeywords lexicon;
        private final List<String> raw = new ArrayList<>();
        private final List<String> folded = new ArrayList<>();
        private final List<Byte> part = new ArrayList<>();

        Builder(TriageKeywords lexicon) {
            this.lexicon = lexicon;
        }

        void add(String text, byte where) {
            if (text == null || text.isEmpty()) {
                return;
            }
            if (!raw.isEmpty()) {
                // A boundary that no phrase can cross: "title end" + "body start" must not make a phrase.
                push("", "", where);
            }
            String lower = VietnameseText.lower(text);
            int start = -1;
            for (int i = 0; i <= lower.length(); i++) {
                boolean word = i < lower.length() && isWordChar(lower.charAt(i));
                if (word && start < 0) {
                    start = i;
                } else if (!word && start >= 0) {
                    word(lower.substring(start, i), where);
                    start = -1;
                }
            }
        }

        private static boolean isWordChar(char c) {
            return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
        }

        private void word(String token, byte where) {
            String f = VietnameseText.fold(token);
            String[] expansion = lexicon.abbreviation(f);
            if (expansion != null) {
                for (String e : expansion) {
                    push(e, e, where);
                }
                return;
            }
            if (mixesDigitsAndLetters(f) && token.length() == f.length()) {
                // "30cm", "2h", "4g": numbers and units as separate words.
                int s = 0;
                for (int i = 1; i <= f.length(); i++) {
                    if (i == f.length() || Character.isDigit(f.charAt(i)) != Character.isDigit(f.charAt(i - 1))) {
                        String piece = f.substring(s, i);
                        String[] pieceExpansion = lexicon.abbreviation(piece);
                        if (pieceExpansion != null) {
                            for (String e : pieceExpansion) {
                                push(e, e, where);
                            }
                        } else {
                            push(piece, piece, where);
                        }
                        s = i;
                    }
                }
                return;
            }
            String corrected = lexicon.correction(f);
            if (corrected != null) {
                push(corrected, corrected, where);
            } else {
                push(token, f, where);
            }
        }

        private static boolean mixesDigitsAndLetters(String s) {
            boolean digit = false;
            boolean letter = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                digit |= Character.isDigit(c);
                letter |= Character.isLetter(c);
            }
            return digit && letter;
        }

        private void push(String r, String f, byte where) {
            raw.add(r);
            folded.add(f);
            part.add(where);
        }

        Tokens build() {
            return new Tokens(raw, folded, part);
        }
    }
}
