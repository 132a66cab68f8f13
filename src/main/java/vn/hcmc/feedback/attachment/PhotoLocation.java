package vn.hcmc.feedback.attachment;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The GPS position written in a photo's EXIF metadata (metadata-extractor, which Tika's image module uses). */
@Component
public class PhotoLocation {

    public Optional<InspectedFile.GeoPoint> of(byte[] image) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image), image.length);
            for (GpsDirectory gps : metadata.getDirectoriesOfType(GpsDirectory.class)) {
                GeoLocation location = gps.getGeoLocation();
                if (location != null && !location.isZero() && Math.abs(location.getLatitude()) <= 90
                        && Math.abs(location.getLongitude()) <= 180) {
                    return Optional.of(new InspectedFile.GeoPoint(location.getLatitude(), location.getLongitude()));
                }
            }
        } catch (Exception | StackOverflowError unreadable) {
            // a photo without readable metadata simply has no position
        }
        return Optional.empty();
    }
}
