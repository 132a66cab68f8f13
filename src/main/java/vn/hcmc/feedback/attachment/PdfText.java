package vn.hcmc.feedback.attachment;

import jakarta.annotation.PreDestroy;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Text of a PDF, bounded three ways so that a decompression bomb or a hostile file cannot exhaust memory or hang
 * a request: at most {@code pdfMaxTextChars} characters (Tika's write limit), at most {@code pdfMaxMemory} of main
 * memory for PDFBox (beyond it, temporary files), and at most {@code pdfTimeout} (then the text so far is kept
 * and the parser thread is interrupted). No OCR, no inline images. A PDF whose text cannot be read is still a
 * valid attachment; it just brings no text.
 */
@Component
public class PdfText {

    private static final Logger log = LoggerFactory.getLogger(PdfText.class);

    private final AttachmentProperties properties;
    private final ExecutorService parsers;

    public PdfText(AttachmentProperties properties) {
        this.properties = properties;
        AtomicInteger n = new AtomicInteger();
        this.parsers = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(100), r -> {
            Thread t = new Thread(r, "pdf-text-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The text, possibly cut at the limit; empty when none can be read in time. */
    public String extract(byte[] pdf, int maxChars) {
        if (maxChars <= 0) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        Future<?> job = parsers.submit(() -> {
            parse(pdf, maxChars, text);
            return null;
        });
        try {
            job.get(properties.pdfTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            log.warn("PDF text extraction stopped after {}", properties.pdfTimeout());
        } catch (ExecutionException e) {
            log.info("PDF text not readable: {}", e.getCause().toString());
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
        }
        synchronized (text) {
            return text.length() > maxChars ? text.substring(0, maxChars) : text.toString();
        }
    }

    private void parse(byte[] pdf, int maxChars, StringBuilder out) throws Exception {
        PDFParserConfig config = new PDFParserConfig();
        config.setExtractInlineImages(false);
        config.setExtractAcroFormContent(true);
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        config.setMaxMainMemoryBytes(properties.pdfMaxMemory().toBytes());
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, config);
        BoundedWriter writer = new BoundedWriter(out, maxChars);
        BodyContentHandler handler = new BodyContentHandler(new WriteOutContentHandler(writer, maxChars));
        try (InputStream in = new ByteArrayInputStream(pdf)) {
            new PDFParser().parse(in, handler, new Metadata(), context);
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
        }
    }

    @PreDestroy
    void stop() {
        parsers.shutdownNow();
    }

    /** Appends to a shared buffer, so text found before a timeout is kept. */
    private static final class BoundedWriter extends java.io.Writer {
        private final StringBuilder out;
        private final int max;

        BoundedWriter(StringBuilder out, int max) {
            this.out = out;
            this.max = max;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            synchronized (out) {
                int room = max - out.length();
                if (room > 0) {
                    out.append(cbuf, off, Math.min(room, len));
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
