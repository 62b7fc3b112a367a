package io.paxgate.parsers.edifact;

/**
 * The six service characters of an interchange (ISO 9735 UNA). Immutable; a value of 0 for
 * {@link #release()} or {@link #repetition()} means "not used".
 */
public final class Syntax {
    /** ISO 9735 defaults when no UNA is sent: {@code :+.? '} (syntax 1-3, no repetition separator). */
    public static final Syntax DEFAULT = new Syntax((byte) ':', (byte) '+', (byte) '.', (byte) '?', (byte) 0, (byte) '\'');
    /** Syntax version 4 defaults: repetition separator {@code *}. */
    public static final Syntax DEFAULT_V4 = new Syntax((byte) ':', (byte) '+', (byte) '.', (byte) '?', (byte) '*', (byte) '\'');

    private final byte component;
    private final byte element;
    private final byte decimal;
    private final byte release;
    private final byte repetition;
    private final byte terminator;

    public Syntax(byte component, byte element, byte decimal, byte release, byte repetition, byte terminator) {
        this.component = component;
        this.element = element;
        this.decimal = decimal;
        this.release = release;
        this.repetition = repetition;
        this.terminator = terminator;
    }

    public byte component() {
        return component;
    }

    public byte element() {
        return element;
    }

    public byte decimal() {
        return decimal;
    }

    public byte release() {
        return release;
    }

    public byte repetition() {
        return repetition;
    }

    public byte terminator() {
        return terminator;
    }

    public boolean terminatorIsNewline() {
        return terminator == '\n' || terminator == '\r';
    }

    /** The same separators with the repetition separator switched off (syntax versions 1 to 3, IATA). */
    public Syntax withoutRepetition() {
        return repetition == 0 ? this : new Syntax(component, element, decimal, release, (byte) 0, terminator);
    }

    /** The UNA service string advice for these characters (repetition position a space when unused). */
    public String toUna() {
        return "UNA" + (char) component + (char) element + (char) decimal
                + (char) (release == 0 ? ' ' : release) + (char) (repetition == 0 ? ' ' : repetition)
                + (char) terminator;
    }

    @Override
    public String toString() {
        return toUna();
    }
}
