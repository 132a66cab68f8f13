package vn.hcmc.feedback.triage;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Screens a report before it is routed: empty or gibberish text, link farms and spam phrases make it suspected spam;
 * complaints ("khiếu nại") and denunciations ("tố cáo"), which follow their own legal procedures, are recognised so
 * that a person hands them over with guidance. A term preceded by a negation or hedge ("không", "chưa", "nếu ... sẽ",
 * "bị") is incidental and does not count. The phrases and thresholds are in {@code triage-keywords.yaml}.
 */
@Service
public class ContentScreening {

    public static final String EMPTY = "empty";
    public static final String GIBBERISH = "gibberish";
    public static final String LINKS = "links";
    public static final String SPAM_PHRASE = "spam-phrase";
    public static final String COMPLAINT = "complaint";
    public static final String DENUNCIATION = "denunciation";

    private static final Pattern LINK = Pattern.compile(
            "(?i)(?:https?://|www\\.)[^\\s]+|\\b[a-z0-9][a-z0-9-]*\\.(?:com|net|org|vn|info|xyz|top|io|me|ly|co|biz"
                    + "|club|online|site|shop|link|click|live|bet|vip|asia)\\b(?:/[^\\s]*)?");
    /** One folded Vietnamese syllable: onset, vowels, coda. */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?");
    private static final Pattern VOWEL = Pattern.compile("[aeiouy]");
    private static final Pattern NOT_WORDLIKE = Pattern.compile("[^aeiouy0-9]{5,}|(.)\\1\\1");

    private final TriageKeywords keywords;

    public ContentScreening(TriageKeywords keywords) {
        this.keywords = keywords;
    }

    public Screening screen(TriageInput input) {
        String title = input.title() == null ? "" : input.title();
        String description = input.description() == null ? "" : input.description();
        if (!hasLetters(description) && !hasLetters(title)) {
            return new Screening(true, false, EMPTY);
        }
        Tokens tokens = Tokens.of(keywords, title, description, null);
        TriageKeywords.Screening rules = keywords.settings().screening();
        String spamReason = null;
        int links = countLinks(title + "\n" + description);
        double spamScore = spamScore(tokens);
        if (links >= rules.maxLinks()) {
            spamReason = LINKS;
        } else if (spamScore >= rules.spamThreshold() || (links > 0 && spamScore >= rules.spamThreshold() / 2)) {
            spamReason = SPAM_PHRASE;
        } else if (gibberish(tokens)) {
            spamReason = GIBBERISH;
        }
        String legal = null;
        if (recognised(tokens, keywords.denunciation())) {
            legal = DENUNCIATION;
        } else if (recognised(tokens, keywords.complaint())) {
            legal = COMPLAINT;
        }
        return new Screening(spamReason != null, legal != null, spamReason != null ? spamReason : legal);
    }

    private static boolean hasLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static int countLinks(String text) {
        Matcher m = LINK.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private double spamScore(Tokens tokens) {
        boolean[] seen = new boolean[keywords.spam().size()];
        double[] sum = {0};
        keywords.spam().match(tokens, (phrase, start) -> {
            if (!seen[phrase.id()]) {
                seen[phrase.id()] = true;
                sum[0] += phrase.weight();
            }
        });
        return sum[0];
    }

    /**
     * Gibberish: fewer than half of the words look like a Vietnamese syllable or a pronounceable word, or the words
     * are nearly all the same.
     */
    static boolean gibberish(Tokens tokens) {
        int words = 0;
        int wordlike = 0;
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (int i = 0; i < tokens.size; i++) {
            String w = tokens.folded[i];
            if (w.isEmpty() || Character.isDigit(w.charAt(0))) {
                continue;
            }
            words++;
            distinct.add(w);
            if (wordlike(w)) {
                wordlike++;
            }
        }
        if (words == 0) {
            return true;
        }
        if (words >= 4 && distinct.size() * 4 < words) {
            return true;
        }
        return wordlike * 2 < words;
    }

    static boolean wordlike(String folded) {
        if (SYLLABLE.matcher(folded).matches()) {
            return true;
        }
        if (folded.length() > 15 || !VOWEL.matcher(folded).find()) {
            return folded.length() == 1;
        }
        return !NOT_WORDLIKE.matcher(folded).find();
    }

    /** A complaint or denunciation term that is not preceded by an incidental word (negation, hedge). */
    private boolean recognised(Tokens tokens, PhraseSet terms) {
        int window = Math.max(0, keywords.settings().screening().incidentalWindow());
        boolean[] found = {false};
        terms.match(tokens, (phrase, start) -> {
            for (int j = Math.max(0, start - window); j < start; j++) {
                if (keywords.isIncidentalBefore(tokens.folded[j])) {
                    return;
                }
            }
            found[0] = true;
        });
        return found[0];
    }
}
