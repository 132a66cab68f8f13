package vn.hcmc.feedback.attachment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits for citizens' attachments ({@code feedback.attachments.*}).
 *
 * @param maxFileSize    largest single file (413 above)
 * @param maxRequestSize largest sum of a request's files (413 above)
 * @param maxFiles       most files in one request
 * @param pdfMaxTextChars most characters of text kept from a request's PDFs
 * @param pdfTimeout     longest time spent extracting one PDF's text; then the text so far is kept
 * @param pdfMaxMemory   most main memory PDFBox may use for one PDF (beyond it, temporary files)
 * @param imageMaxPixels largest image (width × height) that is decoded for the metadata-free public copy: a
 *                       48-megapixel phone photo (8000 × 6000); larger ones stay private
 * @param publicCopyMaxSide longest side of the public copy, in pixels; larger photos are decoded subsampled
 * @param inMemoryBudget how many bytes of uploaded files a node works on at once, counting each file twice (it and
 *                       its copies); 0 for a quarter of the heap ({@link Uploads})
 * @param admissionWait  how long a request's files may wait for room in that budget; then 503
 */
@ConfigurationProperties("feedback.attachments")
public record AttachmentProperties(
        @DefaultValue("10MB") DataSize maxFileSize,
        @DefaultValue("30MB") DataSize maxRequestSize,
        @DefaultValue("5") int maxFiles,
        @DefaultValue("20000") int pdfMaxTextChars,
        @DefaultValue("10s") Duration pdfTimeout,
        @DefaultValue("64MB") DataSize pdfMaxMemory,
        @DefaultValue("48000000") long imageMaxPixels,
        @DefaultValue("2560") int publicCopyMaxSide,
        @DefaultValue("0") DataSize inMemoryBudget,
        @DefaultValue("60s") Duration admissionWait) {
}
