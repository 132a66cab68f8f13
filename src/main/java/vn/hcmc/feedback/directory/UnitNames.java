package vn.hcmc.feedback.directory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.hcmc.feedback.system.VietnameseText;

/**
 * Finds a commune-level unit named in free text, however citizens write it: with or without diacritics, in capitals,
 * with the traditional or the new tone placement ("Hòa" = "Hoà"), and always with its kind — "phường", "P.", "p",
 * "xã", "đặc khu" before the name, or "ward", "commune", "special zone" after it. A name without its kind ("chợ Bến
 * Thành", "quận Gò Vấp") names no unit: there are no districts any more. The special zone is the exception: Côn
 * Đảo is an archipelago, and its name alone ("ra Côn Đảo") can only mean it.
 *
 * <p>When the writer typed diacritics they are respected where they decide: "xả" (to dump) and "phương" are not the
 * kind words "xã" and "phường", and of two units whose names differ only in their marks (Xã Thanh An, Xã Thạnh An)
 * the one written is found; written without marks, such a name is ambiguous and finds neither.
 *
 * <p>Former names (before 1 July 2025) are tried only when no current name is found, and only those listed in
 * {@code former-units.yaml}: a former ward or district that went whole into one new unit.
 */
final class UnitNames {

    /** How a unit's kind is written around its name. */
    enum Designation {
        WARD("phường", List.of("phuong", "p"), List.of("ward"), false),
        COMMUNE("xã", List.of("xa"), List.of("commune"), false),
        /** An archipelago: its name alone names it, nothing else in the city bears it ("ra Côn Đảo"). */
        SPECIAL_ZONE("đặc khu", List.of("dac khu"), List.of("special zone", "island", "islands"), true),
        RURAL_DISTRICT("huyện", List.of("huyen", "h"), List.of("district"), false),
        URBAN_DISTRICT("quận", List.of("quan", "q"), List.of("district"), false),
        TOWNSHIP("thị trấn", List.of("thi tran", "tt"), List.of("township"), false),
        TOWN("thị xã", List.of("thi xa", "tx"), List.of("town"), false),
        CITY("thành phố", List.of("thanh pho", "tp"), List.of("city"), false);

        private final String written;
        private final String writtenKey;
        private final List<String[]> before;
        private final List<String[]> after;
        private final boolean nameAlone;

        Designation(String written, List<String> before, List<String> after, boolean nameAlone) {
            this.written = written;
            this.writtenKey = VietnameseText.toneKey(written);
            this.before = before.stream().map(s -> s.split(" ")).toList();
            this.after = after.stream().map(s -> s.split(" ")).toList();
            this.nameAlone = nameAlone;
        }

        static Designation of(UnitKind kind) {
            return switch (kind) {
                case WARD -> WARD;
                case COMMUNE -> COMMUNE;
                case SPECIAL_ZONE -> SPECIAL_ZONE;
                default -> throw new IllegalArgumentException(kind + " is not a commune-level kind");
            };
        }

        /** The designation a written name starts with ("Phường Bến Nghé", "Huyện Côn Đảo"), if any. */
        static Optional<Designation> prefixOf(Word[] name) {
            for (Designation d : values()) {
                String[] full = d.before.get(0);
                if (name.length > full.length && startsWith(name, 0, full)) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        }

        int fullLength() {
            return before.get(0).length;
        }

        boolean writtenBefore(Word[] words, int start) {
            for (String[] form : before) {
                int from = start - form.length;
                if (from >= 0 && startsWith(words, from, form) && marksAgree(words, from, form.length)) {
                    return true;
                }
            }
            return false;
        }

        boolean writtenAfter(Word[] words, int end) {
            for (String[] form : after) {
                if (end + form.length <= words.length && startsWith(words, end, form)) {
                    return true;
                }
            }
            return false;
        }

        /** Unmarked words agree with any marks; marked ones must be this kind as written ("xã", not "xả"). */
        private boolean marksAgree(Word[] words, int from, int length) {
            boolean marked = false;
            StringBuilder key = new StringBuilder();
            for (int k = from; k < from + length; k++) {
                marked |= words[k].marked();
                key.append(k > from ? " " : "").append(words[k].toneKey());
            }
            return !marked || key.toString().equals(writtenKey);
        }
    }

    /** A word of the text: folded (no marks, lower case), its tone key, and whether the writer typed marks. */
    record Word(String folded, String toneKey, boolean marked) {
    }

    private record Name(Unit unit, Designation designation, String[] folded, String[] toneKeys) {

        int length() {
            return folded.length;
        }
    }

    /** A former unit name that now belongs wholly to one unit. */
    record FormerName(String name, Unit unit) {
    }

    private final Map<String, List<Name>> current = new HashMap<>();
    private final Map<String, List<Name>> former = new HashMap<>();

