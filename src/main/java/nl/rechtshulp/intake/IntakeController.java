package nl.rechtshulp.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Map;
import nl.rechtshulp.request.Request;
import nl.rechtshulp.security.CurrentUsers;
import nl.rechtshulp.web.ApiProblem;
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
    private final OutgoingIntakeService outgoingIntake;
    private final ExtraditionIntakeService extraditionIntake;
    private final ForeignMessages foreignMessages;
    private final CurrentUsers currentUsers;
    private final ObjectMapper objectMapper;

    IntakeController(IntakeService intake, OutgoingIntakeService outgoingIntake,
                     ExtraditionIntakeService extraditionIntake, ForeignMessages foreignMessages,
                     CurrentUsers currentUsers, ObjectMapper objectMapper) {
        this.intake = intake;
        this.outgoingIntake = outgoingIntake;
        this.extraditionIntake = extraditionIntake;
        this.foreignMessages = foreignMessages;
        this.currentUsers = currentUsers;
        this.objectMapper = objectMapper;
    }

    /**
     * One resource for both directions and both types: {@code direction: OUTGOING} drafts a request to another state,
     * {@code type: EXTRADITION} registers an extradition request (either direction).
     */
    @PostMapping
    @Operation(summary = "Register an incoming request, draft an outgoing one (direction OUTGOING), or register an extradition request (type EXTRADITION), and start its handling")
    ResponseEntity<Map<String, Object>> register(@RequestBody JsonNode body) throws JsonProcessingException {
        var user = currentUsers.currentWriter();
        if (!body.isObject()) {
            throw ApiProblem.badRequest("body", "The body must be a JSON object");
        }
        Request request = "EXTRADITION".equals(body.path("type").asText())
                ? extraditionIntake.register(objectMapper.treeToValue(body, ExtraditionRequestForm.class), user)
                : "OUTGOING".equals(body.path("direction").asText())
                ? outgoingIntake.draft(objectMapper.treeToValue(body, OutgoingRequestForm.class), user)
                : intake.registerIncoming(objectMapper.treeToValue(body, IncomingRequestForm.class), user);
        String reference = request.getReference().value();
        return ResponseEntity.created(URI.create("/api/requests/" + reference))
                .body(Map.of("reference", reference, "phase", request.getPhase()));
    }

    @PostMapping("/{reference}/messages")
    @Operation(summary = "Deliver what the other state sent: a supplement or withdrawal (incoming), a partial or final reply (outgoing)")
    ResponseEntity<Map<String, Object>> deliver(@PathVariable String reference, @RequestBody ForeignMessageForm message) {
        var delivered = foreignMessages.deliver(reference, message, currentUsers.currentWriter());
        return ResponseEntity.accepted().body(Map.of("reference", reference, "kind", message.kind(),
                "phase", delivered.getPhase()));
    }
}
