package vn.hcmc.feedback.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * Detects a file's type from its bytes only (Tika's magic detection; the name and the declared type are not
 * given to the detector, so a renamed executable stays an executable).
 */
@Component
public class ContentTypes {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String WEBP = "image/webp";
    public static final String HEIC = "image/heic";
    public static final String PDF = "application/pdf";
    public static final String MP4 = "video/mp4";

    /** Allowed types, with the Tika types that are the same format under another name. */
    private static final Map<String, String> ALLOWED = Map.of(
            JPEG, JPEG, PNG, PNG, WEBP, WEBP, HEIC, HEIC, "image/heif", HEIC, PDF, PDF, MP4, MP4,
            "video/x-m4v", MP4);
    public static final Set<String> ALLOWED_NAMES = Set.of(JPEG, PNG, WEBP, HEIC, PDF, MP4);

    private final Detector detector = MimeTypes.getDefaultMimeTypes();

    public String detect(byte[] content) {
        try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(content))) {
            MediaType type = detector.detect(in, new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The allowed type a detected type counts as, or null if it is not allowed. */
    public static String allowed(String detected) {
        return ALLOWED.get(detected);
    }
}
