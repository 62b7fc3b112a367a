package io.paxgate.engine.synth;

import java.util.SplittableRandom;

/**
 * Name pools per culture, written the way the culture's passports spell them in the MRZ (ICAO
 * Doc 9303 Latin), with rough frequencies (a weight per name). Small and embedded on purpose:
 * enough for traffic that looks real to a name matcher (common surnames repeat, female forms
 * differ) without shipping a census.
 */
enum Culture {
    AZERBAIJANI(new String[] {"AZE:95", "RUS:3", "TUR:2"},
            "MAMMADOV:20 ALIYEV:15 HASANOV:10 HUSEYNOV:10 GULIYEV:6 ISMAYILOV:6 ABBASOV:5 BABAYEV:4 IBRAHIMOV:4"
                    + " QASIMOV:4 JAFAROV:3 MUSAYEV:3 RZAYEV:3 SULEYMANOV:3 NAJAFOV:3 KARIMOV:3 VALIYEV:2 AGAYEV:2"
                    + " ORUJOV:2 SADIGOV:2 ZEYNALOV:2 NASIROV:2 AHMADOV:2 HAJIYEV:2 BAYRAMOV:2 ASGAROV:1 SHIRINOV:1",
            "ELVIN:8 RASHAD:6 ORKHAN:7 ELNUR:6 TURAL:6 KAMRAN:5 FARID:5 RAMIN:5 ELCHIN:5 VUSAL:5 ANAR:5 EMIL:4"
                    + " RUSLAN:4 SAMIR:4 JAVID:4 NIJAT:4 MURAD:4 TOGRUL:3 KHAYAL:3 ZAUR:3 ILGAR:3 RAUF:2 MAHAMMAD:3"
                    + " ALI:4 HUSEYN:3 YUSIF:3 OMAR:2 AYKHAN:3",
            "AYTAN:6 NARGIZ:6 GUNAY:6 LEYLA:6 SEVINJ:5 AYGUN:5 KONUL:5 AYNUR:5 SABINA:4 ULVIYYA:4 NIGAR:5 AIDA:3"
                    + " FIDAN:4 GULNAR:3 LALA:4 NAZRIN:4 ZARIFA:2 SHAHLA:3 AYSEL:5 TURKAN:3 JAMILA:2 MADINA:3"),
    RUSSIAN(new String[] {"RUS:92", "BLR:4", "UKR:4"},
            "IVANOV:12 SMIRNOV:10 KUZNETSOV:8 POPOV:7 VASILYEV:6 PETROV:6 SOKOLOV:6 MIKHAILOV:5 NOVIKOV:4"
                    + " FEDOROV:4 MOROZOV:4 VOLKOV:4 ALEKSEEV:4 LEBEDEV:3 SEMENOV:3 EGOROV:3 PAVLOV:3 KOZLOV:3"
                    + " STEPANOV:3 NIKOLAEV:3 ORLOV:2 ANDREEV:2 MAKAROV:2 ZAKHAROV:2 ZAITSEV:2 SOLOVEV:2 BELOV:2",
            "ALEKSANDR:10 SERGEI:8 DMITRII:8 ANDREI:7 ALEKSEI:7 MAKSIM:6 EVGENII:5 IVAN:5 MIKHAIL:6 ARTEM:5"
                    + " NIKOLAI:4 ILIA:4 KIRILL:4 OLEG:3 PAVEL:4 ROMAN:4 VLADIMIR:5 DENIS:4 ANTON:3 IURII:3",
            "ELENA:9 OLGA:8 NATALIA:7 TATIANA:7 IRINA:7 SVETLANA:6 ANNA:7 MARIIA:6 EKATERINA:6 ANASTASIIA:6"
                    + " IULIIA:5 DARIA:5 VIKTORIIA:4 KSENIIA:4 POLINA:3 ALINA:4 VALENTINA:2 LIUDMILA:3"),
    TURKISH(new String[] {"TUR:97", "DEU:3"},
            "YILMAZ:12 KAYA:9 DEMIR:9 SAHIN:8 CELIK:8 YILDIZ:7 YILDIRIM:7 OZTURK:7 AYDIN:6 OZDEMIR:6 ARSLAN:6"
                    + " DOGAN:5 KILIC:5 ASLAN:4 CETIN:4 KARA:4 KOC:4 KURT:4 OZKAN:3 SIMSEK:3 POLAT:3 ERDOGAN:2"
                    + " AKTAS:3 GUNES:3 AKSOY:2 TEKIN:2",
            "MEHMET:12 MUSTAFA:9 AHMET:9 ALI:7 HUSEYIN:6 HASAN:6 IBRAHIM:5 ISMAIL:4 OSMAN:4 YUSUF:5 MURAT:5"
                    + " EMRE:5 BURAK:4 OMER:4 FATIH:3 KEMAL:3 HAKAN:4 SERKAN:3 CAN:3 EMIR:3",
            "FATMA:10 AYSE:9 EMINE:8 HATICE:7 ZEYNEP:7 ELIF:6 MERVE:5 OZLEM:4 ESRA:4 ZEHRA:4 SEVGI:3 HULYA:3"
                    + " BUSRA:4 DERYA:3 SEDA:3 GAMZE:3 EBRU:3 KUBRA:3"),
    GEORGIAN(new String[] {"GEO:98", "RUS:2"},
            "BERIDZE:8 KAPANADZE:7 GELASHVILI:7 MAISURADZE:6 GIORGADZE:6 LOMIDZE:5 TSIKLAURI:5 BOLKVADZE:4"
                    + " NOZADZE:4 KVARATSKHELIA:3 KHUTSISHVILI:4 SHENGELIA:3 MIKADZE:3 TABATADZE:3 CHKHEIDZE:3"
                    + " MELADZE:3 DOLIDZE:3 JAPARIDZE:3 GOGOLADZE:2",
            "GIORGI:12 DAVIT:8 LEVAN:6 IRAKLI:6 NIKOLOZ:6 ALEKSANDRE:5 LUKA:5 ZURAB:4 DAVITI:3 GOGA:2 LASHA:4"
                    + " TORNIKE:4 BEKA:4 OTAR:3 VAKHTANG:3 TEMUR:3",
            "NINO:12 MARIAM:8 TAMAR:8 ANA:7 ELENE:6 KETEVAN:5 NATIA:5 SALOME:5 EKA:4 MAIA:4 TEONA:4 LIKA:3"
                    + " NATO:3 SOPHIO:4 KHATIA:3"),
    CENTRAL_ASIAN(new String[] {"UZB:40", "KAZ:40", "KGZ:12", "TJK:8"},
            "ABDULLAEV:8 KARIMOV:7 RAKHIMOV:6 YUSUPOV:6 TOKTOGULOV:3 NURMAGAMBETOV:3 ZHUMABAEV:4 SEITOV:4"
                    + " AKHMETOV:6 ISKAKOV:4 SULTANOV:5 NAZAROV:5 TURSUNOV:5 KHOLMATOV:3 ERGASHEV:4 MIRZAEV:4"
                    + " BEKOV:3 OMAROV:4 ABENOV:3 ZHAKUPOV:3 SMAGULOV:3 TASHKENTOV:1",
            "ALISHER:5 BAKHTIYOR:4 DILSHOD:5 JAMSHID:5 SHERZOD:5 RUSTAM:4 TIMUR:5 ERLAN:5 NURLAN:5 DAULET:4"
                    + " ASKAR:4 ARMAN:5 YERBOL:3 AZAMAT:4 BAKYT:3 FARRUKH:3 OTABEK:3 AIBEK:3 SANJAR:3",
            "AIGERIM:6 DILNOZA:5 GULNARA:5 ZARINA:5 MADINA:6 NODIRA:4 SHAKHNOZA:4 AIZHAN:4 DINARA:4 ASEL:4"
                    + " KAMILA:4 MALIKA:4 SAULE:3 GULNOZA:3 FERUZA:3"),
    ARABIC(new String[] {"ARE:25", "SAU:25", "QAT:15", "EGY:15", "JOR:10", "LBN:10"},
            "AL-HASHIMI:4 AL-MANSOURI:6 AL-QAHTANI:6 AL-SHAMSI:5 AL-ALI:4 HASSAN:7 IBRAHIM:6 MAHMOUD:5"
                    + " ABDULLAH:6 AL-HARBI:5 AL-DOSARI:4 AL-KUWARI:3 AL-MARRI:4 NASSER:4 SALEH:4 KHALIL:3"
                    + " HADDAD:3 AL-ZAHRANI:4 AL-OTAIBI:4 MOSTAFA:3 EL-SAYED:2",
            "MOHAMMED:14 AHMED:10 ABDULLAH:8 ALI:7 OMAR:6 KHALID:6 YOUSEF:5 HAMAD:4 SULTAN:4 FAHAD:4 SAEED:4"
                    + " RASHID:4 HASSAN:5 MAHMOUD:4 TAREK:3 SAMI:3 NASSER:3 FAISAL:4 ZAYED:2",
            "FATIMA:10 MARYAM:8 AISHA:7 NOUR:6 SARA:6 LAYLA:5 HESSA:4 MOZA:3 REEM:5 HALA:4 DANA:4 LINA:4"
                    + " NOURA:5 AMAL:4 RANIA:3 YASMIN:4"),
    PERSIAN(new String[] {"IRN:100"},
            "MOHAMMADI:10 HOSSEINI:9 AHMADI:8 REZAEI:7 MOUSAVI:7 KARIMI:6 HASHEMI:5 RAHIMI:5 JAFARI:5"
                    + " SADEGHI:4 HEIDARI:4 GHASEMI:4 RAHMANI:4 AZIZI:4 ABBASI:4 KAZEMI:3 SALEHI:3 NOROUZI:3"
                    + " TEHRANI:2 SHARIFI:3",
            "MOHAMMAD:12 ALI:10 HOSSEIN:8 REZA:8 MAHDI:7 AMIR:7 MOHSEN:5 HAMID:5 SAEED:5 MEHDI:5 MORTEZA:4"
                    + " ALIREZA:5 DARIUSH:3 BABAK:3 KAVEH:3 POUYA:3 ARASH:4 OMID:4",
            "FATEMEH:10 ZAHRA:10 MARYAM:8 SARA:6 NEGAR:5 ZEINAB:5 MAHSA:4 PARISA:4 SHIRIN:4 LEILA:5 NASRIN:3"
                    + " ELHAM:4 NILOUFAR:3 AZADEH:3 HODA:3 ROYA:3"),
    EUROPEAN(new String[] {"DEU:30", "GBR:25", "FRA:20", "AUT:10", "ITA:10", "NLD:5"},
            "MUELLER:6 SCHMIDT:6 SCHNEIDER:4 FISCHER:4 WEBER:4 SMITH:6 JONES:5 WILLIAMS:5 BROWN:5 TAYLOR:4"
                    + " O'CONNOR:2 MARTIN:5 BERNARD:4 DUBOIS:4 MOREAU:3 LEFEBVRE:3 ROSSI:4 RUSSO:3 BIANCHI:3"
                    + " GRUBER:3 HUBER:3 DE JONG:2 JANSEN:2 WAGNER:3 BAUER:3 EVANS:3 VAN DIJK:2",
            "THOMAS:6 MICHAEL:6 ANDREAS:4 STEFAN:4 JAN:4 JAMES:6 JOHN:6 DAVID:6 PAUL:4 MARK:4 PIERRE:4"
                    + " NICOLAS:4 JEAN-LUC:2 LUCA:4 MARCO:4 GIUSEPPE:3 LUKAS:4 FLORIAN:3 PETER:5 DANIEL:5",
            "ANNA:6 MARIA:6 SABINE:4 JULIA:5 LAURA:5 SARAH:5 EMMA:5 SOPHIE:5 CLAIRE:4 MARIE:5 CHIARA:4"
                    + " GIULIA:4 KATHARINA:4 LISA:4 HANNAH:4 CHARLOTTE:4 ELIZABETH:3");