    UnitNames(List<Unit> units, List<FormerName> formerNames) {
        for (Unit unit : units) {
            if (unit.kind().isCommuneLevel()) {
                Designation designation = Designation.of(unit.kind());
                Word[] words = words(unit.nameVi());
                if (!designation.writtenBefore(words, designation.fullLength())
                        || words.length <= designation.fullLength()) {
                    throw new IllegalArgumentException("unit " + unit.code() + ": its name '" + unit.nameVi()
                            + "' must start with '" + capitalised(designation.written) + "'");
                }
                add(current, unit, designation, words);
            }
        }
        for (FormerName formerName : formerNames) {
            Word[] words = words(formerName.name());
            Designation designation = Designation.prefixOf(words).orElseThrow(() -> new IllegalArgumentException(
                    "former name '" + formerName.name() + "' must start with its kind (Phường, Xã, Thị trấn, "
                            + "Huyện, Quận, Thị xã, Thành phố)"));
            Name name = add(former, formerName.unit(), designation, words);
            boolean alsoCurrent = current.getOrDefault(name.folded()[0], List.of()).stream()
                    .anyMatch(c -> c.designation() == designation && Arrays.equals(c.folded(), name.folded()));
            if (alsoCurrent) {
                throw new IllegalArgumentException("former name '" + formerName.name()
                        + "' is also the name of a unit of today; today's name always wins, so remove the former one");
            }
        }
        current.values().forEach(list -> list.sort(Comparator.comparingInt(Name::length).reversed()));
        former.values().forEach(list -> list.sort(Comparator.comparingInt(Name::length).reversed()));
    }

    /** The first unit named with its kind in the text; former names only when no current name is found. */
    Optional<Unit> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Word[] words = words(text);
        return find(current, words).or(() -> find(former, words));
    }

    private static Optional<Unit> find(Map<String, List<Name>> names, Word[] words) {
        for (int i = 0; i < words.length; i++) {
            List<Name> candidates = names.get(words[i].folded());
            if (candidates == null) {
                continue;
            }
            List<Name> found = new ArrayList<>();
            for (Name name : candidates) {
                if (!found.isEmpty() && name.length() < found.get(0).length()) {
                    break; // a longer name matched here: "Tân Sơn Nhất" before "Tân Sơn"
                }
                if (startsWith(words, i, name.folded())
                        && (name.designation().nameAlone || name.designation().writtenBefore(words, i)
                        || name.designation().writtenAfter(words, i + name.length()))) {
                    found.add(name);
                }
            }
            Optional<Unit> unit = oneOf(found, words, i);
            if (unit.isPresent()) {
                return unit;
            }
        }
        return Optional.empty();
    }

    /** One unit when the names found at a place agree, or when the writer's marks tell them apart. */
    private static Optional<Unit> oneOf(List<Name> found, Word[] words, int start) {
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (found.stream().map(Name::unit).distinct().count() == 1) {
            return Optional.of(found.get(0).unit());
        }
        boolean typedMarks = false;
        for (int k = Math.max(0, start - 2); k < start + found.get(0).length(); k++) {
            typedMarks |= words[k].marked();
        }
        if (!typedMarks) {
            return Optional.empty(); // "xa Thanh An": Thanh An or Thạnh An, the writer did not say
        }
        List<Unit> asWritten = found.stream().filter(name -> writtenWithItsMarks(name, words, start))
                .map(Name::unit).distinct().toList();
        return asWritten.size() == 1 ? Optional.of(asWritten.get(0)) : Optional.empty();
    }

    private static boolean writtenWithItsMarks(Name name, Word[] words, int start) {
        for (int k = 0; k < name.length(); k++) {
            Word word = words[start + k];
            if (!word.marked() && !name.folded()[k].equals(name.toneKeys()[k]) || word.marked()
                    && !word.toneKey().equals(name.toneKeys()[k])) {
                return false;
            }
        }
        return true;
    }

    private static Name add(Map<String, List<Name>> index, Unit unit, Designation designation, Word[] words) {
        Word[] named = Arrays.copyOfRange(words, designation.fullLength(), words.length);
        String[] folded = Arrays.stream(named).map(Word::folded).toArray(String[]::new);
        String[] keys = Arrays.stream(named).map(Word::toneKey).toArray(String[]::new);
        Name name = new Name(unit, designation, folded, keys);
        index.computeIfAbsent(folded[0], k -> new ArrayList<>()).add(name);
        return name;
    }

    private static boolean startsWith(Word[] words, int start, String[] folded) {
        if (start + folded.length > words.length) {
            return false;
        }
        for (int k = 0; k < folded.length; k++) {
            if (!folded[k].equals(words[start + k].folded())) {
                return false;
            }
        }
        return true;
    }

    /** The words of a text: runs of letters, digits and their combining marks, in composed form. */
    static Word[] words(String text) {
        String composed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        List<Word> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= composed.length(); i++) {
            boolean inWord = i < composed.length() && (Character.isLetterOrDigit(composed.charAt(i))
                    || Character.getType(composed.charAt(i)) == Character.NON_SPACING_MARK);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                String word = composed.substring(start, i);
                String folded = VietnameseText.fold(word);
                words.add(new Word(folded, VietnameseText.toneKey(word), !folded.equals(word)));
                start = -1;
            }
        }
        return words.toArray(Word[]::new);
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
