package io.paxgate.parsers.model;

import com.fasterxml.jackson.annotation.JsonIncludeProperties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A person: a PAXLST passenger or crew member, or a PNR traveller. Fields a message does not
 * carry stay null.
 */
public final class Traveller {
    public TravellerRole role;
    public String surname;
    /** Given and middle names, space separated, as sent. */
    public String givenNames;
    /** "M", "F", "U" (unknown) or "X" (unspecified), as sent. */
    public String sex;
    public LocalDate birthDate;
    /** LOC+180 town and country, as sent. */
    public String birthPlace;
    /** ICAO 3-letter code (NAT+2, DOCS nationality). */
    public String nationality;
    /** LOC+174 country of residence. */
    public String residenceCountry;
    public Address address;
    /** LOC+178 boarding (embarkation) airport. */
    public String embarkationAirport;
    /** LOC+179 final (debarkation) airport. */
    public String debarkationAirport;
    /** LOC+22 clearance airport for transit. */
    public String clearanceAirport;
    /** MEA+CT. */
    public Integer bagCount;
    /** MEA+WT in kilograms. */
    public Integer bagWeightKg;
    /** FTX+BAG tags (tag number, with ":count" expanded as sent). */
    public List<String> bagTags;
    /** GEI+4+173 verified (true) / 174 not verified (false). */
    public Boolean verified;
    /** RFF+AVF booking reference (PNR locator). */
    public String bookingReference;
    /** RFF+ABO unique passenger reference. */
    public String passengerReference;
    /** RFF+SEA or the PNR seat. */
    public String seat;
    /** RFF+AEA government-assigned reference. */
    public String governmentReference;
    /** RFF+YZG / ticket number where a state requires it. */
    public String ticketNumber;
    /** EMP+1 crew role, e.g. "CR1" cockpit. */
    public String crewRole;
    public List<Contact> contacts;
    public List<FrequentFlyer> frequentFlyers;
    public List<TravelDocument> documents;

    // PNR travellers (TIF)
    /** TIF passenger type: "A" adult, "IN" infant, "C" child ... */
    public String passengerType;
    /** TIF traveller reference number inside the PNR. */
    public String reference;
    /**
     * Infant travelling on this adult's lap (SSR INFT / TIF IN). The infant is also one of the
     * PNR's travellers, so JSON shows only who it is here (names as written by the snake_case
     * mapper), not the whole record a second time.
     */
    @JsonIncludeProperties({"reference", "surname", "given_names", "birth_date"})
    public Traveller infant;
    /** Title taken off the TIF given name (MR, MRS, MS, MISS, MSTR, DR); null when none was found. */
    public String title;
    /** Further addresses (PNR SSR DOCA residence and destination); {@link #address} is the first. */
    public List<Address> otherAddresses;

    public TravelDocument addDocument() {
        if (documents == null) {
            documents = new ArrayList<>(2);
        }
        TravelDocument d = new TravelDocument();
        documents.add(d);
        return d;
    }

    public void addContact(String type, String value) {
        if (contacts == null) {
            contacts = new ArrayList<>(2);
        }
        contacts.add(new Contact(type, value));
    }

    public FrequentFlyer addFrequentFlyer() {
        if (frequentFlyers == null) {
            frequentFlyers = new ArrayList<>(1);
        }
        FrequentFlyer f = new FrequentFlyer();
        frequentFlyers.add(f);
        return f;
    }

    public void addBagTag(String tag) {
        if (bagTags == null) {
            bagTags = new ArrayList<>(2);
        }
        bagTags.add(tag);
    }

    /** The traveller's first document of {@code type} ("P"), else the first document of any type, else null. */
    public TravelDocument document(String type) {
        if (documents == null) {
            return null;
        }
        for (TravelDocument d : documents) {
            if (type.equals(d.type)) {
                return d;
            }
        }
        return documents.isEmpty() ? null : documents.get(0);
    }
}
