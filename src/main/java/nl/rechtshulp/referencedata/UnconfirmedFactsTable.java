package nl.rechtshulp.referencedata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The README's table of the register's unconfirmed facts, grouped per file and instrument so it stays readable; a test
 * keeps the README equal to it, so the table can never drift from the data.
 */
public final class UnconfirmedFactsTable {

    private UnconfirmedFactsTable() {
    }

    public static String markdown(TreatyRegister register) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (TreatyRegister.UnconfirmedFact fact : register.unconfirmedFacts()) {
            String instrument = fact.instrument() == null ? "" : fact.instrument();
            String key = fact.file() + "|" + instrument + "|" + (fact.state() == null ? fact.line() : "");
            groups.computeIfAbsent(key, k -> new Group(fact.file(), instrument, fact.state() == null
                    ? fact.fact() + (fact.source() == null ? "" : ": " + fact.source()) : null)).add(fact);
        }
        var table = new StringBuilder("| file | instrument | states | what to check |\n|---|---|---|---|\n");
        groups.values().forEach(group -> table.append(group.row()).append('\n'));
        return table.toString();
    }

    private static final class Group {
        private final String file;
        private final String instrument;
        private final String what;
        private final TreeSet<String> states = new TreeSet<>();
        private final TreeSet<String> sources = new TreeSet<>();
        private final List<Integer> lines = new java.util.ArrayList<>();

        Group(String file, String instrument, String what) {
            this.file = file;
            this.instrument = instrument;
            this.what = what;
        }

        void add(TreatyRegister.UnconfirmedFact fact) {
            if (fact.state() != null) {
                states.add(fact.state());
                sources.add(fact.source());
            }
            lines.add(fact.line());
        }

        String row() {
            String where = lines.size() == 1 ? "line " + lines.get(0) : lines.size() + " rows";
            String check = what != null ? what : String.join("; ", sources);
            return "| " + file + " (" + where + ") | " + instrument + " | "
                    + (states.size() > 12 ? states.size() + " states" : String.join(" ", states)) + " | "
                    + check.replace("|", "/") + " |";
        }
    }
}
