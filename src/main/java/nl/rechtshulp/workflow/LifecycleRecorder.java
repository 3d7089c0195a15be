package nl.rechtshulp.workflow;

/** Receives the lifecycle marks of the process models (the {@code phase}, {@code stage}, {@code clock} properties). */
public interface LifecycleRecorder {

    /** A flow node with lifecycle properties started; {@code null} values leave that part as it was. */
    void enter(String reference, LifecycleMark mark);

    /** An end event marked with an {@code outcome} was reached. */
    void close(String reference, String outcome);

    record LifecycleMark(String phase, String stage, String clock, String clockReason) {
    }
}
