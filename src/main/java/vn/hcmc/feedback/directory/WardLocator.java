package vn.hcmc.feedback.directory;

import java.util.Optional;
import org.springframework.stereotype.Service;

/** Finds the commune-level unit of a place: by location (ward boundaries) or by a unit name written in text. */
@Service
public class WardLocator {

    private final UnitDirectory directory;

    public WardLocator(UnitDirectory directory) {
        this.directory = directory;
    }

    public Optional<Unit> locate(double lat, double lon) {
        return Optional.empty();
    }

    public Optional<Unit> findInText(String text) {
        return Optional.empty();
    }
}
