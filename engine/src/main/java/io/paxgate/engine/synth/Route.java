package io.paxgate.engine.synth;

import java.util.List;
import java.util.Map;

/**
 * A scheduled service into Azerbaijan: carrier, flight number, airports, typical aircraft and who
 * flies it (culture weights). Times are local at each airport; UTC offsets are standard time
 * (a winter day), which is close enough for synthetic traffic.
 *
 * @param aircraft   IATA aircraft type code, as PNRGOV APD carries it
 * @param cultures   culture -> weight of a passenger's name culture on this route
 * @param pnrShare   chance that the carrier pushes PNRGOV for a flight of this route
 * @param typeBShare chance that the flight's messages travel over SITA Type B
 * @param d12b       true when the carrier sends PAXLST D:12B with a UNG group, false for D:05B without
 */
record Route(String carrier, int number, String from, String to, int blockMinutes, int seats, String aircraft,
             Map<Culture, Integer> cultures, double pnrShare, double typeBShare, boolean d12b) {

    /** Standard-time UTC offset in minutes of the airports used. */
    static int utcOffsetMinutes(String airport) {
        return switch (airport) {
            case "GYD", "KVD", "NAJ", "DXB", "TBS" -> 240;
            case "IST", "SAW", "DME", "SVO", "DOH" -> 180;
            case "TSE", "ALA", "TAS", "SCO" -> 300;
            case "IKA" -> 210;
            case "FRA", "CDG", "VIE" -> 60;
            case "LHR" -> 0;
            default -> 0;
        };
    }

    /** ISO 3166 alpha-3 country of the airports used. */
    static String country(String airport) {
        return switch (airport) {
            case "GYD", "KVD", "NAJ" -> "AZE";
            case "IST", "SAW" -> "TUR";
            case "DME", "SVO" -> "RUS";
            case "DXB" -> "ARE";
            case "TBS" -> "GEO";
            case "TSE", "ALA", "SCO" -> "KAZ";
            case "TAS" -> "UZB";
            case "IKA" -> "IRN";
            case "FRA" -> "DEU";
            case "LHR" -> "GBR";
            case "CDG" -> "FRA";
            case "VIE" -> "AUT";
            case "DOH" -> "QAT";
            default -> "XXX";
        };
    }

    /** Currency a booking made at the airport's city is priced in. */
    static String currency(String airport) {
        return switch (country(airport)) {
            case "AZE" -> "AZN";
            case "TUR" -> "TRY";
            case "RUS" -> "RUB";
            case "ARE" -> "AED";
            case "GEO" -> "GEL";
            case "KAZ" -> "KZT";
            case "UZB" -> "UZS";
            case "IRN" -> "IRR";
            case "GBR" -> "GBP";
            case "QAT" -> "QAR";
            default -> "EUR";
        };
    }

    /** Home country of a carrier (crew nationality). */
    static String carrierCountry(String carrier) {
        return switch (carrier) {
            case "J2" -> "AZE";
            case "TK", "PC" -> "TUR";
            case "SU" -> "RUS";
            case "FZ", "EK" -> "ARE";
            case "A9" -> "GEO";
            case "KC", "DV" -> "KAZ";
            case "HY" -> "UZB";
            case "QR" -> "QAT";
            case "LH" -> "DEU";
            case "BA" -> "GBR";
            case "W6" -> "HUN";
            default -> "AZE";
        };
    }

    private static Map<Culture, Integer> mix(Object... cultureWeight) {
        java.util.EnumMap<Culture, Integer> m = new java.util.EnumMap<>(Culture.class);
        for (int i = 0; i < cultureWeight.length; i += 2) {
            m.put((Culture) cultureWeight[i], (Integer) cultureWeight[i + 1]);
        }
        return m;
    }

    private static final Culture AZ = Culture.AZERBAIJANI;
    private static final Culture RU = Culture.RUSSIAN;
    private static final Culture TR = Culture.TURKISH;
    private static final Culture GE = Culture.GEORGIAN;
    private static final Culture CA = Culture.CENTRAL_ASIAN;
    private static final Culture AR = Culture.ARABIC;
    private static final Culture FA = Culture.PERSIAN;
    private static final Culture EU = Culture.EUROPEAN;

    /** The route table: enough services for a plausible day at GYD, KVD and NAJ. */
    static final List<Route> ALL = List.of(
            new Route("J2", 72, "IST", "GYD", 175, 180, "320", mix(AZ, 55, TR, 35, EU, 6, RU, 4), 0.5, 0.3, false),
            new Route("J2", 78, "IST", "GYD", 175, 261, "788", mix(AZ, 55, TR, 35, EU, 6, RU, 4), 0.5, 0.3, false),
            new Route("TK", 332, "IST", "GYD", 170, 289, "333", mix(AZ, 45, TR, 40, EU, 10, AR, 5), 0.6, 0.0, true),
            new Route("TK", 330, "IST", "GYD", 170, 400, "77W", mix(AZ, 45, TR, 40, EU, 10, AR, 5), 0.6, 0.0, true),
            new Route("PC", 300, "SAW", "GYD", 175, 189, "7M8", mix(AZ, 50, TR, 45, EU, 5), 0.4, 0.2, true),
            new Route("PC", 320, "SAW", "NAJ", 150, 189, "7M8", mix(AZ, 70, TR, 30), 0.4, 0.2, true),
            new Route("J2", 64, "IST", "NAJ", 150, 165, "320", mix(AZ, 75, TR, 25), 0.5, 0.3, false),
            new Route("J2", 58, "IST", "KVD", 155, 106, "E90", mix(AZ, 70, TR, 30), 0.5, 0.3, false),
            new Route("J2", 182, "DME", "GYD", 190, 165, "320", mix(AZ, 55, RU, 40, CA, 5), 0.3, 0.4, false),
            new Route("J2", 186, "DME", "KVD", 185, 106, "E90", mix(AZ, 70, RU, 30), 0.3, 0.4, false),
            new Route("J2", 190, "DME", "NAJ", 200, 106, "E90", mix(AZ, 75, RU, 25), 0.3, 0.4, false),
            new Route("SU", 1854, "SVO", "GYD", 190, 158, "320", mix(AZ, 45, RU, 50, CA, 5), 0.7, 0.5, true),
            new Route("SU", 1852, "SVO", "GYD", 190, 189, "738", mix(AZ, 45, RU, 50, CA, 5), 0.7, 0.5, true),
            new Route("FZ", 703, "DXB", "GYD", 205, 189, "7M8", mix(AZ, 45, AR, 20, EU, 15, RU, 10, FA, 10), 0.6, 0.1, true),
            new Route("EK", 2430, "DXB", "GYD", 200, 354, "77W", mix(AZ, 35, AR, 25, EU, 25, RU, 10, FA, 5), 0.9, 0.0, true),
            new Route("J2", 12, "DXB", "GYD", 205, 165, "320", mix(AZ, 60, AR, 15, EU, 15, RU, 10), 0.5, 0.3, false),
            new Route("A9", 687, "TBS", "GYD", 60, 50, "CR2", mix(GE, 55, AZ, 40, EU, 5), 0.0, 0.6, false),
            new Route("J2", 224, "TBS", "GYD", 60, 70, "AT7", mix(GE, 45, AZ, 50, EU, 5), 0.2, 0.3, false),
            new Route("KC", 125, "TSE", "GYD", 190, 148, "320", mix(CA, 60, AZ, 25, RU, 15), 0.5, 0.2, true),
            new Route("KC", 127, "ALA", "GYD", 230, 148, "320", mix(CA, 60, AZ, 25, RU, 15), 0.5, 0.2, true),
            new Route("DV", 731, "SCO", "GYD", 80, 148, "733", mix(CA, 55, AZ, 30, RU, 15), 0.3, 0.5, false),
            new Route("HY", 231, "TAS", "GYD", 200, 150, "320", mix(CA, 70, AZ, 25, RU, 5), 0.3, 0.6, false),
            new Route("J2", 34, "IKA", "GYD", 90, 106, "E90", mix(FA, 65, AZ, 35), 0.2, 0.5, false),
            new Route("LH", 626, "FRA", "GYD", 275, 200, "321", mix(EU, 50, AZ, 40, TR, 10), 1.0, 0.0, true),
            new Route("BA", 183, "LHR", "GYD", 345, 200, "321", mix(EU, 55, AZ, 40, TR, 5), 1.0, 0.0, true),
            new Route("J2", 76, "LHR", "GYD", 330, 261, "788", mix(AZ, 55, EU, 40, TR, 5), 0.8, 0.2, false),
            new Route("J2", 74, "CDG", "GYD", 300, 165, "320", mix(AZ, 55, EU, 40, TR, 5), 0.8, 0.2, false),
            new Route("J2", 80, "VIE", "GYD", 250, 165, "320", mix(AZ, 55, EU, 40, TR, 5), 0.8, 0.2, false),
            new Route("W6", 4451, "VIE", "GYD", 250, 239, "32Q", mix(AZ, 50, EU, 40, RU, 10), 0.9, 0.0, true),
            new Route("QR", 251, "DOH", "GYD", 205, 254, "788", mix(AR, 35, AZ, 40, EU, 20, FA, 5), 0.9, 0.0, true));

    String designator(int sequence) {
        // a second daily service of the same route gets the next odd/even number, as airlines number them
        return carrier + (number + 2 * sequence < 100 ? String.format("%03d", number + 2 * sequence)
                : String.valueOf(number + 2 * sequence));
    }
}
