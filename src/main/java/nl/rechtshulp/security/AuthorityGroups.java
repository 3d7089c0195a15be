package nl.rechtshulp.security;

import java.util.List;
import java.util.Set;

/** The group ids of the authorities and roles (Camunda identity groups, camelCase as Camunda requires). */
public final class AuthorityGroups {

    public static final List<String> REGIONAL_IRCS = List.of(
            "ircNoordNederland", "ircOostNederland", "ircMiddenNederland", "ircNoordHolland", "ircAmsterdam",
            "ircDenHaag", "ircRotterdam", "ircZeelandWestBrabant", "ircOostBrabant", "ircLimburg");
    public static final String LIRC = "lirc";
    public static final String FUNCTIONEEL_PARKET = "ircFunctioneelParket";
    public static final String AIRS = "airs";
    public static final List<String> EXECUTING_SERVICES = List.of("politie", "fiod", "kmar", "douane");
    public static final String LIAISON_MAGISTRATES = "liaisonMagistrates";
    public static final String COORDINATORS = "coordinators";
    public static final String AUDITORS = "auditors";
    public static final String ADMINS = "admins";

    /** Authorities that receive requests from abroad and may register them. */
    public static final Set<String> RECEIVING_AUTHORITIES = receivingAuthorities();

    private AuthorityGroups() {
    }

    public static boolean isIrc(String group) {
        return REGIONAL_IRCS.contains(group) || LIRC.equals(group) || FUNCTIONEEL_PARKET.equals(group);
    }

    private static Set<String> receivingAuthorities() {
        var groups = new java.util.LinkedHashSet<>(REGIONAL_IRCS);
        groups.add(LIRC);
        groups.add(FUNCTIONEEL_PARKET);
        groups.add(AIRS);
        return Set.copyOf(groups);
    }
}
