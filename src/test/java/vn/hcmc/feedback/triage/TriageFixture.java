package vn.hcmc.feedback.triage;

import org.springframework.core.io.DefaultResourceLoader;
import vn.hcmc.feedback.directory.ReferenceDataProperties;
import vn.hcmc.feedback.directory.ReferenceFiles;
import vn.hcmc.feedback.directory.UnitDirectory;
import vn.hcmc.feedback.directory.WardLocator;

/** The triage services wired by hand over the shipped reference files, for fast tests without a Spring context. */
final class TriageFixture {

    static final ReferenceFiles FILES = new ReferenceFiles(new ReferenceDataProperties("classpath:reference/"),
            new DefaultResourceLoader());
    static final UnitDirectory DIRECTORY = new UnitDirectory(FILES);
    static final TriageKeywords KEYWORDS = new TriageKeywords(FILES, DIRECTORY);
    static final WardLocator WARDS = new WardLocator(FILES, DIRECTORY);
    static final ReportClassifier CLASSIFIER = new ReportClassifier(KEYWORDS);
    static final ContentScreening SCREENING = new ContentScreening(KEYWORDS);
    static final AutomaticTriage TRIAGE = new AutomaticTriage(CLASSIFIER, SCREENING, WARDS, DIRECTORY,
            TriageProperties.defaults());

    private TriageFixture() {
    }
}
