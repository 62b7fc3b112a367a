package io.paxgate.parsers.problem;

/**
 * Every kind of problem the codec reports. The CONTRL encoder maps these to UN/EDIFACT code
 * list 0085 ({@link #syntaxErrorCode()}).
 */
public enum ProblemCode {
    // input framing
    EMPTY_INPUT(Severity.ERROR, "12"),
    JUNK_BEFORE_INTERCHANGE(Severity.WARNING, "12"),
    TYPE_B_ENVELOPE(Severity.INFO, null),
    MALFORMED_UNA(Severity.WARNING, "13"),
    MISSING_UNB(Severity.ERROR, "13"),
    UNKNOWN_SYNTAX_ID(Severity.WARNING, "2"),
    UNTERMINATED_SEGMENT(Severity.ERROR, "12"),
    INVALID_SEGMENT_TAG(Severity.ERROR, "14"),
    BINARY_DATA(Severity.ERROR, "12"),
    DANGLING_RELEASE(Severity.WARNING, "12"),
    // envelope
    MISSING_UNZ(Severity.ERROR, "13"),
    MISSING_UNT(Severity.ERROR, "13"),
    MISSING_UNE(Severity.WARNING, "13"),
    SEGMENT_OUTSIDE_MESSAGE(Severity.WARNING, "15"),
    UNT_COUNT_MISMATCH(Severity.WARNING, "16"),
    UNE_COUNT_MISMATCH(Severity.WARNING, "16"),
    UNZ_COUNT_MISMATCH(Severity.WARNING, "16"),
    CONTROL_REFERENCE_MISMATCH(Severity.WARNING, "16"),
    UNSUPPORTED_MESSAGE_TYPE(Severity.ERROR, "2"),
    NATIONAL_VARIANT(Severity.WARNING, "2"),
    // content
    MISSING_SEGMENT(Severity.WARNING, "13"),
    UNEXPECTED_SEGMENT(Severity.INFO, "15"),
    INVALID_VALUE(Severity.WARNING, "12"),
    INVALID_DATE(Severity.WARNING, "12"),
    MISSING_VALUE(Severity.WARNING, "13"),
    COUNT_MISMATCH(Severity.WARNING, "16"),
    MULTIPART_INCOMPLETE(Severity.ERROR, "13"),
    MULTIPART_DUPLICATE_PART(Severity.WARNING, "26"),
    PNR_DECODE_FAILED(Severity.ERROR, "12"),
    SENSITIVE_DATA(Severity.INFO, null),
    XML_MALFORMED(Severity.ERROR, "12"),
    // limits
    LIMIT_EXCEEDED(Severity.ERROR, "40"),
    INTERNAL_ERROR(Severity.ERROR, "12");

    private final Severity defaultSeverity;
    private final String syntaxErrorCode;

    ProblemCode(Severity defaultSeverity, String syntaxErrorCode) {
        this.defaultSeverity = defaultSeverity;
        this.syntaxErrorCode = syntaxErrorCode;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** The UN/EDIFACT 0085 syntax error code for CONTRL, or null when the problem is not a syntax error. */
    public String syntaxErrorCode() {
        return syntaxErrorCode;
    }
}
