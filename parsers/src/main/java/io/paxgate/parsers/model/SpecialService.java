package io.paxgate.parsers.model;

/**
 * An SSR (special service request). {@link #sensitive} is set when the code or its text reveals
 * health or religion (STANDARDS.md section 6): the engine deletes such entries on receipt.
 */
public final class SpecialService {
    public String code;
    public String status;
    public String carrier;
    public String travellerReference;
    public String text;
    public boolean sensitive;
    /** "health", "religion" ... why it is sensitive. */
    public String sensitiveCategory;
}
