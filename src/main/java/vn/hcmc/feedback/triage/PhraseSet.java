package vn.hcmc.feedback.triage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hcmc.feedback.system.VietnameseText;

/**
 * Keyword phrases of the keyword file, indexed by their first folded word, matched word by word against
 * {@link Tokens}. Plain phrases compare folded words. A phrase written with a leading {@code =} respects diacritics:
 * a word typed with diacritics must have exactly these ("=cây đổ" matches "cây đổ" and "cay do", not "cây dơ"). A
 * phrase written with {@code ==} is exact: words typed without diacritics never match ("==chó" matches "chó", not
 * "cho").
 */
final class PhraseSet {

    /** One keyword: its words folded, its words as written when strict (else null), its weight and group. */
    record Phrase(int id, String text, String[] folded, String[] strict, boolean exact, double weight,
                  String group) {
    }

    interface Hit {
        void found(Phrase phrase, int start);
    }

    private final List<Phrase> phrases = new ArrayList<>();
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

    /** Adds a phrase; answers null when it has no words (the caller reports the file line). */
    Phrase add(String text, double weight, String group, java.util.function.Function<String, String[]> abbreviations) {
        String written = text.strip();
        boolean exact = written.startsWith("==");
        boolean strict = written.startsWith("=");
        if (strict) {
            written = written.substring(exact ? 2 : 1).strip();
        }
        List<String> raw = new ArrayList<>();
        List<String> foldedWords = new ArrayList<>();
        for (String w : words(VietnameseText.lower(written))) {
            String f = VietnameseText.fold(w);
            String[] expansion = strict ? null : abbreviations.apply(f);
            if (expansion == null) {
                raw.add(w);
                foldedWords.add(f);
            } else {
                for (String e : expansion) {
                    raw.add(e);
                    foldedWords.add(e);
                }
            }
        }
        if (raw.isEmpty()) {
            return null;
        }
        String[] folded = foldedWords.toArray(String[]::new);
        Phrase phrase = new Phrase(phrases.size(), text.strip(), folded, strict ? raw.toArray(String[]::new) : null,
                exact, weight, group);
        phrases.add(phrase);
        byFirstWord.computeIfAbsent(folded[0], k -> new ArrayList<>()).add(phrase);
        return phrase;
    }

    List<Phrase> phrases() {
        return phrases;
    }

    int size() {
        return phrases.size();
    }

    void match(Tokens tokens, Hit hit) {
        for (int i = 0; i < tokens.size; i++) {
            List<Phrase> candidates = byFirstWord.get(tokens.folded[i]);
            if (candidates == null) {
                continue;
            }
            for (Phrase p : candidates) {
                if (matchesAt(p, tokens, i)) {
                    hit.found(p, i);
                }
            }
        }
    }

    private static boolean matchesAt(Phrase p, Tokens tokens, int start) {
        int n = p.folded().length;
        if (start + n > tokens.size) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            int j = start + k;
            if (!tokens.folded[j].equals(p.folded()[k])) {
                return false;
            }
            if (p.strict() != null && !tokens.raw[j].equals(p.strict()[k])
                    && (p.exact() || tokens.hasDiacritics(j))) {
                return false;
            }
        }
        return true;
    }

    /** Words of a keyword, split like the report text is split. */
    static List<String> words(String lower) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean word = i < lower.length() && (Character.isLetterOrDigit(lower.charAt(i))
                    || Character.getType(lower.charAt(i)) == Character.NON_SPACING_MARK);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
        }
        return words;
    }
}
