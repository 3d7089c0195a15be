package nl.rechtshulp.request;

import java.util.regex.Pattern;

/** Our own reference of a request, {@code RH-<year>-<6 digits>}; unique and never reused. */
public record RequestReference(String value) {

    private static final Pattern FORMAT = Pattern.compile("RH-\\d{4}-\\d{6}");

    public RequestReference {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a request reference: " + value);
        }
    }

    static RequestReference of(int year, long number) {
        return new RequestReference(String.format("RH-%04d-%06d", year, number));
    }

    /** The number the reference was made from: the request's id (see {@code Request}'s constructor). */
    long number() {
        return Long.parseLong(value.substring(value.lastIndexOf('-') + 1));
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
