package nl.rechtshulp.audit;

import java.util.function.Supplier;

/**
 * Why the engine ends the tasks it ends during one call, where the product knows it better than the engine's words:
 * a withdrawal by the requesting state ends every open task, and the trail should say so with the state's reason.
 * Only for the call that delivers it; a later removal keeps its own reason.
 */
public final class RemovalReason {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RemovalReason() {
    }

    public static <T> T during(String reason, Supplier<T> work) {
        String before = CURRENT.get();
        CURRENT.set(reason);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    static String current() {
        return CURRENT.get();
    }
}
