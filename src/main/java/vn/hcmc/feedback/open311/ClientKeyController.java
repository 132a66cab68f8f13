package vn.hcmc.feedback.open311;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hcmc.feedback.directory.CityGroups;
import vn.hcmc.feedback.security.Officials;

/** The administrator's management of the Open311 client applications and their API keys. */
@RestController
@RequestMapping("/api/staff/open311/clients")
@Tag(name = "Open311 clients (staff)", description = "API keys of the Open311 client applications; administrators "
        + "(Camunda group camunda-admin) only.")
class ClientKeyController {

    private final ClientKeys keys;
    private final Officials officials;

    ClientKeyController(ClientKeys keys, Officials officials) {
        this.keys = keys;
        this.officials = officials;
    }

    record NewClient(@NotBlank @Size(max = 100) String name, @Size(max = 320) String contact) {
    }

    /** A client application as the administrator sees it; {@code apiKey} only in the answer to its creation. */
    record ClientView(Long id, String name, String contact, String keyPrefix, String createdBy, Instant createdAt,
                      String revokedBy, Instant revokedAt, boolean active, String apiKey) {

        static ClientView of(ClientApplication c, String apiKey) {
            return new ClientView(c.getId(), c.getName(), c.getContact(), c.getKeyPrefix(), c.getCreatedBy(),
                    c.getCreatedAt(), c.getRevokedBy(), c.getRevokedAt(), c.isActive(), apiKey);
        }
    }

    @PostMapping
    @Operation(summary = "Register a client application and make its API key (shown only in this answer)")
    @ApiResponse(responseCode = "201", description = "Created; apiKey is in this answer only")
    ResponseEntity<ClientView> create(@Valid @RequestBody NewClient request) {
        String by = requireAdministrator("register Open311 client applications");
        ClientKeys.Created created = keys.create(request.name(), request.contact(), by);
        return ResponseEntity.created(URI.create("/api/staff/open311/clients/" + created.client().getId()))
                .body(ClientView.of(created.client(), created.apiKey()));
    }

    @GetMapping
    @Operation(summary = "The client applications, revoked ones included (never their keys)")
    List<ClientView> list() {
        requireAdministrator("list Open311 client applications");
        return keys.all().stream().map(c -> ClientView.of(c, null)).toList();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a client application's API key (the application's row stays)")
    ClientView revoke(@PathVariable long id) {
        String by = requireAdministrator("revoke Open311 API keys");
        return ClientView.of(keys.revoke(id, by), null);
    }

    private String requireAdministrator(String action) {
        return officials.requireAnyGroup(action, CityGroups.CAMUNDA_ADMIN);
    }
}
