package nl.rechtshulp.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** How the pages write times, numbers and sizes; templates call it as {@code @format.dateTime(...)}. */
@Component("format")
public class PageFormat {

    public String dateTime(Instant instant) {
        return DutchTime.dateTime(instant);
    }

    public String dateTimeWithSeconds(Instant instant) {
        return DutchTime.dateTimeWithSeconds(instant);
    }

    public String date(Instant instant) {
        return DutchTime.date(instant);
    }

    public String date(LocalDate day) {
        return DutchTime.date(day);
    }

    public String number(Double value) {
        return value == null ? "" : figure(value);
    }

    /** Whole numbers without decimals, others with one: how every page and chart writes a figure. */
    public static String figure(double value) {
        return String.format(Locale.ROOT, value == Math.rint(value) ? "%.0f" : "%.1f", value);
    }

    public String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%.0f kB", Math.ceil(bytes / 1024.0));
    }
}