    private final Pool nationalities;
    private final Pool surnames;
    private final Pool male;
    private final Pool female;

    Culture(String[] nationalities, String surnames, String male, String female) {
        this.nationalities = Pool.of(String.join(" ", nationalities));
        this.surnames = Pool.of(surnames);
        this.male = Pool.of(male);
        this.female = Pool.of(female);
    }

    String nationality(SplittableRandom r) {
        return nationalities.draw(r);
    }

    String given(SplittableRandom r, char sex) {
        return (sex == 'F' ? female : male).draw(r);
    }

    /** A surname in the form the traveller's sex takes in this culture (MAMMADOV / MAMMADOVA). */
    String surname(SplittableRandom r, char sex) {
        String s = surnames.draw(r);
        if (sex != 'F') {
            return s;
        }
        return switch (this) {
            case AZERBAIJANI, RUSSIAN, CENTRAL_ASIAN -> feminine(s);
            default -> s;
        };
    }

    private static String feminine(String s) {
        if (s.endsWith("OV") || s.endsWith("EV") || s.endsWith("IN")) {
            return s + "A";
        }
        if (s.endsWith("II")) { // SOLOVEV stays; a -SKII ending would take -SKAIA
            return s.substring(0, s.length() - 2) + "AIA";
        }
        return s;
    }

    /** Weighted draw from {@code NAME:weight} pairs separated by spaces; a name may hold one space-free hyphen or apostrophe. */
    static final class Pool {
        private final String[] names;
        private final int[] cumulative;

        private Pool(String[] names, int[] cumulative) {
            this.names = names;
            this.cumulative = cumulative;
        }

        static Pool of(String spec) {
            // names with a space (DE JONG) are written with the space inside: split on " X:" boundaries
            java.util.List<String> n = new java.util.ArrayList<>();
            java.util.List<Integer> w = new java.util.ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("([A-Z' -]+?):(\\d+)").matcher(spec);
            while (m.find()) {
                n.add(m.group(1).trim());
                w.add(Integer.parseInt(m.group(2)));
            }
            int[] c = new int[w.size()];
            int sum = 0;
            for (int i = 0; i < c.length; i++) {
                sum += w.get(i);
                c[i] = sum;
            }
            return new Pool(n.toArray(String[]::new), c);
        }

        String draw(SplittableRandom r) {
            int x = r.nextInt(cumulative[cumulative.length - 1]);
            int i = java.util.Arrays.binarySearch(cumulative, x + 1);
            return names[i >= 0 ? i : -i - 1];
        }
    }
}
