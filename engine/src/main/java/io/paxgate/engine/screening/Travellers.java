package io.paxgate.engine.screening;

import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.Flight;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.model.Pnr;
import io.paxgate.parsers.model.PnrgovMessage;
import io.paxgate.parsers.model.Traveller;
import io.paxgate.parsers.multipart.MultipartAssembler;

import java.util.List;

/**
 * Every traveller of a batch of decoded messages, multipart lists assembled first: a manifest's
 * travellers without a booking, a PNR push's with theirs. What a backtest screens (the CLI over
 * files, the analyst's draft rule over the journal).
 */
public final class Travellers {
    /** Gets each traveller with the flight and, from PNRGOV, the booking. */
    @FunctionalInterface
    public interface Visitor {
        void traveller(Flight flight, Traveller traveller, Pnr pnr);
    }

    private Travellers() {
    }

    public static void forEach(List<DecodedMessage> messages, Visitor visitor) {
        for (DecodedMessage m : MultipartAssembler.assemble(messages)) {
            if (m instanceof PaxlstMessage p) {
                for (Traveller t : p.travellers) {
                    visitor.traveller(p.flight, t, null);
                }
            } else if (m instanceof PnrgovMessage p) {
                for (Pnr pnr : p.pnrs) {
                    for (Traveller t : pnr.travellers) {
                        visitor.traveller(p.flight, t, pnr);
                    }
                }
            }
        }
    }

    /** Initial of the surname and given name and the birth year: enough to tell rows apart, no full name. */
    public static String masked(Traveller t) {
        return masked(t.surname, t.givenNames, t.birthDate);
    }

    public static String masked(String surname, String givenNames, java.time.LocalDate birthDate) {
        String s = surname == null || surname.isEmpty() ? "?" : surname.charAt(0) + "***";
        String g = givenNames == null || givenNames.isEmpty() ? "" : " " + givenNames.charAt(0) + ".";
        return s + g + (birthDate == null ? "" : " (" + birthDate.getYear() + ")");
    }
}
