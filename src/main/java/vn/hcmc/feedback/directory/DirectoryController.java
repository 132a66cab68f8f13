package vn.hcmc.feedback.directory;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hcmc.feedback.system.Refusal;

/** Public lists for the app's pickers, and the unit of a place. */
@RestController
@RequestMapping("/api")
class DirectoryController {

    private final UnitDirectory directory;
    private final WardLocator wards;

    DirectoryController(UnitDirectory directory, WardLocator wards) {
        this.directory = directory;
        this.wards = wards;
    }

    @GetMapping("/units")
    List<Entry> units() {
        return directory.units().stream().map(Entry::of).toList();
    }

    /** The ward, commune or special zone a point lies in; 404 {@code outside-city} outside every boundary. */
    @GetMapping("/units/at")
    Entry unitAt(@RequestParam double lat, @RequestParam double lon) {
        if (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            throw Refusal.invalid("invalid-location", "lat must lie in [-90, 90] and lon in [-180, 180] "
                    + "(WGS 84 degrees), not " + lat + ", " + lon);
        }
        return wards.locate(lat, lon).map(Entry::of).orElseThrow(() -> Refusal.notFound("outside-city",
                "Vị trí " + lat + ", " + lon + " nằm ngoài địa bàn Thành phố Hồ Chí Minh / The location is outside "
                        + "every ward, commune and special zone of Ho Chi Minh City"));
    }

    @GetMapping("/categories")
    List<Entry> categories() {
        return directory.categories().stream()
                .map(c -> new Entry(c.code(), c.nameVi(), c.nameEn(), null, null)).toList();
    }

    record Entry(String code, String nameVi, String nameEn, String kind, String officialCode) {

        static Entry of(Unit unit) {
            return new Entry(unit.code(), unit.nameVi(), unit.nameEn(), unit.kind().name(), unit.officialCode());
        }
    }
}
