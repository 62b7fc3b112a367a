package io.paxgate.rules.risk;

/**
 * What the system proposes for a traveller. An automated decision is never final: every
 * REFER or DO_NOT_BOARD is alerted to an officer, who reviews it (STANDARDS.md section 6).
 */
public enum Decision {
    /** No hit, or hits too weak to act on. */
    CLEAR,
    /** An officer must look before the traveller is cleared. */
    REFER,
    /** Strong enough to answer an interactive API request with "do not board" pending review. */
    DO_NOT_BOARD
}
