package vn.hcmc.feedback.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Removes personal data from text before it is published (Law 91/2025/QH15, Decree 356/2025/NĐ-CP): phone numbers,
 * e-mail addresses, 9- and 12-digit ID numbers (CMND/CCCD) and passport numbers, licence plates, the reporter's own name, and exact house
 * numbers (generalised to the street). Every replacement is recorded as a {@link Span} of the original text.
 *
 * <p>How it works: each rule proposes candidate spans; dates, times, money amounts, measurements and report tracking
 * codes are protected ranges that no numeric rule may touch; candidates are then accepted by rule priority (e-mail,
 * licence plate, phone, ID number, name, house number) and position, never overlapping. Numbers are read as runs of
 * digit groups joined by a single space, dot or dash (so "090 123 4567", "090.123.4567", "+84 90 123 4567" and
 * "(028) 3822 1234" are one number), and a run is split into as many numbers as it holds, so several numbers in a row
 * are all found. Names are matched on folded text (case and diacritics ignored).
 *
 * <p>Pure Java, no state: safe on any number of nodes and threads.
 */
@Service
public class RedactionService {

    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String ID_NUMBER = "id-number";
    public static final String LICENCE_PLATE = "licence-plate";
    public static final String REPORTER_NAME = "reporter-name";
    public static final String HOUSE_NUMBER = "house-number";
    public static final String SOCIAL_ACCOUNT_RULE = "social-account";
    public static final String APARTMENT_NUMBER = "apartment-number";
    public static final String PERSON_NAME = "person-name";

    public static final String PHONE_TOKEN = "[số điện thoại]";
    public static final String EMAIL_TOKEN = "[email]";
    public static final String ID_TOKEN = "[số giấy tờ]";
    public static final String PLATE_TOKEN = "[biển số xe]";
    public static final String NAME_TOKEN = "[tên người phản ánh]";
    public static final String SOCIAL_TOKEN = "[tài khoản mạng xã hội]";
    public static final String APARTMENT_TOKEN = "[số căn hộ]";
    public static final String PERSON_TOKEN = "[tên]";

    private static final Pattern HONORIFIC_NAME = Pattern.compile(
            "(?:(?<=^|[.!?:;]\\s{0,3})(?:Chị|Anh|Ông|Bà)|(?<![\\p{L}])(?:chị|anh|ông|bà))\\s+"
                    + "(\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*){0,3})(?![\\p{L}\\p{M}])");
    /** Words that follow an honorific as a role or a kinship, not as a name (folded). */
    private static final Set<String> NOT_A_NAME = Set.of("chu", "to", "truong", "pho", "giam", "bi", "can", "cong",
            "canh", "bao", "bac", "thay", "co", "ban", "tong", "chanh", "dai", "doi", "trung", "thuong", "ky", "luat",
            "uy", "hoi", "ong", "ba", "anh", "chi", "ubnd", "ub", "ria", "hai", "tu", "nam", "sau", "bay", "tam", "chin",
            "muoi", "ut", "ca", "xom");

