package nl.rechtshulp.referencedata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One file of the treaty register: ';'-separated columns under a header row, '#' lines are comments. Every value is
 * read through a row, so any problem is reported with the file and the line a lawyer has to correct.
 */
final class RegisterFile {

    private final String name;
    private final List<Row> rows = new ArrayList<>();

    private RegisterFile(String name) {
        this.name = name;
    }

    static RegisterFile read(String name, InputStream content, List<String> requiredColumns) {
        RegisterFile file = new RegisterFile(name);
        try (var reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8))) {
            List<String> header = null;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // a spreadsheet's byte-order mark
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.stream(line.split(";", -1)).map(String::trim).toList();
                if (header == null) {
                    header = cells;
                    file.checkHeader(header, requiredColumns, lineNumber);
                } else if (cells.size() != header.size()) {
                    throw new InvalidTreatyRegisterException(name, lineNumber,
                            cells.size() + " columns where the header has " + header.size());
                } else {
                    Map<String, String> values = new HashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        values.put(header.get(i), cells.get(i));
                    }
                    file.rows.add(file.new Row(lineNumber, values));
                }
            }
            if (header == null) {
                throw new InvalidTreatyRegisterException(name, lineNumber, "no header row");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
        return file;
    }

    private void checkHeader(List<String> header, List<String> requiredColumns, int lineNumber) {
        for (String column : requiredColumns) {
            if (!header.contains(column)) {
                throw new InvalidTreatyRegisterException(name, lineNumber, "column '" + column + "' is missing");
            }
        }
    }

    List<Row> rows() {
        return rows;
    }

    /** A data row; the getters check what they read and name this line when it is wrong. */
    final class Row {

        private final int line;
        private final Map<String, String> values;

        private Row(int line, Map<String, String> values) {
            this.line = line;
            this.values = values;
        }

        int line() {
            return line;
        }

        InvalidTreatyRegisterException problem(String problem) {
            return new InvalidTreatyRegisterException(name, line, problem);
        }

        String text(String column) {
            String value = values.get(column);
            return value == null || value.isEmpty() ? null : value;
        }

        String required(String column) {
            String value = text(column);
            if (value == null) {
                throw problem("'" + column + "' is empty");
            }
            return value;
        }

        <E extends Enum<E>> E choice(String column, Class<E> type) {
            String value = required(column);
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw problem("'" + column + "' is '" + value + "', not one of " + Arrays.toString(type.getEnumConstants()));
            }
        }

        <E extends Enum<E>> E optionalChoice(String column, Class<E> type) {
            return text(column) == null ? null : choice(column, type);
        }

        /** Values joined by '|'; {@code any} (e.g. ANY) stands for the empty set: no limit. */
        <E extends Enum<E>> Set<E> choices(String column, Class<E> type, String any) {
            String value = text(column);
            if (value == null || value.equals(any)) {
                return Set.of();
            }
            Set<E> chosen = EnumSet.noneOf(type);
            for (String part : value.split("\\|")) {
                try {
                    chosen.add(Enum.valueOf(type, part.trim()));
                } catch (IllegalArgumentException e) {
                    throw problem("'" + column + "' holds '" + part + "', not one of "
                            + Arrays.toString(type.getEnumConstants()) + (any == null ? "" : " or " + any));
                }
            }
            return Set.copyOf(new LinkedHashSet<>(chosen));
        }

        boolean flag(String column) {
            String value = required(column);
            if (!value.equals("true") && !value.equals("false")) {
                throw problem("'" + column + "' is '" + value + "', not true or false");
            }
            return Boolean.parseBoolean(value);
        }

        LocalDate date(String column) {
            String value = text(column);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw problem("'" + column + "' is '" + value + "', not a date yyyy-mm-dd");
            }
        }

        Integer days(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                int days = Integer.parseInt(value);
                if (days > 0) {
                    return days;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw problem("'" + column + "' is '" + value + "', not a number of days above zero");
        }
    }
}
