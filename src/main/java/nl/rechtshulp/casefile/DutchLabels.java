package nl.rechtshulp.casefile;

import java.util.Map;

/** The register's codes as a Dutch reader knows them; a code without a label is shown as it is. */
final class DutchLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("INTAKE", "Intake"), Map.entry("COORDINATION", "Coördinatie"), Map.entry("ANALYSIS", "Analyse"),
            Map.entry("FOLLOW_UP", "Opvolging"), Map.entry("CLOSED", "Afgesloten"),
            Map.entry("NL", "in Nederlandse handen"), Map.entry("ABROAD", "in het buitenland"),
            Map.entry("STOPPED", "stilgezet"),
            Map.entry("NORMAL", "normaal"), Map.entry("URGENT", "spoed"), Map.entry("DETAINED", "persoon gedetineerd"),
            Map.entry("DIRECT", "rechtstreeks"), Map.entry("CENTRAL_AUTHORITY", "via de centrale autoriteit (AIRS)"),
            Map.entry("REQUEST_LETTER", "Verzoek"), Map.entry("TRANSLATION", "Vertaling"),
            Map.entry("CERTIFIED_LEGISLATION", "Gewaarmerkte wetgeving"), Map.entry("WARRANT", "Bevel of beschikking"),
            Map.entry("JUDGMENT", "Vonnis"), Map.entry("ASSURANCE", "Garantie"), Map.entry("CORRESPONDENCE", "Correspondentie"),
            Map.entry("EVIDENCE", "Bewijsmateriaal"), Map.entry("OTHER", "Overig"),
            Map.entry("PARTIAL_REPLY", "Deelantwoord"), Map.entry("FINAL_REPLY", "Eindantwoord"),
            Map.entry("SUPPLEMENT", "Aanvulling"), Map.entry("WITHDRAWAL", "Intrekking"),
            Map.entry("HIGH", "hoog"), Map.entry("MEDIUM", "gemiddeld"), Map.entry("LOW", "laag"), Map.entry("NONE", "geen"),
            Map.entry("NEW_SUSPECT", "Nieuwe verdachte"), Map.entry("SEIZURE", "Beslag"), Map.entry("ARREST", "Aanhouding"),
            Map.entry("SUPPLEMENTARY_REQUEST", "Aanvullend verzoek"),
            Map.entry("HAND_OVER_TO_INVESTIGATION", "Overdracht aan het onderzoeksteam"),
            Map.entry("NO_ACTION", "Geen actie"), Map.entry("OPEN", "open"), Map.entry("DONE", "gedaan"),
            Map.entry("EXECUTED", "uitgevoerd"), Map.entry("REFUSED", "geweigerd"), Map.entry("WITHDRAWN", "ingetrokken"),
            Map.entry("LAPSED", "vervallen"), Map.entry("FOLLOWED_UP", "opgevolgd"),
            Map.entry("INCOMING", "inkomend"), Map.entry("OUTGOING", "uitgaand"),
            Map.entry("SUPPLEMENTS", "vult aan"), Map.entry("SUPPLEMENTED_BY", "aangevuld door"),
            Map.entry("SAME_FOREIGN_REFERENCE", "zelfde buitenlands kenmerk"),
            Map.entry("SAME_INVESTIGATION", "zelfde onderzoek"), Map.entry("SAME_PERSON", "zelfde persoon"),
            Map.entry("SUSPECT", "verdachte"), Map.entry("CONVICTED_PERSON", "veroordeelde"), Map.entry("WITNESS", "getuige"),
            Map.entry("VICTIM", "slachtoffer"), Map.entry("THIRD_PARTY", "derde"),
            Map.entry("UPSTREAM_DISRUPTION", "verstoren aan de bron"), Map.entry("LOGISTIC_HUBS", "weerbare logistieke knooppunten"),
            Map.entry("DOWNSTREAM_DISRUPTION", "verstoren van de afzet"),
            Map.entry("CRIMINAL_MONEY_FLOWS", "verstoren van criminele geldstromen"),
            Map.entry("COCAINE", "cocaïne"), Map.entry("SYNTHETIC_DRUGS", "synthetische drugs"), Map.entry("CANNABIS", "cannabis"),
            Map.entry("MONEY_LAUNDERING", "witwassen"),
            Map.entry("SURRENDERED", "overgedragen"), Map.entry("HANDED_OVER", "overgedragen als overleveringszaak"), Map.entry("EXTRADITION", "uitlevering"), Map.entry("MLA", "rechtshulp"),
            Map.entry("FORMAL_REQUEST", "Formeel uitleveringsverzoek"), Map.entry("GUARANTEES", "Garanties"),
            Map.entry("PERSON_ARRESTED", "Aanhouding in het buitenland"),
            Map.entry("PROVISIONAL_ARREST_ALERT", "signalering voor voorlopige aanhouding"),
            Map.entry("PROSECUTION", "strafvervolging"), Map.entry("SENTENCE_ENFORCEMENT", "tenuitvoerlegging van een vonnis"),
            Map.entry("DIPLOMATIC", "diplomatieke weg"),
            Map.entry("RETURN_TO_SERVE_SENTENCE", "terugkeergarantie"), Map.entry("NO_DEATH_PENALTY", "geen doodstraf"),
            Map.entry("NO_CORPORAL_PUNISHMENT", "geen lijfstraffen"),
            Map.entry("PERSON", "de opgeëiste persoon"), Map.entry("PROSECUTOR", "de officier van justitie"),
            Map.entry("GRANTED", "toegestaan"), Map.entry("GRANTED_WITH_CONDITIONS", "toegestaan onder voorwaarden"),
            Map.entry("GRANT", "toestaan"), Map.entry("GRANT_WITH_CONDITIONS", "toestaan onder voorwaarden"),
            Map.entry("REFUSE", "weigeren"),
            Map.entry("NOT_BROUGHT", "niet aangespannen"), Map.entry("SURRENDER_ALLOWED", "vordering afgewezen"),
            Map.entry("SURRENDER_BARRED", "overdracht verboden"),
            Map.entry("INTERPOL_RED_NOTICE", "Interpol Red Notice"),
            Map.entry("PROVISIONAL_ARREST_REQUEST", "verzoek tot voorlopige aanhouding"),
            Map.entry("ircNoordNederland", "IRC Noord-Nederland"), Map.entry("ircOostNederland", "IRC Oost-Nederland"),
            Map.entry("ircMiddenNederland", "IRC Midden-Nederland"), Map.entry("ircNoordHolland", "IRC Noord-Holland"),
            Map.entry("ircAmsterdam", "IRC Amsterdam"), Map.entry("ircDenHaag", "IRC Den Haag"),
            Map.entry("ircRotterdam", "IRC Rotterdam"), Map.entry("ircZeelandWestBrabant", "IRC Zeeland-West-Brabant"),
            Map.entry("ircOostBrabant", "IRC Oost-Brabant"), Map.entry("ircLimburg", "IRC Limburg"),
            Map.entry("lirc", "LIRC"), Map.entry("ircFunctioneelParket", "IRC Functioneel Parket"), Map.entry("airs", "AIRS"),
            Map.entry("politie", "Politie"), Map.entry("fiod", "FIOD"), Map.entry("kmar", "KMar"),
            Map.entry("douane", "Douane"), Map.entry("liaisonMagistrates", "Liaisonmagistraten"),
            Map.entry("coordinators", "Coördinatoren"));

    private DutchLabels() {
    }

    static String of(Object code) {
        if (code == null) {
            return null;
        }
        return LABELS.getOrDefault(code.toString(), code.toString());
    }
}
