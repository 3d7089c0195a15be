package nl.rechtshulp.web;

import java.time.LocalDate;

/**
 * The years a case's dates can lie in: a birth date, a receipt, a deadline, a period asked about. A year such as
 * +999999999 is a valid ISO date but breaks every day count made from it, so it is refused where it comes in.
 */
public final class CaseDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private CaseDates() {
    }

    public static boolean within(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** The date as given, or a 400 naming the field; {@code null} stays {@code null}. */
    public static LocalDate requireWithin(String field, LocalDate date) {
        if (date != null && !within(date)) {
            throw ApiProblem.badRequest(field, field + " must lie between " + EARLIEST + " and " + LATEST);
        }
        return date;
    }
}
