package vn.hcmc.feedback.directory;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public lists for the app's pickers. */
@RestController
@RequestMapping("/api")
class DirectoryController {

    private final UnitDirectory directory;

    DirectoryController(UnitDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/units")
    List<Entry> units() {
        return directory.units().stream().map(u -> new Entry(u.code(), u.nameVi(), u.nameEn(), u.kind().name())).toList();
    }

    @GetMapping("/categories")
    List<Entry> categories() {
        return directory.categories().stream().map(c -> new Entry(c.code(), c.nameVi(), c.nameEn(), null)).toList();
    }

    record Entry(String code, String nameVi, String nameEn, String kind) {
    }
}
