package nl.rechtshulp.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.rechtshulp.security.CurrentUsers;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout shows: who is signed in, for which authorities, and where they may go. */
@ControllerAdvice(annotations = PageController.class)
class PageLayoutAdvice {

    private final CurrentUsers currentUsers;

    PageLayoutAdvice(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    /** The signed-in user, the groups they act for, the navigation and the page it is on. */
    record Layout(String userId, List<String> groups, List<Navigation.Item> navigation, String path) {

        static Layout of(nl.rechtshulp.security.CurrentUser user, HttpServletRequest request) {
            return new Layout(user.userId(), user.groups().stream().sorted().toList(), Navigation.of(user),
                    request.getRequestURI());
        }
    }

    @ModelAttribute("tasklist")
    String tasklist() {
        return Navigation.TASKLIST;
    }

    @ModelAttribute("layout")
    Layout layout(HttpServletRequest request) {
        return Layout.of(currentUsers.current(), request);
    }
}
