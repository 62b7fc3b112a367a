package io.paxgate.parsers.model;

import java.util.ArrayList;
import java.util.List;

/** The envelope data of a message: interchange, group and message header (UNB, UNG, UNH). */
public final class MessageSource {
    public int interchangeIndex = -1;
    public int messageIndex = -1;
    /** Byte offset of UNH in the input. */
    public long offset = -1;
    public String syntaxIdentifier;
    public String syntaxVersion;
    public String sender;
    public String recipient;
    public String preparedAt;
    public String interchangeReference;
    public String groupReference;
    public String messageReference;
    /** e.g. "D:12B:UN:IATA" or "13:1:IA". */
    public String messageVersion;
    public String commonAccessReference;
    /** UNH sequence number of this part (1 for a single-part message). */
    public Integer sequenceNumber;
    /** "C" first part, "F" final part, null for a middle part or none given. */
    public String sequenceIndicator;
    /** After multi-part assembly: the part numbers that were joined, in order. */
    public List<Integer> parts;

    public void addPart(int n) {
        if (parts == null) {
            parts = new ArrayList<>(4);
        }
        parts.add(n);
    }

    /** True when the UNH says this is one part of several. */
    public boolean isPartOfSeveral() {
        if (sequenceNumber == null) {
            return false;
        }
        return !(sequenceNumber == 1 && !"C".equals(sequenceIndicator));
    }
}
