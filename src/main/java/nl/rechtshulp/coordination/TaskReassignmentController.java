package nl.rechtshulp.coordination;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import nl.rechtshulp.security.CurrentUsers;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Coordination", description = "Coordinators move work between people and authorities")
class TaskReassignmentController {

    private final TaskReassignments reassignments;
    private final CurrentUsers currentUsers;

    TaskReassignmentController(TaskReassignments reassignments, CurrentUsers currentUsers) {
        this.reassignments = reassignments;
        this.currentUsers = currentUsers;
    }

    @PostMapping("/reassignments")
    @Operation(summary = "Reassign tasks in bulk to a person or an authority, with a recorded reason (coordinators)")
    Map<String, List<TaskReassignments.Reassigned>> reassign(@RequestBody TaskReassignments.Reassignment reassignment) {
        return Map.of("reassigned", reassignments.reassign(reassignment, currentUsers.current()));
    }
}
