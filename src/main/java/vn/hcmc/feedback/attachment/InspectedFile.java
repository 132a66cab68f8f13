package vn.hcmc.feedback.attachment;

/**
 * A file that passed inspection. {@code publicCopy} is a re-encoded copy without metadata (images that can be
 * decoded), or null when nothing of the file may ever be shown publicly. {@code gps} is the photo's EXIF
 * position, {@code text} the text of a PDF (bounded), both possibly null.
 */
public record InspectedFile(String fileName, String mediaType, byte[] content, String sha256, byte[] publicCopy,
                            String publicMediaType, GeoPoint gps, String text) {

    public record GeoPoint(double lat, double lon) {
    }
}
