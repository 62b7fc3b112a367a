package io.paxgate.parsers.problem;

/** How bad a problem is. Only {@link #ERROR} means data could not be read as sent. */
public enum Severity {
    /** Something noteworthy that cost no data (a stripped Type B envelope, an unknown segment skipped). */
    INFO,
    /** The sender broke a rule but every value was still read (count mismatch, malformed UNA). */
    WARNING,
    /** Data could not be read: a value, a traveller, a PNR or the rest of the input was lost. */
    ERROR
}
