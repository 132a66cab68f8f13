package vn.hcmc.feedback.handling;

import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff API of handling: the same steps as the forms, for the units' own systems. Each call answers 204 when
 * done, 403 for someone outside the unit (leaders where a leader decides), 400 for bad input and 409 in the wrong
 * state; nothing changes on an error.
 */
@RestController
@RequestMapping("/api/staff/reports/{trackingCode}")
class HandlingController {

    private final HandlingActions actions;

    HandlingController(HandlingActions actions) {
        this.actions = actions;
    }

    record InformationRequest(String question) {
    }

    record TransferRequest(String unitCode, String reason) {
    }

    record ExtensionRequest(String reason, Object workingDays) {
    }

    record ExtensionDecision(Object approved, String comment) {
    }

    record HistoryEntry(String event, String actor, String detail, Instant occurredAt) {
    }

    @PostMapping("/claim")
    ResponseEntity<Void> claim(@PathVariable String trackingCode) {
        actions.claim(trackingCode);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/information-request")
    ResponseEntity<Void> informationRequest(@PathVariable String trackingCode,
                                            @RequestBody InformationRequest request) {
        actions.requestInformation(trackingCode, request.question());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/transfer")
    ResponseEntity<Void> transfer(@PathVariable String trackingCode, @RequestBody TransferRequest request) {
        actions.transfer(trackingCode, request.unitCode(), request.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/extension")
    ResponseEntity<Void> extension(@PathVariable String trackingCode, @RequestBody ExtensionRequest request) {
        actions.requestExtension(trackingCode, request.reason(), request.workingDays());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/extension/decision")
    ResponseEntity<Void> decision(@PathVariable String trackingCode, @RequestBody ExtensionDecision request) {
        actions.decideExtension(trackingCode, request.approved(), request.comment());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/history")
    List<HistoryEntry> history(@PathVariable String trackingCode) {
        return actions.history(trackingCode).stream()
                .map(e -> new HistoryEntry(e.getEvent(), e.getActor(), e.getDetail(), e.getOccurredAt())).toList();
    }
}
