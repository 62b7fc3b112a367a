package io.paxgate.engine.synth;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Synthetic API/PNR traffic for a day of flights into Baku (GYD), Ganja (KVD) and Nakhchivan
 * (NAJ): who flies, and the PAXLST and PNRGOV bytes the carriers would send (EDIFACT, a share as
 * PNRGOV XML, some Type B wrapped, big passenger lists in parts, optionally a share of faulty
 * first sends), with a few planted travellers that screening should flag, and interactive API
 * check-ins. The same seed, date and counts always give the same bytes.
 * Not thread-safe: one generator per thread.
 */
public final class TrafficGenerator {
    /** Emails of PNR contacts: common providers only (no disposable domains in ordinary traffic). */
    private static final String[] EMAIL_DOMAINS = {"gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com"};
    private static final String[] EMAIL_DOMAINS_CIS = {"mail.ru", "yandex.ru", "gmail.com", "mail.ru", "bk.ru"};
    private static final String[] EMAIL_DOMAINS_AZE = {"gmail.com", "mail.ru", "box.az", "gmail.com", "yahoo.com"};
    /** Travel agencies of ordinary bookings: IATA number, office, city (none on a watch list). */
    private static final String[][] AGENCIES = {{"31234560", "BAKAZ2100", "GYD"}, {"33456782", "ISTTR0210", "IST"},
            {"34567893", "MOWRU0333", "DME"}, {"35678904", "DXBAE0101", "DXB"}, {"36789015", "FRADE0707", "FRA"},
            {"37890126", "LONGB0404", "LHR"}, {"38901237", "TBSGE0110", "TBS"}, {"39012348", "ALAKZ0220", "ALA"}};
    private static final String LOCATOR_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    /** States whose citizens enter Azerbaijan without a visa (simplified). */
    private static final Set<String> VISA_FREE = Set.of("AZE", "RUS", "BLR", "UKR", "KAZ", "UZB", "KGZ", "TJK", "TUR",
            "GEO", "ARE", "QAT", "SAU", "IRN");

    /** Passengers per part of a passenger list: Type B carriers split small (message size limits). */
    static final int PART_SIZE = 150;
    static final int TYPE_B_PART_SIZE = 60;
    /** Share of the PNR pushes sent as PNRGOV XML rather than EDIFACT (never over Type B). */
    static final double XML_SHARE = 0.25;

    private final long seed;
    private final Plants plants;
    private final double faultShare;

    /** Traffic without faulty messages (the demo's). */
    public TrafficGenerator(long seed, Plants plants) {
        this(seed, plants, 0);
    }

    /**
     * @param faultShare chance per flight (0..1) that one of its messages is first sent with a fault
     *                   ({@link Fault}) and then again as it should be
     */
    public TrafficGenerator(long seed, Plants plants, double faultShare) {
        if (!(faultShare >= 0 && faultShare <= 1)) {
            throw new IllegalArgumentException("fault share must be within 0..1, was " + faultShare);
        }
        this.seed = seed;
        this.plants = plants;
        this.faultShare = faultShare;
    }

    /** A day's flights and the interactive API check-ins that go with them. */
    public record Day(List<SyntheticFlight> flights, List<IapiRequest> iapi) {
    }

    /** A day of flights into GYD (Baku), KVD (Ganja), NAJ (Nakhchivan), in departure order. */
    public List<SyntheticFlight> day(LocalDate date, int flights) {
        return day(date, flights, 0).flights();
    }

