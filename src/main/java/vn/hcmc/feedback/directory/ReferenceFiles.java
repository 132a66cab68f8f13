package vn.hcmc.feedback.directory;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Reads the YAML reference-data files from the configured folder. Every problem becomes a
 * {@link ReferenceDataException} naming the file and the line, so an operator who edited a file knows where to look.
 */
@Component
public class ReferenceFiles {

    private static final Logger log = LoggerFactory.getLogger(ReferenceFiles.class);

    private final ReferenceDataProperties properties;
    private final ResourceLoader resourceLoader;
    private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    /** GeoJSON is read as JSON: the YAML parser reads the 1.5 MB of boundaries about ten times slower. */
    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public ReferenceFiles(ReferenceDataProperties properties, ResourceLoader resourceLoader) {
        this.properties = properties;
        this.resourceLoader = resourceLoader;
    }

    /** A file that must exist. */
    public <T> Loaded<T> read(String fileName, Class<T> type) {
        Resource resource = resource(fileName);
        if (!resource.exists()) {
            throw new ReferenceDataException("Reference data file " + fileName + " not found at "
                    + properties.fileLocation(fileName) + " (feedback.reference.location)");
        }
        return read(fileName, resource, type);
    }

    public boolean exists(String fileName) {
        return resource(fileName).exists();
    }

    private Resource resource(String fileName) {
        return resourceLoader.getResource(properties.fileLocation(fileName));
    }

    private <T> Loaded<T> read(String fileName, Resource resource, Class<T> type) {
        String text;
        try (InputStream in = resource.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReferenceDataException("Reference data file " + fileName + " cannot be read: " + e.getMessage(), e);
        }
        try {
            ObjectMapper mapper = fileName.endsWith(".json") || fileName.endsWith(".geojson") ? json : yaml;
            T value = mapper.readValue(text, type);
            if (value == null) {
                throw new ReferenceDataException("Reference data file " + fileName + " is empty");
            }
            log.info("Reference data: loaded {} from {}", fileName, describe(resource));
            return new Loaded<>(fileName, text, value);
        } catch (JacksonException e) {
            JsonLocation where = e.getLocation();
            String line = where == null || where.getLineNr() < 0 ? "" : ", line " + where.getLineNr();
            throw new ReferenceDataException("Reference data file " + fileName + line + ": " + e.getOriginalMessage(), e);
        }
    }

    private static String describe(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }

    /** A parsed file, with its text kept to point at lines in later, semantic errors. */
    public record Loaded<T>(String fileName, String text, T value) {

        /** An error about the first line that contains {@code needle}. */
        public ReferenceDataException error(String needle, String message) {
            int lineNr = 0;
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (needle != null && lines[i].contains(needle)) {
                    lineNr = i + 1;
                    break;
                }
            }
            return new ReferenceDataException("Reference data file " + fileName
                    + (lineNr > 0 ? ", line " + lineNr : "") + ": " + message);
        }
    }
}
