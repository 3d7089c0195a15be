package nl.rechtshulp.pages;

import java.util.ArrayList;
import java.util.List;
import nl.rechtshulp.security.AuthorityGroups;
import nl.rechtshulp.security.CurrentUser;

/** The pages of the product a user may open, in the order the header shows them. */
public final class Navigation {

    public static final String TASKLIST = "/camunda/app/tasklist/default/";

    /** One entry: where it leads, the message key of its name, and the key of what it is for. */
    public record Item(String id, String href, String label) {
    }

    private Navigation() {
    }

    public static List<Item> of(CurrentUser user) {
        List<Item> items = new ArrayList<>();
        if (!user.isReadOnly()) {
            items.add(new Item("tasklist", TASKLIST, "nav.tasklist"));
        }
        items.add(new Item("requests", "/requests", "nav.requests"));
        if (user.seesAllRequests()) {
            items.add(new Item("dashboard", "/dashboard", "nav.dashboard"));
        }
        if (user.isMemberOf(AuthorityGroups.AUDITORS) || user.isMemberOf(AuthorityGroups.ADMINS)) {
            items.add(new Item("audit", "/audit", "nav.audit"));
        }
        items.add(new Item("treaties", "/reference/states", "nav.treaties"));
        return items;
    }
}
