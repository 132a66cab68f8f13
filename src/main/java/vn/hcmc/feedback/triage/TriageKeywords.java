package vn.hcmc.feedback.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.hcmc.feedback.directory.ReferenceFiles;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.system.VietnameseText;

/**
 * The triage vocabulary of {@code triage-keywords.yaml}: abbreviations, keywords and weights per category, urgency
 * signals, spam phrases, complaint and denunciation terms. Operators edit the file; it is read once at start and
 * compiled into word indexes, so a classification never compiles or scans anything per keyword.
 */
@Component
public class TriageKeywords {

    public static final String FILE = "triage-keywords.yaml";
    private static final Logger log = LoggerFactory.getLogger(TriageKeywords.class);

    private final Map<String, String[]> abbreviations = new HashMap<>();
    private final Set<String> commonWords = new HashSet<>();
    private final Set<String> vocabulary = new HashSet<>();
    private final Map<String, Set<String>> vocabularyByDeletion = new HashMap<>();
    private final List<String> categoryCodes;
    private final Map<String, Integer> categoryIndex = new HashMap<>();
    private final PhraseSet categories = new PhraseSet();
    private final PhraseSet urgency = new PhraseSet();
    private final PhraseSet hedges = new PhraseSet();
    private final PhraseSet emphasis = new PhraseSet();
    private final PhraseSet names = new PhraseSet();
    private final PhraseSet over = new PhraseSet();
    private final PhraseSet dangerTerms = new PhraseSet();
    private final List<String> dangerTermNames = new ArrayList<>();
    private final List<Combination> combinations = new ArrayList<>();
    private final PhraseSet spam = new PhraseSet();
    private final PhraseSet complaint = new PhraseSet();
    private final PhraseSet denunciation = new PhraseSet();
    private final Set<String> incidentalBefore = new HashSet<>();
    private final File file;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Autowired
    public TriageKeywords(ReferenceFiles files, UnitDirectory directory) {
        this(parse(files.read(FILE, JsonNode.class)), directory);
    }

    /** YAML syntax errors already name the line; a misspelt key or a wrong value is located by its name. */
    private static ReferenceFiles.Loaded<File> parse(ReferenceFiles.Loaded<JsonNode> tree) {
        try {
            return new ReferenceFiles.Loaded<>(tree.fileName(), tree.text(), MAPPER.treeToValue(tree.value(), File.class));
        } catch (UnrecognizedPropertyException e) {
            throw tree.error(e.getPropertyName() + ":", "unknown key '" + e.getPropertyName() + "' (expected one of "
                    + e.getKnownPropertyIds() + ")");
        } catch (JsonProcessingException e) {
            List<JsonMappingException.Reference> path = e instanceof JsonMappingException m ? m.getPath() : List.of();
            String field = path.isEmpty() ? null : path.get(path.size() - 1).getFieldName();
            throw tree.error(field == null ? null : field + ":", (field == null ? "" : "'" + field + "': ")
                    + e.getOriginalMessage());
        }
    }

