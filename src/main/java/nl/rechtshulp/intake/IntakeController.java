package nl.rechtshulp.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import nl.rechtshulp.request.Request;
import nl.rechtshulp.security.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/requests")
@Tag(name = "Intake", description = "Registering requests and what the foreign state sends")
class IntakeController {

    private final IntakeService intake;
    private final ForeignMessages foreignMessages;
    private final CurrentUsers currentUsers;

    IntakeController(IntakeService intake, ForeignMessages foreignMessages, CurrentUsers currentUsers) {
        this.intake = intake;
        this.foreignMessages = foreignMessages;
        this.currentUsers = currentUsers;
    }

    @PostMapping
    @Operation(summary = "Register an incoming request and start its handling")
    ResponseEntity<Map<String, Object>> register(@RequestBody IncomingRequestForm form) {
        Request request = intake.registerIncoming(form, currentUsers.currentWriter());
        String reference = request.getReference().value();
        return ResponseEntity.created(URI.create("/api/requests/" + reference))
                .body(Map.of("reference", reference, "phase", request.getPhase()));
    }

    @PostMapping("/{reference}/messages")
    @Operation(summary = "Deliver what the requesting state sent: a supplement or a withdrawal")
    ResponseEntity<Map<String, Object>> deliver(@PathVariable String reference, @RequestBody ForeignMessageForm message) {
        var delivered = foreignMessages.deliver(reference, message, currentUsers.currentWriter());
        return ResponseEntity.accepted().body(Map.of("reference", reference, "kind", message.kind(),
                "phase", delivered.getPhase()));
    }
}