    /**
     * A day of flights in departure order and {@code iapi} check-in requests (one to three travellers
     * of one of those flights each) in the order they are sent. The flights do not depend on {@code iapi}.
     */
    public Day day(LocalDate date, int flights, int iapi) {
        if (flights < 0) {
            throw new IllegalArgumentException("flights must be >= 0, was " + flights);
        }
        if (iapi < 0) {
            throw new IllegalArgumentException("iapi requests must be >= 0, was " + iapi);
        }
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + date.toEpochDay());
        List<Slot> slots = schedule(r, date, flights);
        plant(r, slots);
        List<SyntheticFlight> out = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            out.add(flight(r.split(), slots.get(i), i));
        }
        return new Day(out, iapiRequests(r.split(), slots, date, iapi));
    }

    /** A flight before its people are drawn: route, times, message choices, what to plant on it. */
    private static final class Slot {
        final Route route;
        final String designator;
        final LocalDateTime departure;
        final LocalDateTime arrival;
        final boolean pnr;
        final boolean typeB;
        final boolean xml;
        final List<Plants.Plant> plants = new ArrayList<>();

        Slot(Route route, String designator, LocalDateTime departure, LocalDateTime arrival, boolean pnr, boolean typeB,
             boolean xml) {
            this.route = route;
            this.designator = designator;
            this.departure = departure;
            this.arrival = arrival;
            this.pnr = pnr;
            this.typeB = typeB;
            this.xml = xml;
        }

        long utcDeparture() {
            return utc(departure).getEpochSecond();
        }

        /** A local time at the departure airport in UTC. */
        Instant utc(LocalDateTime local) {
            return local.toInstant(ZoneOffset.ofTotalSeconds(Route.utcOffsetMinutes(route.from()) * 60));
        }
    }

    private static List<Slot> schedule(SplittableRandom r, LocalDate date, int flights) {
        List<Route> routes = new ArrayList<>(Route.ALL);
        for (int i = routes.size() - 1; i > 0; i--) { // shuffle: a small day still mixes carriers
            int j = r.nextInt(i + 1);
            routes.set(i, routes.set(j, routes.get(i)));
        }
        List<Slot> slots = new ArrayList<>(flights);
        Set<String> designators = new HashSet<>();
        for (Route route : routes) {
            designators.add(route.designator(0));
        }
        for (int i = 0; i < flights; i++) {
            Route route = routes.get(i % routes.size());
            int minute = 30 + r.nextInt(22 * 60) / 5 * 5; // 00:30 .. 22:25 local
            LocalDateTime dep = date.atStartOfDay().plusMinutes(minute);
            LocalDateTime arr = dep.plusMinutes(route.blockMinutes() + Route.utcOffsetMinutes(route.to())
                    - Route.utcOffsetMinutes(route.from()));
            boolean pnr = r.nextDouble() < route.pnrShare();
            boolean typeB = r.nextDouble() < route.typeBShare();
            boolean xml = pnr && !typeB && r.nextDouble() < XML_SHARE;
            int sequence = i / routes.size();
            String designator = route.designator(sequence);
            while (sequence > 0 && !designators.add(designator)) {
                // a second J2 072 must not become J2 074, which another route already flies
                designator = route.designator(++sequence);
            }
            slots.add(new Slot(route, designator, dep, arr, pnr, typeB, xml));
        }
        slots.sort(Comparator.comparingLong(Slot::utcDeparture).thenComparing(s -> s.designator));
        return slots;
    }

    /** Puts each plant on one flight that can carry it (a PNR rule needs a PNR push). */
    private void plant(SplittableRandom r, List<Slot> slots) {
        if (slots.isEmpty()) {
            return;
        }
        for (Plants.ListedPerson p : plants.people()) {
            slots.get(r.nextInt(slots.size())).plants.add(p);
        }
        for (Plants.ListedDocument d : plants.documents()) {
            slots.get(r.nextInt(slots.size())).plants.add(d);
        }
        for (Plants.RulePlant rule : plants.rules()) {
            List<Slot> fit = slots.stream().filter(s -> fits(rule, s)).toList();
            if (!fit.isEmpty()) {
                fit.get(r.nextInt(fit.size())).plants.add(rule);
            }
        }
    }

    private static boolean fits(Plants.RulePlant rule, Slot s) {
        return switch (rule.ruleId()) {
            case "PNR-001" -> s.pnr && rule.values().getOrDefault("high_risk_routes", List.of()).contains(s.route.from());
            case "PNR-004" -> s.pnr && !rule.values().getOrDefault("watched_offices", List.of()).isEmpty();
            default -> true;
        };
    }

    private SyntheticFlight flight(SplittableRandom r, Slot s, int index) {
        Route route = s.route;
        LocalDate day = s.departure.toLocalDate();
        List<Person> passengers = new ArrayList<>();
        List<Booking> bookings = new ArrayList<>();
        Seats seats = new Seats(r, route.seats());
        Set<String> locators = new HashSet<>();
        int wanted = Math.max(1, (int) Math.round(route.seats() * (0.55 + 0.43 * r.nextDouble())));
        while (passengers.size() < wanted) {
            int size = partySize(r);
            Culture culture = draw(r, route.cultures());
            List<Person> party = party(r, s, culture, Math.min(size, wanted - passengers.size()), seats,
                    locator(r, locators));
            passengers.addAll(party);
            bookings.add(booking(r, s, party, false, null));
        }
        List<Person> plantedPeople = new ArrayList<>();
        List<String> variants = new ArrayList<>();
        for (Plants.Plant plant : s.plants) {
            String[] variant = new String[1];
            Person p = plantedPerson(r, s, plant, seats, locator(r, locators), variant);
            plantedPeople.add(p);
            variants.add(variant[0]);
            passengers.add(r.nextInt(passengers.size() + 1), p); // anywhere on the list, as check-in goes
            Plants.RulePlant rule = plant instanceof Plants.RulePlant rp ? rp : null;
            boolean cash = rule != null && rule.ruleId().startsWith("PNR"); // both PNR recipes pay cash
            bookings.add(booking(r, s, List.of(p), cash, rule));
        }
        List<Person> crew = crew(r, s);

        String ref = controlReference(route.carrier(), day, index);
        List<SyntheticMessage> messages = new ArrayList<>();
        List<byte[]> unwrapped = new ArrayList<>();
        SyntheticMessage pnrgov = null;
        if (s.pnr) {
            LocalDateTime pushed = s.departure.minusHours(24);
            PaxlstEncoder.Header ph = header(s, ref + "2", pushed);
            String number = s.designator.substring(2);
            byte[] push = s.xml ? PnrgovXmlEncoder.encode(ph, number, route.aircraft(), bookings)
                    : PnrgovEncoder.encode(ph, number, route.aircraft(), bookings);
            pnrgov = new SyntheticMessage(SyntheticMessage.Kind.PNRGOV,
                    s.xml ? push : wrap(s, push, "PNXH", pushed), s.utc(pushed));
            messages.add(pnrgov);
            unwrapped.add(s.xml ? null : push);
        }
        LocalDateTime crewAt = s.departure.minusMinutes(60);
        byte[] crewList = PaxlstEncoder.encode(header(s, ref + "1", crewAt), crew, true);
        messages.add(new SyntheticMessage(SyntheticMessage.Kind.CREW, wrap(s, crewList, "APXH", crewAt), s.utc(crewAt)));
        unwrapped.add(crewList);
        // a big flight's passenger list goes in parts, each its own interchange
        int partSize = s.typeB ? TYPE_B_PART_SIZE : PART_SIZE;
        int parts = (passengers.size() + partSize - 1) / partSize;
        Map<Person, SyntheticMessage> partOf = new HashMap<>();
        for (int k = 1; k <= parts; k++) {
            LocalDateTime at = s.departure.minusMinutes(30);
            List<Person> part = passengers.subList((k - 1) * partSize, Math.min(passengers.size(), k * partSize));
            byte[] list = PaxlstEncoder.encode(header(s, ref + (char) ('A' + k - 1), at), part, false, k, parts);
            SyntheticMessage m = new SyntheticMessage(SyntheticMessage.Kind.PAXLST, wrap(s, list, "APXH", at),
                    s.utc(at).plusSeconds(k));
            messages.add(m);
            unwrapped.add(parts == 1 ? list : null); // a faulty part would stand in for the good one when joined
            part.forEach(p -> partOf.put(p, m));
        }
        if (faultShare > 0 && r.nextDouble() < faultShare) {
            addFault(r, s, ref, messages, unwrapped);
        }
        List<PlantedHit> planted = new ArrayList<>(plantedPeople.size());
        for (int i = 0; i < plantedPeople.size(); i++) {
            Person p = plantedPeople.get(i);
            Plants.Plant plant = s.plants.get(i);
            boolean inPnr = plant instanceof Plants.RulePlant rp && rp.ruleId().startsWith("PNR");
            planted.add(new PlantedHit(s.designator, p.surname(), p.givenNames(), p.birthDate(), p.documentNumber(),
                    plant.expected(), variants.get(i), messages.indexOf(inPnr ? pnrgov : partOf.get(p))));
        }
        List<Person> people = new ArrayList<>(passengers);
        people.addAll(crew);
        return new SyntheticFlight(route.carrier(), s.designator, route.from(), route.to(), s.departure, s.arrival,
                List.copyOf(people), List.copyOf(messages), s.typeB, List.copyOf(planted));
    }

    private static PaxlstEncoder.Header header(Slot s, String controlReference, LocalDateTime preparedAt) {
        return new PaxlstEncoder.Header(s.route.carrier(), s.designator, s.route.from(), s.route.to(), s.departure,
                s.arrival, s.route.d12b(), controlReference, preparedAt);
    }

    /** The interchange in a Type B envelope when the flight's messages travel that way. */
    private static byte[] wrap(Slot s, byte[] interchange, String recipientSuffix, LocalDateTime at) {
        return s.typeB ? TypeBWrapper.wrap(interchange, s.route.to() + recipientSuffix,
                s.route.from() + "AP" + s.route.carrier(), at) : interchange;
    }

    /**
     * One EDIFACT message of the flight first sent with a fault, five minutes before the good one
     * (the carrier resends after the rejection); it has its own control reference, so the good
     * copy is not taken for a repeat.
     */
    private static void addFault(SplittableRandom r, Slot s, String ref, List<SyntheticMessage> messages,
                                 List<byte[]> unwrapped) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < unwrapped.size(); i++) {
            if (unwrapped.get(i) != null) {
                candidates.add(i);
            }
        }
        int i = candidates.get(r.nextInt(candidates.size()));
        Fault fault = Fault.values()[r.nextInt(Fault.values().length)];
        SyntheticMessage good = messages.get(i);
        String text = new String(unwrapped.get(i), java.nio.charset.StandardCharsets.ISO_8859_1);
        String own = text.substring(text.indexOf(ref), text.indexOf(ref) + ref.length() + 1);
        byte[] faulty = fault.apply(text.replace(own, ref + "9").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), r);
        LocalDateTime at = LocalDateTime.ofInstant(good.sentAt().minusSeconds(300),
                ZoneOffset.ofTotalSeconds(Route.utcOffsetMinutes(s.route.from()) * 60));
        messages.add(i, new SyntheticMessage(SyntheticMessage.Kind.FAULT, wrap(s, faulty, "APXH", at),
                good.sentAt().minusSeconds(300)));
        unwrapped.add(i, null);
    }

    /** Check-ins of one to three travellers of the day's flights, sent between a day and 45 minutes before departure. */
    private List<IapiRequest> iapiRequests(SplittableRandom r, List<Slot> slots, LocalDate date, int count) {
        if (slots.isEmpty() || count == 0) {
            return List.of();
        }
        Map<Slot, Seats> seats = new HashMap<>();
        List<IapiRequest> out = new ArrayList<>(count);
        String tag = seedTag();
        for (int i = 0; i < count; i++) {
            Slot s = slots.get(r.nextInt(slots.size()));
            int size = r.nextInt(100) < 65 ? 1 : r.nextInt(100) < 70 ? 2 : 3;
            Seats free = seats.computeIfAbsent(s, x -> new Seats(r, x.route.seats()));
            List<Person> party = party(r, s, draw(r, s.route.cultures()), size, free, locator(r, new HashSet<>()));
            LocalDateTime at = s.departure.minusMinutes(45 + r.nextInt(23 * 60));
            String ref = ("I" + padded(tag, 3) + padded(Long.toString(Math.floorMod(date.toEpochDay(), 10_000)), 4)
                    + padded(Integer.toString(i, 36), 5)).toUpperCase(Locale.ROOT);
            out.add(new IapiRequest(s.designator, PaxlstEncoder.encode(header(s, ref, at), party, false), s.utc(at)));
        }
        out.sort(Comparator.comparing(IapiRequest::sentAt)); // stable: equal times keep their draw order
        return out;
    }

    private static String padded(String v, int width) {
        return v.length() >= width ? v : "0".repeat(width - v.length()) + v;
    }

    /** Interchange control reference, unique per carrier, seed, day and flight: at most 13 of UNB's 14 characters. */
    private String controlReference(String carrier, LocalDate day, int index) {
        return String.format(Locale.ROOT, "%s%3s%04d%3s", carrier, seedTag(), Math.floorMod(day.toEpochDay(), 10_000),
                Integer.toString(index, 36)).replace(' ', '0').toUpperCase(Locale.ROOT);
    }

    /** Up to three base-36 characters of the seed: days of two seeds do not share control references. */
    private String seedTag() {
        return Long.toString(Math.floorMod(seed * 31 + 7, 36L * 36 * 36), 36);
    }

    private static int partySize(SplittableRandom r) {
        int x = r.nextInt(100);
        return x < 60 ? 1 : x < 85 ? 2 : x < 97 ? 3 + r.nextInt(2) : 5 + r.nextInt(2);
    }

    private static <T> T draw(SplittableRandom r, Map<T, Integer> weights) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int x = r.nextInt(total);
        for (Map.Entry<T, Integer> e : weights.entrySet()) {
            x -= e.getValue();
            if (x < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("empty weights");
    }

    private static String locator(SplittableRandom r, Set<String> taken) {
        while (true) {
            StringBuilder sb = new StringBuilder(6);
            for (int i = 0; i < 6; i++) {
                sb.append(LOCATOR_CHARS.charAt(r.nextInt(LOCATOR_CHARS.length())));
            }
            if (taken.add(sb.toString())) {
                return sb.toString();
            }
        }
    }

    /** A booking party: one traveller, a couple, or a family sharing a surname with children. */
    private static List<Person> party(SplittableRandom r, Slot s, Culture culture, int size, Seats seats, String locator) {
        List<Person> party = new ArrayList<>(size);
        String nationality = culture.nationality(r);
        String residence = culture == Culture.AZERBAIJANI && r.nextInt(100) < 25 ? Route.country(s.route.from())
                : nationality;
        if (residence.equals("XXX")) {
            residence = nationality;
        }
        String family = null;
        for (int i = 0; i < size; i++) {
            boolean child = size >= 3 && i >= 2;
            char sex = i == 1 ? (party.get(0).sex() == 'M' ? 'F' : 'M') : r.nextInt(100) < 57 ? 'M' : 'F';
            String surname = culture.surname(r, sex);
            if (i > 0 && family != null) {
                surname = sameFamily(culture, family, sex, r);
            }
            if (i == 0) {
                family = surname;
            }
            LocalDate birth = child ? birthDate(r, s.departure.toLocalDate(), 2, 15)
                    : birthDate(r, s.departure.toLocalDate(), 18, 78);
            party.add(person(r, s, surname, culture.given(r, sex), sex, birth, nationality, residence, locator,
                    seats.next(), null));
        }
        return party;
    }

    /** The family's surname in the form for {@code sex}, or a different surname for a travelling friend. */
    private static String sameFamily(Culture c, String family, char sex, SplittableRandom r) {
        if (r.nextInt(100) < 20) {
            return c.surname(r, sex);
        }
        String base = family.endsWith("OVA") || family.endsWith("EVA") || family.endsWith("INA")
                ? family.substring(0, family.length() - 1) : family;
        return sex == 'F' && (base.endsWith("OV") || base.endsWith("EV") || base.endsWith("IN"))
                && (c == Culture.AZERBAIJANI || c == Culture.RUSSIAN || c == Culture.CENTRAL_ASIAN) ? base + "A" : base;
    }

    private static LocalDate birthDate(SplittableRandom r, LocalDate on, int minAge, int maxAge) {
        // two draws averaged: fewer very old and very young travellers than a flat spread
        int span = (maxAge - minAge) * 365;
        int days = (r.nextInt(span) + r.nextInt(span)) / 2;
        return on.minusYears(minAge).minusDays(days);
    }

    private static Person person(SplittableRandom r, Slot s, String surname, String given, char sex, LocalDate birth,
                                 String nationality, String residence, String locator, String seat, String crewRole) {
        LocalDate day = s.departure.toLocalDate();
        String visa = null;
        String visaCountry = null;
        LocalDate visaExpiry = null;
        if (!VISA_FREE.contains(nationality) && crewRole == null) {
            visa = "EV" + digits(r, 8); // ASAN e-visa
            visaCountry = "AZE";
            visaExpiry = day.plusDays(30 + r.nextInt(60));
        }
        int bags = crewRole != null ? 0 : r.nextInt(100) < 25 ? 0 : r.nextInt(100) < 80 ? 1 : 2;
        int kg = 0;
        for (int i = 0; i < bags; i++) {
            kg += 8 + r.nextInt(24);
        }
        return new Person(surname, given, sex, birth, nationality, residence, crewRole, "P",
                passportNumber(r, nationality), nationality, day.plusDays(200 + r.nextInt(3400)), visa, visaCountry,
                visaExpiry, s.route.from(), s.route.to(), crewRole == null ? locator : null, seat, bags, kg);
    }

    /** Passport number in the shape each issuing state uses. */
    static String passportNumber(SplittableRandom r, String country) {
        return switch (country) {
            case "AZE" -> "C" + digits(r, 8);
            case "RUS", "BLR" -> (70 + r.nextInt(10)) + digits(r, 7);
            case "TUR" -> "U" + digits(r, 8);
            case "GEO", "FRA" -> digits(r, 2) + letters(r, 2) + digits(r, 5);
            case "KAZ" -> "N" + digits(r, 8);
            case "UZB" -> "FA" + digits(r, 7);
            case "KGZ" -> "AC" + digits(r, 7);
            case "TJK" -> "40" + digits(r, 7);
            case "IRN" -> letters(r, 1) + digits(r, 8);
            case "DEU" -> "C" + letters(r, 1) + digits(r, 1) + letters(r, 1) + digits(r, 5);
            case "GBR", "UKR" -> digits(r, 9);
            default -> letters(r, 2) + digits(r, 7);
        };
    }

    private static String digits(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    private static String letters(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('A' + r.nextInt(26)));
        }
        return sb.toString();
    }

    private static List<Person> crew(SplittableRandom r, Slot s) {
        String country = Route.carrierCountry(s.route.carrier());
        Culture culture = switch (country) {
            case "AZE" -> Culture.AZERBAIJANI;
            case "TUR" -> Culture.TURKISH;
            case "RUS" -> Culture.RUSSIAN;
            case "GEO" -> Culture.GEORGIAN;
            case "KAZ", "UZB" -> Culture.CENTRAL_ASIAN;
            case "ARE", "QAT" -> r.nextBoolean() ? Culture.ARABIC : Culture.EUROPEAN;
            default -> Culture.EUROPEAN;
        };
        int deck = s.route.blockMinutes() > 300 ? 3 : 2;
        int cabin = Math.max(1, s.route.seats() / 50);
        List<Person> crew = new ArrayList<>(deck + cabin);
        for (int i = 0; i < deck + cabin; i++) {
            char sex = i < deck ? (r.nextInt(100) < 92 ? 'M' : 'F') : (r.nextInt(100) < 70 ? 'F' : 'M');
            crew.add(person(r, s, culture.surname(r, sex), culture.given(r, sex), sex,
                    birthDate(r, s.departure.toLocalDate(), 22, 60), country, country, null, null,
                    i < deck ? "CR1" : "CR3"));
        }
        return crew;
    }

    private static Booking booking(SplittableRandom r, Slot s, List<Person> party, boolean cash, Plants.RulePlant rule) {
        LocalDateTime dep = s.departure;
        int lead = 3 + (int) Math.min(300, -Math.log(1 - r.nextDouble()) * 30); // most book weeks ahead
        String agencyIata = null;
        String office = null;
        String city = null;
        if (r.nextInt(100) < 40) {
            String[] a = AGENCIES[r.nextInt(AGENCIES.length)];
            agencyIata = a[0];
            office = a[1];
            city = a[2];
        }
        if (rule != null && rule.ruleId().equals("PNR-001")) {
            lead = 1; // last-minute, cash
        } else if (rule != null && rule.ruleId().equals("PNR-004")) {
            List<String> offices = rule.values().getOrDefault("watched_offices", List.of());
            office = offices.get(0);
            agencyIata = "32345671";
            city = "DME";
        }
        LocalDateTime created = dep.minusDays(lead).withHour(8 + r.nextInt(12)).withMinute(r.nextInt(60));
        LocalDateTime ticketed = created.plusMinutes(5 + r.nextInt(60 * 24));
        if (!ticketed.isBefore(dep)) {
            ticketed = created.plusMinutes(5);
        }
        boolean paidCash = cash || (lead > 7 && r.nextInt(100) < 6);
        LocalDateTime back = r.nextInt(100) < 80 && rule == null
                ? dep.plusDays(3 + r.nextInt(28)).withHour(6 + r.nextInt(16)) : null;
        if (back != null) {
            LocalDate expires = party.stream().map(Person::documentExpiry).min(LocalDate::compareTo).orElseThrow();
            if (!expires.isAfter(back.toLocalDate())) {
                back = null; // a traveller whose passport ends before the return books one way
            }
        }
        String frequentFlyer = r.nextInt(100) < 15 ? digits(r, 9) : null;
        int seatChanges = rule == null && r.nextInt(100) < 15 ? 1 + r.nextInt(2) : 0;
        return new Booking(party.get(0).bookingRef(), party, created, ticketed, paidCash, agencyIata, office,
                city, null, back, emailDomain(r, party.get(0).nationality()), 180 + r.nextInt(600), frequentFlyer,
                seatChanges);
    }

    private static String emailDomain(SplittableRandom r, String nationality) {
        String[] pool = switch (nationality) {
            case "AZE" -> EMAIL_DOMAINS_AZE;
            case "RUS", "BLR", "UKR", "KAZ", "UZB", "KGZ", "TJK" -> EMAIL_DOMAINS_CIS;
            default -> EMAIL_DOMAINS;
        };
        return pool[r.nextInt(pool.length)];
    }

    /** A traveller who meets the plant; {@code variant[0]} says how their name differs from the list's. */
    private Person plantedPerson(SplittableRandom r, Slot s, Plants.Plant plant, Seats seats, String locator,
                                 String[] variant) {
        LocalDate day = s.departure.toLocalDate();
        variant[0] = "as generated";
        if (plant instanceof Plants.ListedPerson lp) {
            // rotate the kinds of variant over the listed people, starting where the seed says
            Variants.Spelling spelling = Variants.variant(lp, plants.people().indexOf(lp) + (int) Math.floorMod(seed, 4L), r);
            variant[0] = spelling.how();
            String[] name = {spelling.surname(), spelling.givenNames()};
            char sex = "F".equalsIgnoreCase(lp.sex()) ? 'F' : 'M';
            LocalDate birth = lp.birthTo() == null || !lp.birthTo().isAfter(lp.birthFrom()) ? lp.birthFrom()
                    : lp.birthFrom().plusDays(r.nextLong(ChronoUnit.DAYS.between(lp.birthFrom(), lp.birthTo()) + 1));
            String nat = lp.nationality() == null ? "AZE" : lp.nationality();
            return person(r, s, name[0], name[1], sex, birth, nat, nat, locator, seats.next(), null);
        }
        if (plant instanceof Plants.ListedDocument d) {
            Culture c = culture(d.issuingCountry());
            char sex = r.nextBoolean() ? 'M' : 'F';
            Person base = person(r, s, c.surname(r, sex), c.given(r, sex), sex, birthDate(r, day, 20, 70),
                    d.issuingCountry(), d.issuingCountry(), locator, seats.next(), null);
            return withDocument(base, String.valueOf(d.type()), d.number(), d.issuingCountry(), base.documentExpiry());
        }
        Plants.RulePlant rule = (Plants.RulePlant) plant;
        Culture c = draw(r, s.route.cultures());
        char sex = r.nextBoolean() ? 'M' : 'F';
        String nat = c.nationality(r);
        Person base = person(r, s, c.surname(r, sex), c.given(r, sex), sex, birthDate(r, day, 20, 70), nat, nat,
                locator, seats.next(), null);
        // API-002: the passport ran out before the flight; the PNR recipes live in the booking
        return rule.ruleId().equals("API-002")
                ? withDocument(base, "P", base.documentNumber(), nat, day.minusDays(10 + r.nextInt(200)))
                : base;
    }

    private static Person withDocument(Person p, String type, String number, String country, LocalDate expiry) {
        return new Person(p.surname(), p.givenNames(), p.sex(), p.birthDate(), p.nationality(), p.residence(),
                p.crewRole(), type, number, country, expiry, p.visaNumber(), p.visaCountry(), p.visaExpiry(),
                p.embarkation(), p.debarkation(), p.bookingRef(), p.seat(), p.bags(), p.bagKg());
    }

    private static Culture culture(String country) {
        return switch (country) {
            case "AZE" -> Culture.AZERBAIJANI;
            case "RUS", "BLR", "UKR" -> Culture.RUSSIAN;
            case "TUR" -> Culture.TURKISH;
            case "GEO" -> Culture.GEORGIAN;
            case "KAZ", "UZB", "KGZ", "TJK" -> Culture.CENTRAL_ASIAN;
            case "IRN" -> Culture.PERSIAN;
            case "ARE", "SAU", "QAT", "EGY", "JOR", "LBN", "IRQ", "SYR" -> Culture.ARABIC;
            default -> Culture.EUROPEAN;
        };
    }

    /** Seats of the cabin in a random order: rows of six (nine on wide bodies). */
    private static final class Seats {
        private final List<String> free = new ArrayList<>();
        private int next;

        Seats(SplittableRandom r, int capacity) {
            String letters = capacity > 260 ? "ABCDEFGHK" : capacity >= 100 ? "ABCDEF" : "ACDF";
            for (int row = 1; free.size() < capacity + 20; row++) {
                for (int i = 0; i < letters.length(); i++) {
                    free.add(row + String.valueOf(letters.charAt(i)));
                }
            }
            for (int i = free.size() - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                free.set(i, free.set(j, free.get(i)));
            }
        }

        String next() {
            return next < free.size() ? free.get(next++) : null;
        }
    }
}
