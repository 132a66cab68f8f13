package vn.hcmc.feedback.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;
import vn.hcmc.feedback.directory.ReferenceDataException;
import vn.hcmc.feedback.directory.ReferenceDataProperties;
import vn.hcmc.feedback.directory.ReferenceFiles;
import vn.hcmc.feedback.directory.UnitDirectory;

class TriageKeywordsTest {

    /** Folded forms of very common Vietnamese words: a plain one-word keyword folding to one of these misleads. */
    private static final Set<String> COMMON_FOLDED = Set.of("cho", "ban", "co", "khong", "con", "cong", "mua", "nhanh",
            "canh", "don", "goc", "gay", "kho", "re", "tre", "lan", "dep", "mong", "non", "do", "sua", "can", "duc",
            "quay", "loi", "vang", "khi", "ran", "dot", "ho", "than", "nhac", "khoi", "bui", "te", "va", "tram", "nut",
            "muc", "vach", "khan", "vung", "den", "on", "chay", "sap", "gap", "de", "ong", "dao", "an", "cai", "tuong",
            "nhan", "moc", "hoa", "xa", "da", "di", "dat", "toi", "tien", "bi", "la", "ma", "ca", "o", "phong");

    @TempDir
    Path folder;

    @Test
    void shippedFileLoadsAndCoversEveryCategory() {
        assertThat(TriageFixture.KEYWORDS.categoryCodes()).containsExactlyInAnyOrderElementsOf(
                TriageFixture.DIRECTORY.categories().stream().map(vn.hcmc.feedback.directory.Category::code).toList());
        assertThat(TriageFixture.KEYWORDS.abbreviation("ko")).containsExactly("khong");
    }

    @Test
    void noPlainOneWordKeywordFoldsToAVeryCommonWord() {
        List<String> offenders = new ArrayList<>();
        for (PhraseSet set : List.of(TriageFixture.KEYWORDS.categories(), TriageFixture.KEYWORDS.urgency(),
                TriageFixture.KEYWORDS.spam(), TriageFixture.KEYWORDS.denunciation())) {
            for (PhraseSet.Phrase p : set.phrases()) {
                // a weak hint (weight <= 1, such as "=gấp" for text typed without diacritics) is allowed
                if (p.folded().length == 1 && !p.exact() && p.weight() > 1 && COMMON_FOLDED.contains(p.folded()[0])) {
                    offenders.add(p.group() + ": " + p.text());
                }
            }
        }
        assertThat(offenders).as("use ==word for these (see the file's header)").isEmpty();
    }

    @Test
    void aSyntaxErrorNamesFileAndLine() throws IOException {
        write(shipped().replace("  road_damage:\n", "  road_damage:\n    ổ gà lớn: [3\n"));
        assertThatThrownBy(this::load).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("triage-keywords.yaml, line");
    }

    @Test
    void aWeightThatIsNotANumberNamesFileAndLine() throws IOException {
        String text = shipped().replace("  road_damage:\n", "  road_damage:\n    ổ voi khổng lồ: ba\n");
        write(text);
        assertThatThrownBy(this::load).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("triage-keywords.yaml, line " + lineOf(text, "ổ voi khổng lồ: ba"));
    }

    @Test
    void anUnknownCategoryNamesFileAndLine() throws IOException {
        String text = shipped().replace("  flooding:\n", "  flooded_streets:\n");
        write(text);
        assertThatThrownBy(this::load).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("triage-keywords.yaml, line " + lineOf(text, "flooded_streets:"))
                .hasMessageContaining("flooded_streets");
    }

    @Test
    void aMisspeltSettingNamesFileAndLine() throws IOException {
        String text = shipped().replace("hintBonus: 1.5", "hintBonnus: 1.5");
        write(text);
        assertThatThrownBy(this::load).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("triage-keywords.yaml, line " + lineOf(text, "hintBonnus"))
                .hasMessageContaining("hintBonnus");
    }

    @Test
    void aKeywordWithoutLettersNamesFileAndLine() throws IOException {
        String text = shipped().replace("  road_damage:\n", "  road_damage:\n    \"--\": 3\n");
        write(text);
        assertThatThrownBy(this::load).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("triage-keywords.yaml, line " + lineOf(text, "\"--\": 3"));
    }

    @Test
    void aKeywordListedTwiceInOneCategoryNamesBothLines() throws IOException {
        String text = shipped().replace("  road_damage:\n", "  road_damage:\n    lún: 1\n");
        write(text);
        assertThatThrownBy(this::load).isInstanceOf(ReferenceDataException.class)
                .hasMessageMatching("Reference data file triage-keywords\\.yaml, line \\d+: 'lún' is already listed in "
                        + "road_damage: at line " + (lineOf(text, "  road_damage:") + 1));
    }

    @Test
    void aCombinationNamingAnUnknownTermListNamesFileAndLine() throws IOException {
        String text = shipped().replace("{ all: [tap-water, illness]", "{ all: [tap-water, ilness]");
        write(text);
        assertThatThrownBy(this::load).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("triage-keywords.yaml, line " + lineOf(text, "ill-from-tap-water:"))
                .hasMessageContaining("'ilness'");
    }

    @Test
    void noDangerTermFoldsToAVeryCommonWord() {
        List<String> offenders = new ArrayList<>();
        for (PhraseSet set : List.of(TriageFixture.KEYWORDS.dangerTerms(), TriageFixture.KEYWORDS.hedges())) {
            for (PhraseSet.Phrase p : set.phrases()) {
                if (p.folded().length == 1 && !p.exact() && COMMON_FOLDED.contains(p.folded()[0])) {
                    offenders.add(p.group() + ": " + p.text());
                }
            }
        }
        assertThat(offenders).as("use ==word for these (see the file's header)").isEmpty();
    }

    private TriageKeywords load() {
        ReferenceFiles files = new ReferenceFiles(new ReferenceDataProperties(folder.toUri().toString()),
                new DefaultResourceLoader());
        return new TriageKeywords(files, new UnitDirectory(files));
    }

    private void write(String keywords) throws IOException {
        for (String name : List.of("units.yaml", "categories.yaml")) {
            Files.writeString(folder.resolve(name), read("reference/" + name), StandardCharsets.UTF_8);
        }
        Files.writeString(folder.resolve(TriageKeywords.FILE), keywords, StandardCharsets.UTF_8);
    }

    private String shipped() throws IOException {
        return read("reference/" + TriageKeywords.FILE);
    }

    private String read(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(needle);
    }
}
