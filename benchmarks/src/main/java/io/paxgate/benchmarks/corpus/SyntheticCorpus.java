package io.paxgate.benchmarks.corpus;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Reproducible synthetic EDIFACT corpora for the benchmarks: the same (size, seed) always gives
 * the same bytes. No real person's data: names are drawn from small pools of common names.
 *
 * <ul>
 *   <li>{@link #paxlst}: one PAXLST D:05B interchange (passenger list, one leg), about 300 bytes
 *       per traveller, shaped like {@code samples/paxlst_d12b_2pax.edi};</li>
 *   <li>{@link #pnrgov}: one PNRGOV 13.1 full push of N PNRs (1-3 travellers, 1-2 segments each),
 *       about 1.5 KB per PNR, shaped like {@code samples/pnrgov_13_1_1pnr_2pax.edi}.</li>
 * </ul>
 */
public final class SyntheticCorpus {
    /** The seed the benchmarks use. */
    public static final long DEFAULT_SEED = 20260314L;

    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
        "NOV", "DEC"};
    private static final String[] SEAT_LETTERS = {"A", "B", "C", "D", "E", "F"};

    /**
     * A generated interchange and what it holds.
     *
     * @param units PAXLST: 1 message; PNRGOV: the number of PNRs
     * @param segments segments between UNH and UNT inclusive
     */
    public record Corpus(String name, byte[] bytes, int units, int travellers, int segments) {
    }

    private SyntheticCorpus() {
    }

    public static byte[] paxlst(int travellers, long seed) {
        return paxlstCorpus(travellers, seed).bytes();
    }

    public static byte[] pnrgov(int pnrs, long seed) {
        return pnrgovCorpus(pnrs, seed).bytes();
    }

    /** Travellers in {@link #pnrgov}{@code (pnrs, seed)} (1-3 per PNR, drawn from the seed). */
    public static int pnrgovTravellers(int pnrs, long seed) {
        return pnrgovCorpus(pnrs, seed).travellers();
    }

    /** A PAXLST D:05B passenger list of {@code travellers} persons on one leg GYD-IST. */
    public static Corpus paxlstCorpus(int travellers, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Writer w = new Writer(320 * travellers + 1024);
        w.raw("UNA:+.?*'\n");
        w.raw("UNB+UNOA:4+J2API:ZZ+GOVAPIS:ZZ+260314:1810+000000701++APIS'\n");
        w.seg("UNH+PAX001+PAXLST:D:05B:UN:IATA+J2021/260314/1810+01:F");
        w.seg("BGM+745");
        w.seg("RFF+TN:J2021260314001");
        w.seg("NAD+MS+++J2 OPS CONTROL GYD");
        w.seg("COM+994 12 4971111:TE+994 12 4971112:FX");
        w.seg("TDT+20+J2021+++J2");
        w.seg("LOC+125+GYD");                      // LOC+125: last departure airport
        w.seg("DTM+189:2603141810:201");
        w.seg("LOC+87+IST");                       // LOC+87: first arrival airport
        w.seg("DTM+232:2603141945:201");
        String[] finals = {"IST", "IST", "IST", "FRA", "JFK", "AMS"};
        for (int i = 1; i <= travellers; i++) {
            Population.Person p = Population.person(rnd);
            Population.Origin o = p.origin();
            w.start("NAD+FL+++").value(p.surname()).c().value(p.given());
            if (!p.middle().isEmpty()) {
                w.c().value(p.middle());
            }
            w.e().value(p.street()).e().value(p.city()).e().e().value(p.postcode()).e().text(o.country3()).end();
            w.start("ATT+2++").ch(p.sex()).end();
            w.start("DTM+329:").yymmdd(p.birthYear(), p.birthMonth(), p.birthDay()).end();
            int bags = rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(2);
            if (bags > 0) {
                w.start("MEA+CT++:").num(bags).end();
                w.start("MEA+WT++KGM:").num(bags * (12 + rnd.nextInt(12))).end();
            }
            w.start("GEI+4+").text(rnd.nextInt(10) == 0 ? "174" : "173").end();
            if (bags > 0) {
                w.start("FTX+BAG+++J2").text(Population.digits(rnd, 6)).c().num(bags).end();
            }
            w.start("LOC+174+").text(o.country3()).end();   // LOC+174: country of residence
            w.seg("LOC+178+GYD");                             // LOC+178: boarding airport
            w.start("LOC+179+").text(Population.pick(rnd, finals)).end();
            w.start("LOC+180+:::").value(Population.pick(rnd, o.cities())).text(" ").text(o.country3()).end();
            w.start("NAT+2+").text(o.country3()).end();
            w.start("RFF+AVF:").text(Population.locator(rnd)).end();
            w.start("RFF+ABO:0220J2021").num3(i).end();
            w.start("RFF+SEA:").num(1 + rnd.nextInt(30)).text(Population.pick(rnd, SEAT_LETTERS)).end();
            w.start("DOC+P:110:111+").value(p.documentNumber()).end();
            w.start("DTM+36:").yymmdd(p.expiryYear(), p.expiryMonth(), p.expiryDay()).end();
            w.start("LOC+91+").text(o.country3()).end();    // LOC+91: document issuing country
        }
        w.start("CNT+42:").num(travellers).end();
        int segments = w.segments + 1;
        w.start("UNT+").num(segments).e().text("PAX001").end();
        w.raw("UNZ+1+000000701'\n");
        return new Corpus("PAXLST D:05B", w.bytes(), 1, travellers, segments);
    }

    /** A PNRGOV 13.1 full push (MSG+:22) of {@code pnrs} PNRs for flight J2 021 GYD-IST. */
    public static Corpus pnrgovCorpus(int pnrs, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Writer w = new Writer(1600 * pnrs + 1024);
        w.raw("UNA:+.?*'\n");
        w.raw("UNB+IATA:1+J2+GOVPIU+260314:1215+0002601'\n");
        w.seg("UNH+1+PNRGOV:13:1:IA+140326/1810/J2/021+01:F");
        w.seg("MSG+:22");
        w.seg("ORG+J2:GYD");
        w.seg("TVL+140326:1810:140326:1945+GYD+IST+J2+021");
        w.start("EQN+").num(pnrs).end();
        int travellers = 0;
        String[] onward = {"FRA", "AMS", "JFK", "LHR", "CDG"};
        for (int n = 1; n <= pnrs; n++) {
            String locator = Population.locator(rnd);
            int count = 1 + rnd.nextInt(3);
            Population.Person[] pax = new Population.Person[count];
            for (int t = 0; t < count; t++) {
                pax[t] = Population.person(rnd);
            }
            Population.Person lead = pax[0];
            Population.Origin o = lead.origin();
            int bookDay = 1 + rnd.nextInt(13);
            w.seg("SRC");
            w.start("RCI+J2:").text(locator).text("::").dd(bookDay).text("0226:0935+1A:")
                    .text(Population.locator(rnd)).end();
            w.start("DAT+700:120326:1402+710:").dd(bookDay).text("0226:1015").end();
            w.start("IFT+4:28::J2+CTCM ").text(o.country2().equals("AZ") ? "994" : "49")
                    .text(Population.digits(rnd, 9)).end();
            w.start("ORG+1A:GYD+").text(Population.digits(rnd, 8)).text(":GYDJ2").text(Population.digits(rnd, 4))
                    .text("+GYD+J2:GYD+T+").text(o.country2()).text(":EUR:").text(o.country2()).text("+A")
                    .text(Population.digits(rnd, 5)).end();
            w.start("ADD++700:").value(lead.street()).c().value(lead.city()).text(":::").text(o.country2()).c()
                    .value(lead.postcode()).end();
            String fare = String.valueOf(300 + rnd.nextInt(900));
            for (int t = 0; t < count; t++) {
                Population.Person p = pax[t];
                int ref = t + 1;
                w.start("TIF+").value(p.surname()).e().value(p.given()).value(p.sex() == 'M' ? "MR" : "MS")
                        .text(":A:").num(ref).end();
                if (rnd.nextInt(3) == 0) {
                    w.start("FTI+J2:99200").text(Population.digits(rnd, 10)).text(":::").text(
                            rnd.nextBoolean() ? "SEN" : "BAS").end();
                }
                w.start("IFT+4:28::J2+CTCE ").value(p.given()).text(".").value(p.surname().replace(' ', '.'))
                        .text("//EXAMPLE.COM").end();
                w.start("REF+:0220J2021").num3(n * 3 + t).end();
                w.seg("FAR+N+++++YLOWAZ");
                w.start("SSR+DOCS:HK:1:J2:::::/P/").value(p.origin().country3()).text("/").value(p.documentNumber())
                        .text("/").value(p.origin().country3()).text("/").ddmmmyy(p.birthDay(), p.birthMonth(),
                                p.birthYear()).text("/").ch(p.sex()).text("/")
                        .ddmmmyy(p.expiryDay(), p.expiryMonth(), p.expiryYear()).text("/").value(p.surname())
                        .text("/").value(p.given());
                if (!p.middle().isEmpty()) {
                    w.text("/").value(p.middle());
                }
                w.text("+::").num(ref).end();
                String ticket = "220" + Population.digits(rnd, 10);
                w.start("TKT+").text(ticket).text(":T:1").end();
                w.start("MON+B:").text(fare).text(".00:EUR+T:").text(fare).text(".47:EUR").end();
                w.start("PTK+NR++").dd(bookDay).text("0226:1015+J2+220+GYD").end();
                w.seg("TXD++88.11:::YQ+17.10:::AZ+12.30:::TR");
                w.start("DAT+710:").dd(bookDay).text("0226:1015").end();
                int fop = rnd.nextInt(6);
                if (fop == 0) {
                    w.start("FOP+CA::").text(fare).text(".47").end();
                } else {
                    w.start("FOP+CC::").text(fare).text(".47:").text(fop < 4 ? "VI" : "CA")
                            .text(":XXXXXXXXXXXX").text(Population.digits(rnd, 4)).text(":0928").end();
                }
                if (t == 0) {
                    w.start("IFT+4:43+").value(p.given()).text(" ").value(p.surname()).e().value(p.street()).text(" ")
                            .value(p.postcode()).text(" ").value(p.city()).e().text(Population.digits(rnd, 11)).end();
                }
                travellers++;
            }
            int row = 5 + rnd.nextInt(25);
            itinerary(w, rnd, "140326:1810::1945+GYD+IST+J2+021:Y", "GYD", "IST", locator, pax, row, 1);
            if (rnd.nextBoolean()) {
                String to = Population.pick(rnd, onward);
                itinerary(w, rnd, "140326:2230:150326:0055+IST+" + to + "+J2+421:Y", "IST", to, locator, pax,
                        5 + rnd.nextInt(25), 2);
            }
        }
        int segments = w.segments + 1;
        w.start("UNT+").num(segments).e().num(1).end();
        w.raw("UNZ+1+0002601'\n");
        return new Corpus("PNRGOV 13.1", w.bytes(), pnrs, travellers, segments);
    }

    /** Gr5 TVL with RPI, APD, SSR SEAT, RCI; Gr6 DAT+2 check-in, ORG; Gr7 TRI/TIF/SSD/TBD per traveller. */
    private static void itinerary(Writer w, SplittableRandom rnd, String tvl, String from, String to, String locator,
                                  Population.Person[] pax, int row, int leg) {
        w.start("TVL+").text(tvl).end();
        w.start("RPI+").num(pax.length).text("+HK").end();
        w.seg(rnd.nextBoolean() ? "APD+320" : "APD+321");
        w.start("SSR+SEAT:HK:").num(pax.length).text(":J2:::").text(from).c().text(to);
        for (int t = 0; t < pax.length; t++) {
            w.e().num(row).text(SEAT_LETTERS[t]).text("::").num(t + 1);
        }
        w.end();
        w.start("RCI+J2:").text(locator).end();
        if (leg == 1) {
            w.seg("DAT+2:140326:1610");
            w.seg("ORG+J2:GYD++++A");
            for (int t = 0; t < pax.length; t++) {
                Population.Person p = pax[t];
                w.start("TRI++").text(from).text("-").num3(100 + rnd.nextInt(200)).text(":::").num(t + 1).end();
                w.start("TIF+").value(p.surname()).e().value(p.given()).value(p.sex() == 'M' ? "MR" : "MS")
                        .text(":A:").num(t + 1).end();
                w.start("SSD+0").num(row).text(SEAT_LETTERS[t]).text("++++Y").end();
                if (t == 0) {
                    // head of the bag pool carries the pool's count, weight (700 = kg) and first tag
                    w.start("TBD++").num(pax.length).c().num(pax.length * (15 + rnd.nextInt(8)))
                            .text(":700++HP+J2:0220").text(Population.digits(rnd, 6)).c().num(pax.length)
                            .c().text(to).end();
                } else {
                    w.start("TBD+++MP:220").text(Population.digits(rnd, 10)).end();
                }
            }
        }
    }

    /** Appends segments as ASCII and counts them (UNH..UNT, for UNT). */
    private static final class Writer {
        private final StringBuilder sb;
        int segments;

        Writer(int capacity) {
            sb = new StringBuilder(capacity);
        }

        void raw(String s) {
            sb.append(s);
        }

        void seg(String s) {
            start(s).end();
        }

        Writer start(String s) {
            sb.append(s);
            return this;
        }

        /** Literal EDIFACT text: separators in {@code s} are structure. */
        Writer text(String s) {
            sb.append(s);
            return this;
        }

        /** A data value: separators in {@code s} are released. */
        Writer value(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\'' || c == '+' || c == ':' || c == '?' || c == '*') {
                    sb.append('?'); // release character: the value holds a separator
                }
                sb.append(c);
            }
            return this;
        }

        Writer ch(char c) {
            sb.append(c);
            return this;
        }

        Writer num(int n) {
            sb.append(n);
            return this;
        }

        Writer num3(int n) {
            if (n < 100) {
                sb.append('0');
            }
            if (n < 10) {
                sb.append('0');
            }
            sb.append(n);
            return this;
        }

        Writer dd(int n) {
            if (n < 10) {
                sb.append('0');
            }
            sb.append(n);
            return this;
        }

        Writer yymmdd(int year, int month, int day) {
            return dd(year % 100).dd(month).dd(day);
        }

        Writer ddmmmyy(int day, int month, int year) {
            dd(day);
            sb.append(MONTHS[month - 1]);
            return dd(year % 100);
        }

        /** Component separator. */
        Writer c() {
            sb.append(':');
            return this;
        }

        /** Element separator. */
        Writer e() {
            sb.append('+');
            return this;
        }

        void end() {
            sb.append('\'').append('\n');
            segments++;
        }

        byte[] bytes() {
            return sb.toString().getBytes(StandardCharsets.US_ASCII);
        }
    }
}
