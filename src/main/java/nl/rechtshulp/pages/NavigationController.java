package nl.rechtshulp.pages;

import java.util.List;
import java.util.Map;
import nl.rechtshulp.security.CurrentUsers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The same navigation as the pages' header, for the Tasklist's header to show the product's pages. */
@RestController
class NavigationController {

    private final CurrentUsers currentUsers;
    private final MessageSource messages;

    NavigationController(CurrentUsers currentUsers, MessageSource messages) {
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    /** Open to anyone so that the Tasklist can ask before its user has signed in: nobody signed in, no pages. */
    @GetMapping("/api/navigation")
    List<Map<String, String>> navigation() {
        var user = currentUsers.find();
        if (user.isEmpty()) {
            return List.of();
        }
        return Navigation.of(user.get()).stream()
                .map(item -> Map.of("id", item.id(), "href", item.href(),
                        "label", messages.getMessage(item.label(), null, LocaleContextHolder.getLocale())))
                .toList();
    }
}
