package vn.hcmc.feedback.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the reference-data files are: a folder on the classpath or on disk. */
@ConfigurationProperties("feedback.reference")
public record ReferenceDataProperties(@DefaultValue("classpath:reference/") String location) {

    public String fileLocation(String fileName) {
        return location.endsWith("/") ? location + fileName : location + "/" + fileName;
    }
}
