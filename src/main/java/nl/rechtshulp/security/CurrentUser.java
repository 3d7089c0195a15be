package nl.rechtshulp.security;

import java.util.Set;

/** The authenticated user of this request, with the groups they act for. */
public record CurrentUser(String userId, Set<String> groups) {

    public CurrentUser {
        groups = Set.copyOf(groups);
    }

    /** Coordinators, auditors and administrators see every request. */
    public boolean seesAllRequests() {
        return groups.contains(AuthorityGroups.COORDINATORS) || groups.contains(AuthorityGroups.AUDITORS)
                || groups.contains(AuthorityGroups.ADMINS);
    }

    /** Auditors read; unless they also act for an authority, they change nothing. */
    public boolean isReadOnly() {
        return groups.contains(AuthorityGroups.AUDITORS) && groups.size() == 1;
    }

    public boolean isMemberOf(String group) {
        return groups.contains(group);
    }
}
