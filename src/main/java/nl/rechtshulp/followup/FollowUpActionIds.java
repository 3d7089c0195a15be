package nl.rechtshulp.followup;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The actions an interpretation asks to track, as the list a multi-instance activity runs over. The process keeps
 * them as text, ids separated by commas: a list variable would need Java serialization, which the engine refuses.
 */
@Component("followUpActionIds")
public class FollowUpActionIds {

    public List<String> of(String ids) {
        return ids == null || ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(String::trim).toList();
    }
}