    private static final Pattern EMAIL_PATTERN = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+\\-])[\\p{L}\\p{N}._%+\\-]{1,64}@[\\p{L}\\p{N}\\-]{1,63}(?:\\.[\\p{L}\\p{N}\\-]{1,63}){0,8}\\.\\p{L}{2,24}");

    /** Plates as printed: upper-case series letters, any of the usual separators ("51F-123.45", "51A12345"). */
    private static final Pattern PLATE_STRICT = Pattern.compile(
            "(?<![\\p{L}\\p{N}.\\-])\\d{2}[ \\-]?(?:[A-Z]{1,2}|MĐ)\\d?[ .\\-]?(?:\\d{3}[. ]\\d{2}|\\d{4,5})"
                    + "(?![\\p{L}\\p{N}]|[.,]\\d)");
    /** Plates typed in lower case: only with the unmistakable "-" after the series or the "123.45" number. */
    private static final Pattern PLATE_TYPED = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}.\\-])\\d{2}[ \\-]?(?:[a-z]{1,2}|mđ)\\d?(?:[ ]?-[ ]?(?:\\d{3}\\.\\d{2}|\\d{4,5})"
                    + "|[ .\\-]?\\d{3}\\.\\d{2})(?![\\p{L}\\p{N}]|[.,]\\d)");

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern PHONE_DIGITS = Pattern.compile(
            "0[35789]\\d{8}|02\\d{9}|01\\d{9}|84[35789]\\d{8}|842\\d{9}|840[35789]\\d{8}|8402\\d{9}");
    private static final Pattern THOUSANDS = Pattern.compile("[1-9]\\d{0,2}(?:\\.\\d{3}){1,8}");
    /** Passport numbers (one letter, 7 or 8 digits), only after the words "hộ chiếu" or "passport". */
    private static final Pattern PASSPORT = Pattern.compile(
            "(?iu)(?:hộ chiếu|ho chieu|passport)[^\\n\\p{N}]{0,20}?(?<![\\p{L}\\p{N}])([A-Z]\\d{7,8})(?![\\p{L}\\p{N}])");
    /** An office's published line, not a person's: kept when one of these words directly precedes the number. */
    private static final Pattern OFFICE_LINE_BEFORE = Pattern.compile(
            "(hotline|tong dai|duong day nong|tiep dan|tiep cong dan)\\s*:?\\s*$");
    private static final Pattern SOCIAL_ACCOUNT = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N}.])(?:https?://)?(?:www\\.|m\\.)?(?:facebook\\.com|fb\\.com|zalo\\.me|tiktok\\.com"
                    + "|instagram\\.com|youtube\\.com|x\\.com|twitter\\.com)/@?[\\p{L}\\p{N}._\\-]{2,64}");
    private static final Pattern ID_KEYWORD = Pattern.compile(
            "(cmnd|cccd|can cuoc|chung minh|dinh danh|ho chieu|giay to)[^\\n]{0,25}$");

    private static final List<Pattern> PROTECTED = List.of(
            // report tracking codes (PA-26-7K3F9Q)
            Pattern.compile("(?i)(?<![\\p{L}\\p{N}])[A-Z]{2,3}-\\d{2}-[A-Z0-9]{4,10}(?![\\p{L}\\p{N}])"),
            // dates
            Pattern.compile("(?<![\\p{N}])\\d{1,2}([/.\\-])\\d{1,2}\\1(?:19|20)\\d{2}(?![\\p{N}])"),
            Pattern.compile("(?<![\\p{N}])(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}(?![\\p{N}])"),
            Pattern.compile("(?iu)(?:ngày|ngay|hôm|hom)\\s+\\d{1,2}[/.\\-]\\d{1,2}(?:[/.\\-]\\d{2,4})?(?![\\p{N}])"),
            // times
            Pattern.compile("(?<![\\p{N}])\\d{1,2}(?::\\d{2}){1,2}(?![\\p{N}])"),
            Pattern.compile("(?iu)(?<![\\p{N}])\\d{1,2}\\s?(?:h|giờ|gio)(?:\\s?\\d{2})?(?:\\s?(?:phút|phut))?(?![\\p{L}\\p{N}])"),
            // money
            // (amounts and measurements never start with 0, phone numbers and CCCD always do: "0901234567 k nghe")
            Pattern.compile("(?iu)(?<![\\p{N}])(?:0|[1-9]\\d*)(?:[.,]\\d+){0,8}\\s?(?:đồng|dong|vnđ|vnd|đ|usd|triệu|trieu|tỷ|ty|nghìn|nghin"
                    + "|ngàn|ngan|k)(?![\\p{L}])(?!\\s+(?:ý|y)(?![\\p{L}]))"),
            Pattern.compile("\\$\\s?\\d[\\d.,]*"),
            // measurements
            Pattern.compile("(?<![\\p{N}])(?:0|[1-9]\\d*)(?:[.,]\\d+)?\\s?(?:mm|cm|km|m2|m²|m3|m³|m|ha|kg|tấn|tan|lít|lit|l|%)"
                    + "(?![\\p{L}\\p{N}])"));

    private static final Pattern HOUSE = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}/.,\\-])(?:(nhà số|nha so|số nhà|so nha|số|so|sn)\\.?\\s+)?"
                    + "(\\d{1,5}[a-z]?(?:/\\d{1,5}[a-z]?){0,4}(?:-\\d{1,5}[a-z]?)?)\\s+");
    /** "căn hộ 12.05", "căn A-1203", "can ho so 5": the flat identifies a household. */
    private static final Pattern APARTMENT = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:căn hộ|can ho|căn)\\s+(?:số\\s+|so\\s+)?"
                    + "([A-Z]{0,2}[.\\-]?\\d{1,4}(?:[.\\-/]\\d{1,4})?[A-Z]?)(?![\\p{L}\\p{N}])");
    private static final Pattern STREET_KEYWORD = Pattern.compile(
            "(?iu)(?:đường|duong|đ\\.|phố|pho|hẻm|hem|ngõ|ngo|ngách|ngach|kiệt|kiet|quốc lộ|quoc lo|tỉnh lộ|tinh lo"
                    + "|đại lộ|dai lo)(?![\\p{L}])");
    private static final Pattern CAPITALISED_WORDS = Pattern.compile("(\\p{Lu}\\p{L}*)(?:\\s+(\\p{Lu}\\p{L}*))?");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s*$");
    /** Words that follow a number without it being a house number ("12 Phường", "300 Hộ dân"). */
    private static final Set<String> NOT_A_STREET = Set.of("phuong", "quan", "xa", "thang", "to", "khu", "ap", "lau",
            "tang", "phong", "gio", "ngay", "nam", "nguoi", "ho", "can", "lo", "tp", "thanh", "tuan", "dot", "lan");
    /** Words before a number that make it something else than a house number ("hẻm 12", "năm 2025"). */
    private static final Set<String> NOT_AFTER = Set.of("hem", "ngo", "ngach", "kiet", "duong", "phuong", "quan", "to",
            "ap", "lau", "tang", "phong", "nam", "ngay", "thang", "luc", "tu", "den", "khoang", "co", "gom", "hon",
            "tren", "duoi", "ql", "tl", "pho", "lo", "khu", "xa", "tuyen", "so", "hotline", "dai");

    /** Words before a house number typed without capitals: "ở", "tại", "nhà", "địa chỉ". */
    private static final Set<String> ADDRESS_CUES = Set.of("o", "tai", "nha", "chi", "dc", "dchi");

    private static final String TITLES = "anh|chi|ong|ba|co|chu|em|bac|di|cau|mr\\.?|mrs\\.?|ms\\.?";

    public Redaction redact(String original, String reporterName) {
        if (original == null || original.isEmpty()) {
            return new Redaction(original == null ? "" : original, List.of(), List.of());
        }
        // the rules read the normalized text; the original, with what they found replaced, is published
        NormalizedText normalized = NormalizedText.of(original);
        String text = normalized.text();
        List<int[]> protectedRanges = protectedRanges(text);
        List<Candidate> candidates = new ArrayList<>();
        emails(text, candidates);
        socialAccounts(text, candidates);
        plates(text, candidates);
        numbers(text, candidates);
        passports(text, candidates);
        names(text, reporterName, candidates);
        thirdPartyNames(text, candidates);
        houseNumbers(text, candidates);
        apartments(text, candidates);

        candidates.sort(Comparator.comparingInt(Candidate::priority).thenComparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt(Candidate::length).reversed()));
        List<Candidate> accepted = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean blocked = c.numeric() && protectedRanges.stream().anyMatch(r -> overlaps(c, r[0], r[1]));
            if (!blocked && c.end() > c.start() && accepted.stream().noneMatch(a -> overlaps(c, a.start(), a.end()))) {
                accepted.add(c);
            }
        }
        accepted.sort(Comparator.comparingInt(Candidate::start));
        StringBuilder out = new StringBuilder(original.length());
        List<Span> spans = new ArrayList<>(accepted.size());
        List<Span> highlights = new ArrayList<>(accepted.size());
        int at = 0;
        for (Candidate c : accepted) {
            int start = normalized.originalStart(c.start());
            int end = normalized.originalEnd(c.end());
            out.append(original, at, start);
            int from = out.length();
            out.append(c.replacement());
            spans.add(new Span(c.rule(), start, end));
            highlights.add(new Span(c.rule(), from, out.length()));
            at = end;
        }
        out.append(original, at, original.length());
        return new Redaction(out.toString(), spans, highlights);
    }

    private static boolean overlaps(Candidate c, int start, int end) {
        return c.start() < end && start < c.end();
    }

    private static List<int[]> protectedRanges(String text) {
        List<int[]> ranges = new ArrayList<>();
        for (Pattern p : PROTECTED) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                ranges.add(new int[] {m.start(), m.end()});
            }
        }
        return ranges;
    }

    private static void emails(String text, List<Candidate> out) {
        Matcher m = EMAIL_PATTERN.matcher(text);
        while (m.find()) {
            out.add(new Candidate(EMAIL, m.start(), m.end(), EMAIL_TOKEN, 0, false));
        }
    }

    private static void socialAccounts(String text, List<Candidate> out) {
        Matcher m = SOCIAL_ACCOUNT.matcher(text);
        while (m.find()) {
            out.add(new Candidate(SOCIAL_ACCOUNT_RULE, m.start(), m.end(), SOCIAL_TOKEN, 0, false));
        }
    }

    private static void plates(String text, List<Candidate> out) {
        for (Pattern p : List.of(PLATE_STRICT, PLATE_TYPED)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(new Candidate(LICENCE_PLATE, m.start(), m.end(), PLATE_TOKEN, 1, true));
            }
        }
    }

    private static void passports(String text, List<Candidate> out) {
        Matcher m = PASSPORT.matcher(text);
        while (m.find()) {
            out.add(new Candidate(ID_NUMBER, m.start(1), m.end(1), ID_TOKEN, 3, false));
        }
    }

    /** Phone and ID numbers, read from runs of digit groups. */
    private static void numbers(String text, List<Candidate> out) {
        for (int[] run : numberRuns(text)) {
            int runStart = run[0];
            List<int[]> groups = new ArrayList<>();
            Matcher g = DIGITS.matcher(text).region(run[0], run[1]);
            while (g.find()) {
                groups.add(new int[] {g.start(), g.end()});
            }
            String runText = text.substring(run[0], run[1]);
            if (THOUSANDS.matcher(runText).matches() && !runText.startsWith("84.") && !idKeywordBefore(text, run[0])) {
                continue; // 150.000.000: an amount or a count, not an ID
            }
            int i = 0;
            while (i < groups.size()) {
                StringBuilder digits = new StringBuilder();
                int phoneEnd = -1;
                int idEnd = -1;
                for (int j = i; j < groups.size() && digits.length() <= 13; j++) {
                    digits.append(text, groups.get(j)[0], groups.get(j)[1]);
                    if (PHONE_DIGITS.matcher(digits).matches()) {
                        phoneEnd = j;
                    } else if (digits.length() == 9 || digits.length() == 12) {
                        idEnd = j;
                    }
                }
                // after "CCCD", "CMND"…, twelve digits are the ID even when their first ten would dial
                boolean idFirst = idEnd > phoneEnd && idKeywordBefore(text, groups.get(i)[0]);
                int last = idFirst ? idEnd : phoneEnd >= 0 ? phoneEnd : idEnd;
                if (last < 0) {
                    i++;
                    continue;
                }
                int start = groups.get(i)[0];
                while (start > runStart && (text.charAt(start - 1) == '+' || text.charAt(start - 1) == '(')) {
                    start--;
                }
                int end = groups.get(last)[1];
                if (end < text.length() && text.charAt(end) == ')' && text.substring(start, end).indexOf('(') >= 0) {
                    end++;
                }
                boolean phone = !idFirst && phoneEnd >= 0;
                if (phone && officeLineBefore(text, start)) {
                    i = last + 1;
                    continue; // "hotline 028 3822 3305": the office's published number
                }
                out.add(new Candidate(phone ? PHONE : ID_NUMBER, start, end, phone ? PHONE_TOKEN : ID_TOKEN,
                        phone ? 2 : 3, true));
                i = last + 1;
            }
        }
    }

    /**
     * Runs of digit groups joined by one separator (a space, a dot or a dash, the last two with optional spaces
     * around), each group optionally opened by "(", "+" or "(+" and closed by ")". A scanner rather than a regular
     * expression, so that a text of thousands of groups costs linear time and no deep recursion.
     */
    static List<int[]> numberRuns(String text) {
        List<int[]> runs = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if ((i > 0 && Character.isDigit(text.charAt(i - 1))) || groupAt(text, i) < 0) {
                i++;
                continue;
            }
            int end = groupAt(text, i);
            while (true) {
                int afterSeparator = separatorAt(text, end);
                int next = afterSeparator < 0 ? -1 : groupAt(text, afterSeparator);
                if (next < 0) {
                    break;
                }
                end = next;
            }
            runs.add(new int[] {i, end});
            i = end;
        }
        return runs;
    }

    /** End of a digit group starting at {@code i} ("(+84)", "+84", "(028)", "090"), or -1. */
    private static int groupAt(String text, int i) {
        int n = text.length();
        int j = i;
        if (j < n && text.charAt(j) == '(') {
            j++;
        }
        if (j < n && text.charAt(j) == '+') {
            j++;
        }
        if (j >= n || !Character.isDigit(text.charAt(j))) {
            return -1;
        }
        while (j < n && Character.isDigit(text.charAt(j))) {
            j++;
        }
        if (j < n && text.charAt(j) == ')') {
            j++;
        }
        return j;
    }

    /** End of a separator at {@code i}: " ", "." or "-" with optional spaces around; or -1. */
    private static int separatorAt(String text, int i) {
        int n = text.length();
        int j = i;
        boolean space = j < n && isSpace(text.charAt(j));
        if (space) {
            j++;
        }
        if (j < n && (text.charAt(j) == '.' || text.charAt(j) == '-')) {
            j++;
            if (j < n && isSpace(text.charAt(j))) {
                j++;
            }
            return j;
        }
        return space ? j : -1;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0';
    }

    private static boolean officeLineBefore(String text, int position) {
        String before = FoldedText.fold(text.substring(Math.max(0, position - 30), position));
        return OFFICE_LINE_BEFORE.matcher(before).find();
    }

    private static boolean idKeywordBefore(String text, int position) {
        String before = FoldedText.fold(text.substring(Math.max(0, position - 40), position));
        return ID_KEYWORD.matcher(before).find();
    }

    /** The reporter's full name anywhere; its last two syllables; the given name after a form of address. */
    private static void names(String text, String reporterName, List<Candidate> out) {
        if (reporterName == null || reporterName.isBlank()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (String part : FoldedText.fold(reporterName).trim().split("[\\s,.]+")) {
            if (!part.isBlank()) {
                parts.add(Pattern.quote(part));
            }
        }
        if (parts.isEmpty()) {
            return;
        }
        FoldedText folded = FoldedText.of(text);
        if (parts.size() >= 2) {
            nameMatches(folded, "(" + String.join("\\s+", parts) + ")", 4, out);
        }
        if (parts.size() >= 3) {
            nameMatches(folded, "(" + String.join("\\s+", parts.subList(parts.size() - 2, parts.size())) + ")", 5, out);
        }
        if (parts.size() >= 2) {
            String family = parts.get(0);
            String given = parts.get(parts.size() - 1);
            // the given name first, as on many accounts: "An Nguyễn"
            nameMatches(folded, "(" + given + "\\s+" + family + ")", 5, out);
            // middle names as initials: "Nguyễn V. An", "Nguyễn V An", "N. V. An"
            StringBuilder initials = new StringBuilder();
            for (String middle : parts.subList(1, parts.size() - 1)) {
                initials.append("\\s*").append(Pattern.quote(FoldedText.fold(unquote(middle)).substring(0, 1)))
                        .append("\\.?");
            }
            if (initials.length() > 0) {
                nameMatches(folded, "(" + family + initials + "\\s*" + given + ")", 5, out);
                nameMatches(folded, "(" + Pattern.quote(FoldedText.fold(unquote(family)).substring(0, 1)) + "\\."
                        + initials + "\\s*" + given + ")", 5, out);
            }
        }
        nameMatches(folded, "(?:" + TITLES + ")\\s+(" + parts.get(parts.size() - 1) + ")", 6, out);
    }

    private static String unquote(String quoted) {
        return quoted.startsWith("\\Q") && quoted.endsWith("\\E") ? quoted.substring(2, quoted.length() - 2) : quoted;
    }

    /**
     * Other people named after the honorific that introduces a person in Vietnamese ("chị Lan", "anh Tuấn", "ông
     * Nguyễn Văn Bình", "bà Hoa"): the capitalised words after a lower-case "chị", "anh", "ông" or "bà", unless they
     * are a role ("ông Chủ tịch", "bà Tổ trưởng") or a place ("Bà Rịa" is capitalised itself).
     */
    private static void thirdPartyNames(String text, List<Candidate> out) {
        Matcher m = HONORIFIC_NAME.matcher(text);
        while (m.find()) {
            String first = FoldedText.fold(m.group(1).split("\\s+")[0]);
            if (!NOT_A_NAME.contains(first)) {
                out.add(new Candidate(PERSON_NAME, m.start(1), m.end(1), PERSON_TOKEN, 6, false));
            }
        }
    }

    private static void nameMatches(FoldedText folded, String regex, int priority, List<Candidate> out) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + regex + "(?![\\p{L}\\p{N}])").matcher(folded.folded());
        while (m.find()) {
            out.add(new Candidate(REPORTER_NAME, folded.originalStart(m.start(1)), folded.originalEnd(m.end(1)),
                    NAME_TOKEN, priority, false));
        }
    }

    /**
     * "số 312 Cách Mạng Tháng Tám" → "đường Cách Mạng Tháng Tám"; "12/3 Lê Lợi" → "Lê Lợi"; "số 45 đường Lê Lợi" →
     * "đường Lê Lợi"; "số 5 hẻm 12 Lê Lợi" → "hẻm 12 Lê Lợi" (the alley is a place, the house is a person).
     */
    private static void houseNumbers(String text, List<Candidate> out) {
        Matcher m = HOUSE.matcher(text);
        while (m.find()) {
            String prefix = m.group(1);
            String number = m.group(2);
            int numberStart = prefix == null ? m.start() : m.start(1);
            Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, numberStart - 20), numberStart));
            String wordBefore = before.find() ? FoldedText.fold(before.group(1)) : "";
            if (NOT_AFTER.contains(wordBefore)) {
                continue;
            }
            String rest = text.substring(m.end(), Math.min(text.length(), m.end() + 80));
            boolean structured = number.contains("/") || Character.isLetter(number.charAt(number.length() - 1));
            String replacement;
            if (STREET_KEYWORD.matcher(rest).lookingAt()) {
                replacement = "";
            } else if (isStreetName(rest, prefix != null || structured)) {
                if (prefix == null && number.matches("(19|20)\\d{2}")) {
                    continue; // a year
                }
                replacement = prefix == null ? "" : streetWord(prefix);
            } else if (prefix == null && structured && ADDRESS_CUES.contains(wordBefore)
                    && !rest.isEmpty() && Character.isLetter(rest.charAt(0))) {
                replacement = ""; // "tôi ở 123/4 le van sy": an address typed in lower case
            } else {
                continue;
            }
            out.add(new Candidate(HOUSE_NUMBER, m.start(), m.end(), replacement, 7, true));
        }
    }

    private static void apartments(String text, List<Candidate> out) {
        Matcher m = APARTMENT.matcher(text);
        while (m.find()) {
            out.add(new Candidate(APARTMENT_NUMBER, m.start(1), m.end(1), APARTMENT_TOKEN, 8, true));
        }
    }

    /** Capitalised words that can be a street: two of them, or one when the number is clearly a house number. */
    private static boolean isStreetName(String rest, boolean oneWordIsEnough) {
        Matcher words = CAPITALISED_WORDS.matcher(rest);
        if (!words.lookingAt() || NOT_A_STREET.contains(FoldedText.fold(words.group(1))) || isAcronym(words.group(1))) {
            return false;
        }
        boolean twoWords = words.group(2) != null && !isAcronym(words.group(2));
        return twoWords || oneWordIsEnough;
    }

    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
    }

    /** "đường " in the style of the prefix it replaces: "Đường " at a sentence start, "duong " without diacritics. */
    private static String streetWord(String prefix) {
        boolean plain = FoldedText.fold(prefix).equals(prefix.toLowerCase());
        String word = plain ? "duong " : "đường ";
        if (Character.isUpperCase(prefix.charAt(0))) {
            word = (plain ? "D" : "Đ") + word.substring(1);
        }
        return word;
    }

    private record Candidate(String rule, int start, int end, String replacement, int priority, boolean numeric) {
        int length() {
            return end - start;
        }
    }
}
