package io.paxgate.rules.names;

import io.paxgate.parsers.model.TravelDocument;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.rules.watchlist.BirthDate;

import java.util.ArrayList;
import java.util.List;

/**
 * Who is being screened.
 *
 * @param surname         family name when known (PAXLST NAD surname, PNR TIF surname), else null
 * @param givenNames      given names, or the whole name when {@code surname} is null (MRZ
 *                        {@code ALIYEV<<RASHAD} also works)
 * @param birthDate       at the precision known, or null
 * @param nationality     ICAO 3-letter code, or null
 * @param sex             "M", "F" or null
 * @param documentNumbers identity document numbers as sent
 */
public record NameQuery(String surname, String givenNames, BirthDate birthDate, String nationality, String sex,
                        List<String> documentNumbers) {
    public NameQuery {
        documentNumbers = documentNumbers == null ? List.of() : List.copyOf(documentNumbers);
    }

    /** A bare name: no birth date, nationality, sex or documents. */
    public static NameQuery of(String fullName) {
        return new NameQuery(null, fullName, null, null, null, List.of());
    }

    public static NameQuery of(String surname, String givenNames) {
        return new NameQuery(surname, givenNames, null, null, null, List.of());
    }

    public NameQuery withBirthDate(BirthDate d) {
        return new NameQuery(surname, givenNames, d, nationality, sex, documentNumbers);
    }

    public NameQuery withNationality(String n) {
        return new NameQuery(surname, givenNames, birthDate, n, sex, documentNumbers);
    }

    public static NameQuery fromTraveller(Traveller t) {
        List<String> docs = new ArrayList<>(2);
        if (t.documents != null) {
            for (TravelDocument d : t.documents) {
                if (d.number != null && !d.number.isBlank()) {
                    docs.add(d.number);
                }
            }
        }
        String sex = "M".equals(t.sex) || "F".equals(t.sex) ? t.sex : null;
        return new NameQuery(t.surname, t.givenNames, t.birthDate == null ? null : BirthDate.exact(t.birthDate),
                t.nationality, sex, docs);
    }

    /** The name as one line, for display. */
    public String displayName() {
        if (surname == null || surname.isBlank()) {
            return givenNames == null ? "" : givenNames;
        }
        return givenNames == null || givenNames.isBlank() ? surname : surname + ", " + givenNames;
    }
}
