package nl.rechtshulp.referencedata;

import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** ISO 3166-1 alpha-2 country codes, with the Dutch names users read. */
@Component
public class Countries {

    public static final String NETHERLANDS = "NL";
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    public boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    public String dutchName(String code) {
        return isKnown(code) ? new Locale("", code).getDisplayCountry(DUTCH) : code;
    }
}
