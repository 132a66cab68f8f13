package vn.hcmc.feedback.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.stereotype.Component;

/**
 * A copy of a photo that carries no metadata (no EXIF GPS, no device serials): the pixels are decoded and encoded
 * anew, so nothing but the image survives. Only JPEG and PNG can be decoded by the JDK; WebP and HEIC photos get
 * no public copy (they stay private until a copy exists). The size is checked before decoding, so a "pixel bomb"
 * (a small file declaring a huge image) is not decoded.
 *
 * <p>What one decode costs is bounded (issue 16, finding 8): the image is decoded subsampled, so that the copy's
 * longest side is at most {@code public-copy-max-side} pixels (the public page never shows more) and its raster
 * takes a few megabytes whatever the photo's size; and only as many images are decoded at once as the node has
 * cores, the other uploads waiting their turn instead of taking the heap.
 */
@Component
public class PublicCopies {

    private final AttachmentProperties properties;
    private final Semaphore decoding = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    public PublicCopies(AttachmentProperties properties) {
        this.properties = properties;
    }

    public record Copy(byte[] content, String mediaType) {
    }

    public Optional<Copy> of(byte[] image, String mediaType) {
        String format = switch (mediaType) {
            case ContentTypes.JPEG -> "jpeg";
            case ContentTypes.PNG -> "png";
            default -> null;
        };
        if (format == null) {
            return Optional.empty();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                long pixels = (long) width * height;
                if (pixels <= 0 || pixels > properties.imageMaxPixels()) {
                    return Optional.empty();
                }
                ImageReadParam subsampled = reader.getDefaultReadParam();
                int step = (int) Math.ceil((double) Math.max(width, height) / properties.publicCopyMaxSide());
                if (step > 1) {
                    subsampled.setSourceSubsampling(step, step, 0, 0);
                }
                decoding.acquire();
                try {
                    BufferedImage pixelsOnly = reader.read(0, subsampled);
                    if ("jpeg".equals(format) && pixelsOnly.getColorModel().hasAlpha()) {
                        return Optional.empty();
                    }
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    if (!ImageIO.write(pixelsOnly, format, out)) {
                        return Optional.empty();
                    }
                    return Optional.of(new Copy(out.toByteArray(), mediaType));
                } finally {
                    decoding.release();
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
