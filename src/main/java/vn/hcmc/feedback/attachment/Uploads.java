package vn.hcmc.feedback.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.hcmc.feedback.system.Refusal;

/**
 * Lets the uploaded files of a request into memory only while the node has room for them (issue 16, finding 8).
 * Uploads wait on disk (Tomcat writes multipart files to temporary files); the work on a request's files (reading
 * them, inspecting them, the public copy, storing them) takes a share of an in-memory budget, {@value #COPIES} times
 * the files' size (the files as read, and their public copies and the database driver's buffers; the bytes are
 * stored through JDBC, without Hibernate's copies: see {@link Attachments}), and gives it back when it is done. Requests beyond the budget wait their turn, fairly,
 * up to {@code admission-wait}; then 503 with Retry-After, and nothing is stored. So 50 uploads of the largest files
 * at once are worked on a few at a time instead of exhausting the heap, and the rest of the server keeps answering.
 */
@Component
public class Uploads {

    private static final Logger log = LoggerFactory.getLogger(Uploads.class);
    private static final long KB = 1024;
    /** How many times its size a request's files take in memory while they are worked on. */
    static final int COPIES = 2;

    private final Semaphore budget;
    private final int budgetKb;
    private final AttachmentProperties properties;

    public Uploads(AttachmentProperties properties) {
        this.properties = properties;
        long bytes = properties.inMemoryBudget() == null || properties.inMemoryBudget().toBytes() <= 0
                ? Runtime.getRuntime().maxMemory() / 4 : properties.inMemoryBudget().toBytes();
        this.budgetKb = (int) Math.min(Integer.MAX_VALUE, Math.max(1, bytes / KB));
        this.budget = new Semaphore(budgetKb, true);
        log.info("Uploads: files of at most {} MB in memory at once", budgetKb / KB);
    }

    /**
     * Reads the request's files (empty parts left out) and hands them to {@code work} once the budget has room for
     * them; the budget is given back when {@code work} returns or fails.
     */
    public <T> T admitted(List<MultipartFile> files, Function<List<IncomingFile>, T> work) {
        List<MultipartFile> sent = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
        if (sent.isEmpty()) {
            return work.apply(List.of());
        }
        long size = sent.stream().mapToLong(MultipartFile::getSize).sum();
        int share = (int) Math.min(budgetKb, Math.max(1, COPIES * size / KB));
        long wait = properties.admissionWait().toMillis();
        try {
            if (!budget.tryAcquire(share, wait, TimeUnit.MILLISECONDS)) {
                throw busy(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy(wait);
        }
        try {
            return work.apply(sent.stream().map(Uploads::incoming).toList());
        } finally {
            budget.release(share);
        }
    }

    /** Room left in the budget, in KB (for the tests). */
    int availableKb() {
        return budget.availablePermits();
    }

    private static Refusal busy(long waitedMillis) {
        return new Refusal(Refusal.Reason.UNAVAILABLE, "uploads-busy", "Máy chủ đang bận / Server busy",
                "Too many files are being received right now (waited " + waitedMillis / 1000 + " s); send the "
                        + "report again in a minute: nothing was stored.", Map.of(Refusal.RETRY_AFTER_SECONDS, 30L));
    }

    private static IncomingFile incoming(MultipartFile file) {
        try {
            return new IncomingFile(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
