package io.paxgate.benchmarks.corpus;

import java.util.SplittableRandom;

/**
 * Small, realistic pools of transliterated names and home places (Azerbaijani, Russian, Turkish,
 * German, Arabic, Persian), as they appear in upper-case UNOA messages. Surnames with gendered
 * forms (-OV/-OVA, -YEV/-YEVA) are listed in the male form and folded for women.
 */
final class Population {

    /** One origin: names, places and codes a traveller from there would carry. */
    record Origin(String country3, String country2, String airport, String[] maleGiven, String[] femaleGiven,
                  String[] surnames, boolean genderedSurnames, String[] cities, String[] streets) {
    }

    static final Origin[] ORIGINS = {
        new Origin("AZE", "AZ", "GYD",
                new String[] {"RASHAD", "ELVIN", "ORKHAN", "TURAL", "FARID", "KAMRAN", "ILHAM", "VUSAL", "ANAR", "NIJAT"},
                new String[] {"AYTAN", "GUNAY", "LEYLA", "NIGAR", "SEVINJ", "KONUL", "AYGUN", "NARMIN", "ULVIYYA", "SHAHLA"},
                new String[] {"MAMMADOV", "ALIYEV", "HASANOV", "HUSEYNOV", "GULIYEV", "ISMAYILOV", "ABBASOV",
                    "JAFAROV", "NAJAFOV", "BABAYEV", "RZAYEV", "GASIMOV"},
                true,
                new String[] {"BAKU", "GANJA", "SUMGAYIT", "LANKARAN", "SHAKI"},
                new String[] {"NIZAMI STREET", "ATATURK AVENUE", "FUZULI STREET", "ZARIFA ALIYEVA STREET"}),
        new Origin("RUS", "RU", "SVO",
                new String[] {"ALEKSANDR", "DMITRII", "SERGEI", "ANDREI", "MIKHAIL", "IVAN", "NIKOLAI", "ALEKSEI"},
                new String[] {"ANNA", "ELENA", "OLGA", "TATIANA", "NATALIA", "IRINA", "EKATERINA", "IULIIA"},
                new String[] {"IVANOV", "SMIRNOV", "KUZNETSOV", "POPOV", "VASILEV", "PETROV", "SOKOLOV", "MIKHAILOV",
                    "NOVIKOV", "FEDOROV", "ZHUKOV", "KHRUSHCHEV"},
                true,
                new String[] {"MOSKVA", "SANKT-PETERBURG", "KAZAN", "NOVOSIBIRSK", "EKATERINBURG"},
                new String[] {"ULITSA LENINA", "TVERSKAIA ULITSA", "PROSPEKT MIRA", "SADOVAIA ULITSA"}),
        new Origin("TUR", "TR", "IST",
                new String[] {"MEHMET", "MUSTAFA", "AHMET", "ALI", "HUSEYIN", "HASAN", "IBRAHIM", "EMRE"},
                new String[] {"AYSE", "FATMA", "EMINE", "HATICE", "ZEYNEP", "ELIF", "MERVE", "OZLEM"},
                new String[] {"YILMAZ", "KAYA", "DEMIR", "SAHIN", "CELIK", "YILDIZ", "YILDIRIM", "OZTURK", "AYDIN",
                    "OZDEMIR", "ARSLAN", "DOGAN"},
                false,
                new String[] {"ISTANBUL", "ANKARA", "IZMIR", "BURSA", "TRABZON"},
                new String[] {"ISTIKLAL CADDESI", "ATATURK BULVARI", "CUMHURIYET CADDESI", "BAGDAT CADDESI"}),
        new Origin("DEU", "DE", "FRA",
                new String[] {"LUKAS", "JONAS", "FELIX", "MAXIMILIAN", "PAUL", "STEFAN", "THOMAS", "MICHAEL"},
                new String[] {"ANNA", "LENA", "SOPHIE", "MARIE", "JULIA", "KATHARINA", "SABINE", "PETRA"},
                new String[] {"MUELLER", "SCHMIDT", "SCHNEIDER", "FISCHER", "WEBER", "MEYER", "WAGNER", "BECKER",
                    "SCHULZ", "HOFFMANN", "KOCH", "RICHTER"},
                false,
                new String[] {"FRANKFURT", "BERLIN", "MUENCHEN", "HAMBURG", "KOELN"},
                new String[] {"WIESENWEG", "HAUPTSTRASSE", "BAHNHOFSTRASSE", "GARTENSTRASSE"}),
        new Origin("ARE", "AE", "DXB",
                new String[] {"MOHAMMED", "AHMED", "ABDULLAH", "KHALID", "OMAR", "YOUSEF", "HAMAD", "SAEED"},
                new String[] {"FATIMA", "MARYAM", "AISHA", "NOURA", "HESSA", "SHAMMA", "LATIFA", "MOZA"},
                new String[] {"AL MANSOURI", "AL HASHIMI", "AL MAKTOUM", "BIN SALEM", "AL QASIMI", "AL NUAIMI",
                    "ABDEL RAHMAN", "AL SHAMSI", "AL DHAHERI", "ABU BAKR"},
                false,
                new String[] {"DUBAI", "ABU DHABI", "SHARJAH", "AL AIN", "AJMAN"},
                new String[] {"SHEIKH ZAYED ROAD", "AL WASL ROAD", "JUMEIRAH STREET", "CORNICHE ROAD"}),
        new Origin("IRN", "IR", "IKA",
                new String[] {"REZA", "ALI", "HOSSEIN", "MOHAMMAD", "MEHDI", "AMIR", "DARIUSH", "KOUROSH"},
                new String[] {"ZAHRA", "MARYAM", "FATEMEH", "SHIRIN", "PARISA", "NEGAR", "LEILA", "SHAHRZAD"},
                new String[] {"HOSSEINI", "MOHAMMADI", "AHMADI", "REZAEI", "MOUSAVI", "JAFARI", "KARIMI", "RAHIMI",
                    "TEHRANI", "SADEGHI", "GHORBANI", "NOURI"},
                false,
                new String[] {"TEHRAN", "ISFAHAN", "SHIRAZ", "TABRIZ", "MASHHAD"},
                new String[] {"VALIASR STREET", "ENGHELAB STREET", "AZADI STREET", "FERDOWSI AVENUE"}),
    };

