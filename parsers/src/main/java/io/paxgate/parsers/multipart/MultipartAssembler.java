package io.paxgate.parsers.multipart;

import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.PaxlstMessage;
import io.paxgate.parsers.model.PnrgovMessage;
import io.paxgate.parsers.problem.Problem;
import io.paxgate.parsers.problem.ProblemCode;
import io.paxgate.parsers.problem.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Joins the parts of multi-part messages (UNH sequence {@code 01:C}, {@code 02}, ... {@code NN:F},
 * sharing sender, type and common access reference) into one manifest, whatever order the parts
 * came in. A set with a missing part is still returned, joined as far as it goes, with an error
 * naming the missing parts: data is never dropped for being incomplete.
 */
public final class MultipartAssembler {
    private MultipartAssembler() {
    }

    public static List<DecodedMessage> assemble(List<DecodedMessage> messages) {
        Map<String, List<DecodedMessage>> sets = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>(messages.size());
        for (DecodedMessage m : messages) {
            if (!m.source.isPartOfSeveral() || !(m instanceof PaxlstMessage || m instanceof PnrgovMessage)) {
                order.add(m);
                continue;
            }
            String key = m.type + '\u0000' + m.source.sender + '\u0000' + m.source.commonAccessReference;
            List<DecodedMessage> set = sets.get(key);
            if (set == null) {
                set = new ArrayList<>();
                sets.put(key, set);
                order.add(key);
            }
            set.add(m);
        }
        List<DecodedMessage> out = new ArrayList<>(order.size());
        for (Object o : order) {
            out.add(o instanceof DecodedMessage d ? d : join(sets.get((String) o)));
        }
        return out;
    }

    private static DecodedMessage join(List<DecodedMessage> parts) {
        TreeMap<Integer, DecodedMessage> byNumber = new TreeMap<>();
        List<DecodedMessage> duplicates = new ArrayList<>();
        Integer last = null;
        for (DecodedMessage p : parts) {
            int n = p.source.sequenceNumber;
            if (byNumber.putIfAbsent(n, p) != null) {
                duplicates.add(p);
            }
            if ("F".equals(p.source.sequenceIndicator)) {
                last = n;
            }
        }
        List<DecodedMessage> sorted = new ArrayList<>(byNumber.values());
        sorted.sort(Comparator.comparingInt(m -> m.source.sequenceNumber));
        DecodedMessage first = sorted.get(0);
        DecodedMessage head = first;
        head.source.parts = null;
        for (DecodedMessage p : sorted) {
            head.source.addPart(p.source.sequenceNumber);
            if (p == head) {
                continue;
            }
            merge(head, p);
            head.problems.addAll(p.problems);
        }
        List<Integer> missing = new ArrayList<>();
        int upTo = last != null ? last : byNumber.lastKey();
        for (int i = 1; i <= upTo; i++) {
            if (!byNumber.containsKey(i)) {
                missing.add(i);
            }
        }
        String ref = head.source.commonAccessReference;
        if (last == null || !missing.isEmpty()) {
            head.problems.add(new Problem(ProblemCode.MULTIPART_INCOMPLETE, Severity.ERROR,
                    head.source.interchangeIndex, head.source.messageIndex, -1, "UNH", 4, 1, head.source.offset,
                    "multi-part message " + ref + " is incomplete: "
                            + (missing.isEmpty() ? "" : "part(s) " + missing + " missing")
                            + (missing.isEmpty() || last != null ? "" : ", ")
                            + (last == null ? "no final part (F) received" : "")
                            + "; received parts " + byNumber.keySet() + " were joined"));
        }
        for (DecodedMessage d : duplicates) {
            head.problems.add(new Problem(ProblemCode.MULTIPART_DUPLICATE_PART, Severity.WARNING,
                    d.source.interchangeIndex, d.source.messageIndex, -1, "UNH", 4, 1, d.source.offset,
                    "part " + d.source.sequenceNumber + " of multi-part message " + ref
                            + " was received twice; the first copy was used"));
        }
        return head;
    }

    private static void merge(DecodedMessage head, DecodedMessage part) {
        if (head instanceof PaxlstMessage h && part instanceof PaxlstMessage p) {
            h.travellers.addAll(p.travellers);
            if (h.flight == null) {
                h.flight = p.flight;
            }
            if (h.reportingParty == null) {
                h.reportingParty = p.reportingParty;
            }
            if (p.declaredPassengers != null) {
                h.declaredPassengers = p.declaredPassengers;
            }
            if (p.declaredCrew != null) {
                h.declaredCrew = p.declaredCrew;
            }
        } else if (head instanceof PnrgovMessage h && part instanceof PnrgovMessage p) {
            h.pnrs.addAll(p.pnrs);
            if (h.flight == null) {
                h.flight = p.flight;
            }
        }
    }
}
