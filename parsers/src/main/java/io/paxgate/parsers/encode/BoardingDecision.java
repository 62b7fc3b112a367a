package io.paxgate.parsers.encode;

/**
 * A government's answer for one traveller in an interactive API (iAPI) exchange, written as
 * CUSRES {@code ERC} plus {@code FTX+AAP}. The codes and texts here are the defaults; states
 * that use other codes configure them in {@link DecisionCodes}, the one place they are read from.
 */
public enum BoardingDecision {
    /** ERC+0Z: the airline may board the traveller. */
    OK_TO_BOARD("0Z", "OK TO BOARD"),
    /** ERC+1Z: the airline must not board the traveller. */
    DO_NOT_BOARD("1Z", "DO NOT BOARD"),
    /** ERC+2Z: the airline must call the government before boarding. */
    CONTACT_GOVERNMENT("2Z", "CONTACT GOVERNMENT"),
    /** ERC+4Z: the data sent is not enough to decide; the airline resends with more. */
    INSUFFICIENT_DATA("4Z", "INSUFFICIENT DATA");

    private final String defaultCode;
    private final String defaultText;

    BoardingDecision(String defaultCode, String defaultText) {
        this.defaultCode = defaultCode;
        this.defaultText = defaultText;
    }

    /** ERC application error code used unless a state configures another. */
    public String defaultCode() {
        return defaultCode;
    }

    /** FTX+AAP text used unless a state or the decision itself gives another. */
    public String defaultText() {
        return defaultText;
    }
}
