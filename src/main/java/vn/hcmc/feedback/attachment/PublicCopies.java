package vn.hcmc.feedback.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.stereotype.Component;

/**
 * A copy of a photo that carries no metadata (no EXIF GPS, no device serials): the pixels are decoded and encoded
 * anew, so nothing but the image survives. Only JPEG and PNG can be decoded by the JDK; WebP and HEIC photos get
 * no public copy (they stay private until a copy exists). The size is checked before decoding, so a "pixel bomb"
 * (a small file declaring a huge image) is not decoded.
 */
@Component
public class PublicCopies {

    private final AttachmentProperties properties;

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
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > properties.imageMaxPixels()) {
                    return Optional.empty();
                }
                BufferedImage pixelsOnly = reader.read(0);
                if ("jpeg".equals(format) && pixelsOnly.getColorModel().hasAlpha()) {
                    return Optional.empty();
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (!ImageIO.write(pixelsOnly, format, out)) {
                    return Optional.empty();
                }
                return Optional.of(new Copy(out.toByteArray(), mediaType));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
