package vn.hcmc.feedback.attachment;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.hcmc.feedback.report.AccessTokens;
import vn.hcmc.feedback.system.Refusal;
import vn.hcmc.feedback.system.TextInput;

/**
 * Inspects the files of a request before anything is stored: count, sizes, the type detected from the content
 * (415 for anything but JPEG, PNG, WebP, HEIC, PDF, MP4), photo GPS, a metadata-free public copy, PDF text.
 */
@Service
public class AttachmentInspector {

    private final AttachmentProperties properties;
    private final ContentTypes contentTypes;
    private final PhotoLocation photoLocation;
    private final PublicCopies publicCopies;
    private final PdfText pdfText;

    public AttachmentInspector(AttachmentProperties properties, ContentTypes contentTypes, PhotoLocation photoLocation,
                               PublicCopies publicCopies, PdfText pdfText) {
        this.properties = properties;
        this.contentTypes = contentTypes;
        this.photoLocation = photoLocation;
        this.publicCopies = publicCopies;
        this.pdfText = pdfText;
    }

    /** Checks every limit and type first (cheap), then does the heavier work (copies, text). */
    public List<InspectedFile> inspect(List<IncomingFile> files) {
        if (files.size() > properties.maxFiles()) {
            throw Refusal.invalid("too-many-attachments",
                    "At most " + properties.maxFiles() + " files per report; " + files.size() + " were sent.");
        }
        long total = 0;
        List<String> types = new ArrayList<>();
        for (IncomingFile file : files) {
            long size = file.content().length;
            total += size;
            if (TextInput.hasControlCharacter(file.fileName())) {
                throw Refusal.invalid("invalid-file-name", "A file name holds a control character (such as NUL); "
                        + "rename the file and send it again.");
            }
            if (size == 0) {
                throw Refusal.invalid("empty-attachment", "The file '" + file.fileName() + "' is empty.");
            }
            if (size > properties.maxFileSize().toBytes()) {
                throw tooLarge("attachment-too-large", "The file '" + file.fileName() + "' has " + size
                        + " bytes; at most " + properties.maxFileSize().toBytes() + " are accepted per file.");
            }
            String detected = contentTypes.detect(file.content());
            String allowed = ContentTypes.allowed(detected);
            if (allowed == null) {
                throw new Refusal(Refusal.Reason.UNSUPPORTED_TYPE, "unsupported-attachment-type",
                        "Loại tệp không được chấp nhận / Unsupported file type",
                        "The file '" + file.fileName() + "' is " + detected + " by its content; accepted are JPEG, "
                                + "PNG, WebP, HEIC photos, PDF documents and MP4 videos.",
                        Map.of("file", String.valueOf(file.fileName()), "detectedType", detected));
            }
            types.add(allowed);
        }
        if (total > properties.maxRequestSize().toBytes()) {
            throw tooLarge("attachments-too-large", "The files have " + total + " bytes together; at most "
                    + properties.maxRequestSize().toBytes() + " are accepted per report.");
        }
        List<InspectedFile> inspected = new ArrayList<>();
        int textBudget = properties.pdfMaxTextChars();
        for (int i = 0; i < files.size(); i++) {
            IncomingFile file = files.get(i);
            String type = types.get(i);
            byte[] content = file.content();
            String sha256 = HexFormat.of().formatHex(AccessTokens.sha256(content));
            if (type.startsWith("image/")) {
                InspectedFile.GeoPoint gps = photoLocation.of(content).orElse(null);
                var copy = publicCopies.of(content, type);
                inspected.add(new InspectedFile(file.fileName(), type, content, sha256,
                        copy.map(PublicCopies.Copy::content).orElse(null),
                        copy.map(PublicCopies.Copy::mediaType).orElse(null), gps, null));
            } else if (ContentTypes.PDF.equals(type)) {
                String text = pdfText.extract(content, textBudget);
                textBudget -= text.length();
                inspected.add(new InspectedFile(file.fileName(), type, content, sha256, null, null, null, text));
            } else {
                inspected.add(new InspectedFile(file.fileName(), type, content, sha256, null, null, null, null));
            }
        }
        return inspected;
    }

    private static Refusal tooLarge(String slug, String detail) {
        return new Refusal(Refusal.Reason.TOO_LARGE, slug, "Tệp quá lớn / Payload too large", detail);
    }
}