    /** One generated person. */
    record Person(Origin origin, char sex, String surname, String given, String middle, String street, String city,
                  String postcode, int birthYear, int birthMonth, int birthDay, String documentNumber,
                  int expiryYear, int expiryMonth, int expiryDay) {
    }

    private Population() {
    }

    static Person person(SplittableRandom rnd) {
        Origin o = ORIGINS[rnd.nextInt(ORIGINS.length)];
        char sex = rnd.nextBoolean() ? 'M' : 'F';
        String[] givens = sex == 'M' ? o.maleGiven() : o.femaleGiven();
        String given = pick(rnd, givens);
        String surname = pick(rnd, o.surnames());
        if (o.genderedSurnames() && sex == 'F') {
            surname = surname + "A"; // MAMMADOV -> MAMMADOVA, IVANOV -> IVANOVA
        }
        String middle = "";
        if (o.genderedSurnames() && rnd.nextInt(3) == 0) {
            // patronymic: Azerbaijani OGLU/QIZI marker, Russian -OVICH/-OVNA
            String father = pick(rnd, o.maleGiven());
            middle = o.country3().equals("AZE") ? father + (sex == 'M' ? " OGLU" : " QIZI")
                    : father + (sex == 'M' ? "OVICH" : "OVNA");
        } else if (rnd.nextInt(4) == 0) {
            middle = pick(rnd, givens);
            if (middle.equals(given)) {
                middle = "";
            }
        }
        String street = pick(rnd, o.streets()) + " " + (1 + rnd.nextInt(180));
        String city = pick(rnd, o.cities());
        String postcode = String.valueOf(10000 + rnd.nextInt(89999));
        String doc = documentNumber(rnd);
        return new Person(o, sex, surname, given, middle, street, city, postcode,
                1945 + rnd.nextInt(65), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28), doc,
                2026 + rnd.nextInt(10), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
    }

    static String pick(SplittableRandom rnd, String[] from) {
        return from[rnd.nextInt(from.length)];
    }

    private static final String ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

    static String documentNumber(SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder(9);
        sb.append(ALNUM.charAt(rnd.nextInt(23)));
        for (int i = 0; i < 8; i++) {
            sb.append(ALNUM.charAt(rnd.nextInt(ALNUM.length())));
        }
        return sb.toString();
    }

    static String locator(SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            sb.append(ALNUM.charAt(rnd.nextInt(ALNUM.length())));
        }
        return sb.toString();
    }

    static String digits(SplittableRandom rnd, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + rnd.nextInt(10)));
        }
        return sb.toString();
    }
}
