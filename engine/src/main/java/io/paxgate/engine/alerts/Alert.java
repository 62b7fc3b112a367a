package io.paxgate.engine.alerts;

import java.util.List;

/**
 * One risk alert for one traveller, as delivered to a border post. Public fields: this is the JSON
 * the post receives ({@code snake_case}). It carries the traveller's name, birth date and document
 * because the officer must identify the person; logs never print them.
 */
public final class Alert {
    /** Unique id ({@code A<seq>}); {@link #seq} orders a post's stream and is the SSE event id. */
    public String id;
    public long seq;
    public String post;
    public String flight;
    public String flightDate;
    public String departureAirport;
    public String arrivalAirport;
    public AlertTraveller traveller;
    /** {@code refer} or {@code do_not_board}. */
    public String decision;
    public double score;
    public List<Reason> reasons;
    /** Journal index of the input the traveller came in. */
    public String sourceMessageId;
    public String createdAt;
    /** {@code new}, {@code acknowledged} or {@code closed} (a disposition was recorded). */
    public String status;
    public String acknowledgedAt;
    public Disposition disposition;
    /**
     * The personal data (traveller, hit texts, officer's note) was masked after the depersonalisation
     * period; the original is sealed and comes back only through the audited unmask API.
     */
    public boolean masked;

    public static final class AlertTraveller {
        public String name;
        public String birthDate;
        public String nationality;
        public String document;
        public String role;
    }

    /** Why: one hit. */
    public static final class Reason {
        /** {@code name_list}, {@code document_list} or {@code rule}. */
        public String kind;
        /** List name or rule id. */
        public String source;
        /** List entry id, document key or rule id. */
        public String entry;
        public double score;
        public int severity;
        /** One line for the officer. */
        public String summary;
        /** The features behind it. */
        public String explanation;
    }

    /** What the officer found. */
    public static final class Disposition {
        /** {@code confirmed}, {@code false_positive} or {@code no_action}. */
        public String outcome;
        public String note;
        public String at;
        public String by;
    }
}