    TriageKeywords(ReferenceFiles.Loaded<File> loaded, UnitDirectory directory) {
        this.file = loaded.value();
        check(loaded);
        file.abbreviations().forEach((from, to) -> {
            String key = VietnameseText.fold(from.strip());
            List<String> words = PhraseSet.words(VietnameseText.fold(to));
            if (key.isEmpty() || PhraseSet.words(key).size() != 1 || words.isEmpty()) {
                throw loaded.error(from + ":", "abbreviation '" + from + "' must be one word and stand for at least one word");
            }
            abbreviations.put(key, words.toArray(String[]::new));
        });
        if (file.commonWords() != null) {
            file.commonWords().forEach(w -> commonWords.add(VietnameseText.fold(w.strip())));
        }
        this.categoryCodes = new ArrayList<>(file.categories().keySet());
        for (int i = 0; i < categoryCodes.size(); i++) {
            categoryIndex.put(categoryCodes.get(i), i);
        }
        file.categories().forEach((code, keywords) -> {
            if (!directory.isCategory(code)) {
                throw loaded.error(code + ":", "'" + code + "' is not a category code of categories.yaml");
            }
            addAll(loaded, categories, keywords, code);
        });
        addAll(loaded, urgency, file.urgency().signals(), "urgency");
        addCombinations(loaded);
        addAll(loaded, spam, file.screening().spam(), "spam");
        addAll(loaded, complaint, weightOne(file.screening().complaint()), "complaint");
        addAll(loaded, denunciation, weightOne(file.screening().denunciation()), "denunciation");
        file.screening().incidentalBefore().forEach(w -> incidentalBefore.add(VietnameseText.fold(w.strip())));
        indexVocabulary();
        log.info("Triage keywords: {} category keywords, {} urgency signals, {} danger combinations, {} screening "
                        + "phrases, {} abbreviations", categories.size(), urgency.size(), combinations.size(),
                spam.size() + complaint.size() + denunciation.size(), abbreviations.size());
    }

    private static void check(ReferenceFiles.Loaded<File> loaded) {
        rejectDuplicateKeys(loaded);
        File f = loaded.value();
        if (f.categories() == null || f.categories().isEmpty()) {
            throw loaded.error("categories", "no categories with keywords");
        }
        if (f.abbreviations() == null) {
            throw loaded.error(null, "missing 'abbreviations' (may be {})");
        }
        if (f.confidence() == null) {
            throw loaded.error(null, "missing 'confidence' (the calibration of the confidence)");
        }
        if (f.urgency() == null || f.urgency().signals() == null || f.urgency().threshold() <= 0) {
            throw loaded.error("urgency", "'urgency' needs a positive threshold and signals");
        }
        Screening s = f.screening();
        if (s == null || s.spam() == null || s.complaint() == null || s.denunciation() == null
                || s.incidentalBefore() == null || s.spamThreshold() <= 0 || s.maxLinks() < 1) {
            throw loaded.error("screening", "'screening' needs spam, spamThreshold > 0, maxLinks >= 1, complaint, "
                    + "denunciation and incidentalBefore");
        }
        if (f.minTypoLength() < 4) {
            throw loaded.error("minTypoLength", "minTypoLength must be at least 4");
        }
    }

