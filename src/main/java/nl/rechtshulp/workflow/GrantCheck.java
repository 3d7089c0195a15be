package nl.rechtshulp.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;

/**
 * The engine's answer to "may this user do this to these resources" when no revocation applies to the user, read with
 * one plain statement instead of the engine's generated one.
 * <p>
 * The engine builds its check as a nest of {@code CASE WHEN EXISTS} subqueries, generated anew for every command by
 * MyBatis' dynamic SQL: at every task completion that generation was a quarter of the command's time. Without
 * revocations the nest means: some grant of the user, of one of the groups, or a global authorization, on the
 * resource or on all resources of its type ({@code *}), holding every bit of the permission. This reads the few rows
 * that can match (the user's and the groups' authorizations on those resources) and answers that in Java, for a
 * check made of atomic checks on named resources, disjunctive or conjunctive. Anything else (checks nested in
 * checks, checks on a query's column, a revocation that applies) is left to the engine.
 */
final class GrantCheck {

    private static final String ALL = "*";

    private GrantCheck() {
    }

    /** Whether the check is one this class answers exactly as the engine does. */
    static boolean answerable(CompositePermissionCheck check) {
        if (check.getCompositeChecks() != null && !check.getCompositeChecks().isEmpty()) {
            return false;
        }
        List<PermissionCheck> atomic = check.getAtomicChecks();
        if (atomic == null || atomic.isEmpty()) {
            return false;
        }
        for (PermissionCheck permission : atomic) {
            if (permission.getResourceId() == null || permission.getResourceIdQueryParam() != null
                    || permission.getAuthorizationNotFoundReturnValue() != null) {
                return false;
            }
        }
        return true;
    }

    /** The engine's grant-only answer for an {@link #answerable} check; {@code groups} as the engine filtered them. */
    static boolean granted(Connection connection, String tablePrefix, String userId, List<String> groups,
                           CompositePermissionCheck check) {
        List<PermissionCheck> atomic = check.getAtomicChecks();
        List<Row> rows = candidates(connection, tablePrefix, userId, groups, atomic);
        if (check.isDisjunctive()) {
            return atomic.stream().anyMatch(permission -> grants(rows, userId, groups, permission));
        }
        return atomic.stream().allMatch(permission -> grants(rows, userId, groups, permission));
    }

    /** Whether a revocation applies to the user or one of the groups (the engine's "auto" mode asks this first). */
    static boolean anyRevocation(Connection connection, String tablePrefix, String userId, List<String> groups) {
        StringBuilder sql = new StringBuilder("select 1 from ").append(tablePrefix)
                .append("ACT_RU_AUTHORIZATION where TYPE_ = ").append(Authorization.AUTH_TYPE_REVOKE);
        List<Object> parameters = new ArrayList<>();
        appendHolders(sql, parameters, userId, groups);
        return !query(connection, sql.toString() + " fetch first 1 rows only", parameters, result -> 1).isEmpty();
    }

    private static boolean grants(List<Row> rows, String userId, List<String> groups, PermissionCheck permission) {
        int perms = permission.getPerms();
        for (Row row : rows) {
            boolean holder = row.type() == Authorization.AUTH_TYPE_GRANT
                    ? userId != null && userId.equals(row.userId())
                            || row.groupId() != null && groups.contains(row.groupId())
                    : row.type() == Authorization.AUTH_TYPE_GLOBAL && ALL.equals(row.userId());
            if (holder && row.resourceType() == permission.getResourceType()
                    && (ALL.equals(row.resourceId()) || permission.getResourceId().equals(row.resourceId()))
                    && (row.perms() & perms) == perms) {
                return true;
            }
        }
        return false;
    }

    private record Row(int type, String userId, String groupId, int resourceType, String resourceId, int perms) {
    }

    private static List<Row> candidates(Connection connection, String tablePrefix, String userId, List<String> groups,
                                        List<PermissionCheck> atomic) {
        Set<Integer> resourceTypes = new LinkedHashSet<>();
        Set<String> resourceIds = new LinkedHashSet<>();
        resourceIds.add(ALL);
        for (PermissionCheck permission : atomic) {
            resourceTypes.add(permission.getResourceType());
            resourceIds.add(permission.getResourceId());
        }
        StringBuilder sql = new StringBuilder("select TYPE_, USER_ID_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_")
                .append(" from ").append(tablePrefix).append("ACT_RU_AUTHORIZATION")
                .append(" where TYPE_ < ").append(Authorization.AUTH_TYPE_REVOKE)
                .append(" and RESOURCE_TYPE_ in (").append(placeholders(resourceTypes.size())).append(')')
                .append(" and RESOURCE_ID_ in (").append(placeholders(resourceIds.size())).append(')');
        List<Object> parameters = new ArrayList<>(resourceTypes);
        parameters.addAll(resourceIds);
        appendHolders(sql, parameters, userId, groups);
        return query(connection, sql.toString(), parameters, result -> new Row(result.getInt(1), result.getString(2),
                result.getString(3), result.getInt(4), result.getString(5), result.getInt(6)));
    }

    /** The user (or everyone, {@code *}) and the groups, as the engine names the holders of an authorization. */
    private static void appendHolders(StringBuilder sql, List<Object> parameters, String userId, List<String> groups) {
        sql.append(" and (USER_ID_ in (?, '*')");
        parameters.add(userId);
        if (!groups.isEmpty()) {
            sql.append(" or GROUP_ID_ in (").append(placeholders(groups.size())).append(')');
            parameters.addAll(groups);
        }
        sql.append(')');
    }

    private static String placeholders(int count) {
        return "?, ".repeat(count - 1) + "?";
    }

    private interface RowReader<T> {
        T read(ResultSet result) throws SQLException;
    }

    /** Runs a read on the engine's own connection, inside the command's transaction. */
    private static <T> List<T> query(Connection connection, String sql, List<Object> parameters, RowReader<T> reader) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i) instanceof Integer number) {
                    statement.setInt(i + 1, number);
                } else {
                    statement.setString(i + 1, (String) parameters.get(i));
                }
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not read the authorizations: " + e.getMessage(), e);
        }
    }
}
