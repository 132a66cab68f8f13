package vn.hcmc.feedback.directory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Finds the commune-level unit (ward, commune, special zone) of a place: by location over the units' real boundaries
 * ({@code ward-boundaries.geojson}, see {@link WardBoundaries}), or by a unit's name written in text (see
 * {@link UnitNames}), including the former names of {@code former-units.yaml}. A point outside every boundary or a
 * text that names no unit has no ward: a case for manual triage, not an error.
 */
@Service
public class WardLocator {

    public static final String FILE = "ward-boundaries.geojson";
    public static final String FORMER_NAMES_FILE = "former-units.yaml";
    private static final Logger log = LoggerFactory.getLogger(WardLocator.class);

    private final WardBoundaries boundaries;
    private final UnitNames names;

    public WardLocator(ReferenceFiles files, UnitDirectory directory) {
        this.boundaries = new WardBoundaries(files.read(FILE, JsonNode.class), directory);
        List<UnitNames.FormerName> formerNames = formerNames(files, directory);
        try {
            this.names = new UnitNames(directory.units(), formerNames);
        } catch (IllegalArgumentException e) {
            throw new ReferenceDataException("Reference data: " + e.getMessage());
        }
        log.info("Reference data: {} ward boundaries, {} former unit names", boundaries.size(), formerNames.size());
    }

    /** The unit whose boundary covers the point (latitude {@code lat}, longitude {@code lon}); empty outside. */
    public Optional<Unit> locate(double lat, double lon) {
        return boundaries.locate(lat, lon);
    }

    /**
     * The boundary of a ward, commune or special zone as a GeoJSON geometry (WGS 84 longitude, latitude), for maps;
     * empty for a city department, which has none.
     */
    public Optional<JsonNode> boundary(String unitCode) {
        return unitCode == null ? Optional.empty() : boundaries.geometry(unitCode);
    }

    /** A point inside a ward's, commune's or special zone's boundary, {latitude, longitude}; empty for others. */
    public Optional<double[]> centre(String unitCode) {
        return unitCode == null ? Optional.empty() : boundaries.centre(unitCode);
    }

    /** The first commune-level unit named with its kind in the text, if any. */
    public Optional<Unit> findInText(String text) {
        return names.find(text);
    }

    private static List<UnitNames.FormerName> formerNames(ReferenceFiles files, UnitDirectory directory) {
        if (!files.exists(FORMER_NAMES_FILE)) {
            return List.of();
        }
        ReferenceFiles.Loaded<FormerUnitsFile> file = files.read(FORMER_NAMES_FILE, FormerUnitsFile.class);
        List<UnitNames.FormerName> names = new ArrayList<>();
        List<FormerUnit> listed = file.value().formerUnits() == null ? List.of() : file.value().formerUnits();
        for (FormerUnit former : listed) {
            if (former == null || former.name() == null || former.name().isBlank()) {
                throw file.error(null, "a former unit without a name");
            }
            String at = former.name();
            Unit unit = directory.unit(former.unit()).orElseThrow(() -> file.error(at, "former unit '" + former.name()
                    + "' belongs to '" + former.unit() + "', which is not a unit code of units.yaml"));
            if (!unit.kind().isCommuneLevel()) {
                throw file.error(at, "former unit '" + former.name() + "' must belong to a ward, commune or special "
                        + "zone, not to " + unit.code());
            }
            names.add(new UnitNames.FormerName(former.name(), unit));
        }
        return names;
    }

    record FormerUnitsFile(List<FormerUnit> formerUnits) {
    }

    /** A former unit: its name with its kind, the former district it was in (for people), the unit it went into. */
    record FormerUnit(String name, String formerDistrict, String unit) {
    }
}