    /**
     * A keyword written twice in one block would silently keep only its last weight: refuse it, with both lines.
     * Checks the block style used in the file ("  section:" then "    keyword: weight").
     */
    private static void rejectDuplicateKeys(ReferenceFiles.Loaded<File> loaded) {
        String[] lines = loaded.text().split("\n", -1);
        Map<String, Integer> seen = new HashMap<>();
        String section = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("  ") && !line.startsWith("   ") && line.strip().endsWith(":")) {
                section = line.strip();
                continue;
            }
            if (!line.startsWith("    ") || line.startsWith("     ") || line.strip().startsWith("#")
                    || line.strip().startsWith("-")) {
                continue;
            }
            int colon = line.lastIndexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(4, colon).strip();
            Integer first = seen.putIfAbsent(section + key, i + 1);
            if (first != null) {
                throw new vn.hcmc.feedback.directory.ReferenceDataException("Reference data file "
                        + loaded.fileName() + ", line " + (i + 1) + ": '" + key + "' is already listed in "
                        + section + " at line " + first);
            }
        }
    }

    /**
     * The urgency block's terms (named lists of phrases), hedges and combinations: a combination names two or more
     * term lists and is found when a phrase of every list is found (within {@code within} words of the first list's
     * phrase, when given), none of them right after a hedge.
     */
    private void addCombinations(ReferenceFiles.Loaded<File> loaded) {
        Urgency u = file.urgency();
        if (u.hedges() != null) {
            addAll(loaded, hedges, weightOne(u.hedges()), "hedges");
        }
        if (u.emphasis() != null) {
            u.emphasis().forEach((text, weight) -> {
                if (weight == null || weight <= 0) {
                    throw loaded.error(text, "emphasis '" + text + "' needs a positive weight");
                }
            });
            addAll(loaded, emphasis, u.emphasis(), "emphasis");
        }
        if (u.over() != null) {
            u.over().forEach((text, weight) -> {
                if (weight == null || weight <= 0) {
                    throw loaded.error(text, "over '" + text + "' needs a positive weight (it is subtracted)");
                }
            });
            addAll(loaded, over, u.over(), "over");
        }
        if (u.names() != null) {
            addAll(loaded, names, weightOne(u.names()), "names");
        }
        if (u.hedgeWindow() < 0) {
            throw loaded.error("hedgeWindow", "hedgeWindow must not be negative");
        }
        Map<String, List<String>> terms = u.terms() == null ? Map.of() : u.terms();
        terms.forEach((name, phrases) -> {
            if (phrases == null || phrases.isEmpty()) {
                throw loaded.error(name + ":", "danger term list '" + name + "' has no phrases");
            }
            dangerTermNames.add(name);
            addAll(loaded, dangerTerms, weightOne(phrases), name);
        });
        if (u.combinations() == null) {
            return;
        }
        u.combinations().forEach((name, c) -> {
            if (c == null || c.all() == null || c.all().size() < 2 || !Double.isFinite(c.weight()) || c.weight() <= 0
                    || c.within() < 0) {
                throw loaded.error(name + ":", "combination '" + name + "' needs 'all' (two or more term lists), a "
                        + "positive weight and, if given, within >= 0");
            }
            int[] lists = new int[c.all().size()];
            for (int i = 0; i < lists.length; i++) {
                lists[i] = dangerTermNames.indexOf(c.all().get(i));
                if (lists[i] < 0) {
                    throw loaded.error(name + ":", "combination '" + name + "' names '" + c.all().get(i)
                            + "', which is not a list of 'terms' " + dangerTermNames);
                }
            }
            combinations.add(new Combination(name, lists, c.weight(), c.within()));
        });
    }

    private static Map<String, Double> weightOne(List<String> phrases) {
        Map<String, Double> map = new LinkedHashMap<>();
        phrases.forEach(p -> map.put(p, 1.0));
        return map;
    }

    private void addAll(ReferenceFiles.Loaded<File> loaded, PhraseSet set, Map<String, Double> keywords, String group) {
        if (keywords == null) {
            throw loaded.error(group + ":", "'" + group + "' has no keywords");
        }
        keywords.forEach((text, weight) -> {
            if (weight == null || !Double.isFinite(weight)) {
                throw loaded.error(text, "keyword '" + text + "' of " + group + " needs a numeric weight");
            }
            if (set.add(text, weight, group, this::abbreviation) == null) {
                throw loaded.error(text, "keyword '" + text + "' of " + group + " has no letters or digits");
            }
        });
    }

    private void indexVocabulary() {
        for (PhraseSet set : List.of(categories, urgency, hedges, emphasis, names, over, dangerTerms, spam, complaint, denunciation)) {
            for (PhraseSet.Phrase p : set.phrases()) {
                for (String w : p.folded()) {
                    vocabulary.add(w);
                    if (w.length() >= file.minTypoLength()) {
                        vocabularyByDeletion.computeIfAbsent(w, k -> new HashSet<>()).add(w);
                        for (int i = 0; i < w.length(); i++) {
                            String d = w.substring(0, i) + w.substring(i + 1);
                            vocabularyByDeletion.computeIfAbsent(d, k -> new HashSet<>()).add(w);
                        }
                    }
                }
            }
        }
    }

    /** The words a (folded) abbreviation stands for, or null. */
    String[] abbreviation(String folded) {
        return abbreviations.get(folded);
    }

    /**
     * The keyword a long unknown word is a one-letter typo of ("garbge" → "garbage", "floding" → "flooding"), or
     * null: only words of at least minTypoLength letters (longer than Vietnamese syllables), only when exactly one
     * keyword word is that close.
     */
    String correction(String folded) {
        if (folded.length() < file.minTypoLength() || vocabulary.contains(folded) || commonWords.contains(folded)) {
            return null;
        }
        String found = null;
        for (int i = -1; i < folded.length(); i++) {
            String variant = i < 0 ? folded : folded.substring(0, i) + folded.substring(i + 1);
            Set<String> near = vocabularyByDeletion.get(variant);
            if (near != null) {
                for (String candidate : near) {
                    if (found == null) {
                        found = candidate;
                    } else if (!found.equals(candidate)) {
                        return null;
                    }
                }
            }
        }
        return found;
    }

    int categoryIndex(PhraseSet.Phrase phrase) {
        return categoryIndex.get(phrase.group());
    }

    List<String> categoryCodes() {
        return categoryCodes;
    }

    PhraseSet categories() {
        return categories;
    }

    PhraseSet urgency() {
        return urgency;
    }

    /** Words after which a danger phrase is a fear for later or a hypothesis, not a danger now. */
    PhraseSet hedges() {
        return hedges;
    }

    /** Words that stress a danger ("gấp", "khẩn cấp", "ngay"): they count only with a danger signal. */
    PhraseSet emphasis() {
        return emphasis;
    }

    /**
     * Names of things and features whose words sound like a danger ("trụ nước chữa cháy", "nút gọi khẩn cấp",
     * "diễn tập chữa cháy"): no signal, emphasis or term counts inside them.
     */
    PhraseSet names() {
        return names;
    }

    /** Words saying the danger is over or handled ("đã dập tắt", "nobody was hurt"); their weights are subtracted. */
    PhraseSet over() {
        return over;
    }

    int hedgeWindow() {
        return file.urgency().hedgeWindow();
    }

    /** The phrases of the danger term lists; a phrase's group is its list's name. */
    PhraseSet dangerTerms() {
        return dangerTerms;
    }

    int dangerTermIndex(PhraseSet.Phrase phrase) {
        return dangerTermNames.indexOf(phrase.group());
    }

    int dangerTermCount() {
        return dangerTermNames.size();
    }

    List<Combination> combinations() {
        return combinations;
    }

    PhraseSet spam() {
        return spam;
    }

    PhraseSet complaint() {
        return complaint;
    }

    PhraseSet denunciation() {
        return denunciation;
    }

    boolean isIncidentalBefore(String folded) {
        return incidentalBefore.contains(folded);
    }

    File settings() {
        return file;
    }

    /** The file's shape (unknown keys are errors, so a misspelt key is reported with its line). */
    record File(Map<String, String> abbreviations, List<String> commonWords, int minTypoLength, double hintBonus,
                double titleFactor, double attachmentFactor, Confidence confidence,
                Map<String, Map<String, Double>> categories, Urgency urgency, Screening screening) {
    }

    /** confidence = 1 / (1 + e^-(bias + score * ln(1 + top score) + margin * (top - second) / top)). */
    record Confidence(double bias, double score, double margin) {
    }

    record Urgency(double threshold, Map<String, Double> signals, Map<String, Double> emphasis,
                   Map<String, Double> over, List<String> names,
                   int hedgeWindow, List<String> hedges, Map<String, List<String>> terms,
                   Map<String, CombinationEntry> combinations) {
    }

    /** A combination as written: the term lists that must all be found, its weight, the optional distance. */
    record CombinationEntry(List<String> all, double weight, int within) {
    }

    /** A combination compiled: indexes of its term lists ({@link #dangerTermIndex}), weight and distance (0 = any). */
    record Combination(String name, int[] lists, double weight, int within) {
    }

    record Screening(int maxLinks, double spamThreshold, Map<String, Double> spam, List<String> complaint,
                     List<String> denunciation, List<String> incidentalBefore, int incidentalWindow) {
    }
}
