package nl.rechtshulp.workflow;

import java.util.ArrayList;
import java.util.List;

/** Keeps the lifecycle marks the models emit, so process tests can assert the phases a request went through. */
public class RecordingLifecycleRecorder implements LifecycleRecorder {

    private static final List<String> PHASES = new ArrayList<>();
    private static final List<String> STAGES = new ArrayList<>();
    private static final List<String> OUTCOMES = new ArrayList<>();
    private static final List<String> CLOCKS = new ArrayList<>();

    @Override
    public void enter(String reference, LifecycleMark mark) {
        if (mark.phase() != null && (PHASES.isEmpty() || !PHASES.get(PHASES.size() - 1).equals(mark.phase()))) {
            PHASES.add(mark.phase());
        }
        if (mark.stage() != null) {
            STAGES.add(mark.stage());
        }
        if (mark.clock() != null && (CLOCKS.isEmpty() || !CLOCKS.get(CLOCKS.size() - 1).equals(mark.clock()))) {
            CLOCKS.add(mark.clock());
        }
    }

    @Override
    public void close(String reference, String outcome) {
        OUTCOMES.add(outcome);
    }

    public static List<String> phases() {
        return List.copyOf(PHASES);
    }

    public static List<String> stages() {
        return List.copyOf(STAGES);
    }

    public static List<String> outcomes() {
        return List.copyOf(OUTCOMES);
    }

    /** Changes of clock, in order. */
    public static List<String> clocks() {
        return List.copyOf(CLOCKS);
    }

    public static void reset() {
        CLOCKS.clear();
        PHASES.clear();
        STAGES.clear();
        OUTCOMES.clear();
    }
}
