package io.paxgate.parsers.encode;

import io.paxgate.parsers.edifact.Syntax;

import java.time.LocalDateTime;

/**
 * Appends EDIFACT segments to a caller's {@link StringBuilder}: separators from a {@link Syntax},
 * values escaped with the release character, trailing empty elements and components left out
 * (ISO 9735 truncation), and a count of segments for UNT. Nothing is allocated per value.
 *
 * <p>Separators are written lazily: {@link #element} and {@link #component} only record that a
 * separator is due, and it is written when a non-empty value follows. So
 * {@code begin("FTX").element("AAP").element(null).element(null).element("OK")} gives
 * {@code FTX+AAP+++OK'} and {@code begin("UCI").element("1").element(null)} gives {@code UCI+1'}.
 *
 * <p>One writer per encode; not thread-safe.
 */
final class EdifactWriter {
    private final StringBuilder out;
    private final char component;
    private final char element;
    private final char release;
    private final char repetition;
    private final char terminator;

    private int pendingElements;
    private int pendingComponents;
    private int segments;

    /**
     * @param syntax separators to write with; must have a release character (see {@link #withRelease})
     */
    EdifactWriter(StringBuilder out, Syntax syntax) {
        if (syntax.release() == 0) {
            throw new IllegalArgumentException("syntax " + syntax + " has no release character; use withRelease()");
        }
        this.out = out;
        this.component = (char) (syntax.component() & 0xFF);
        this.element = (char) (syntax.element() & 0xFF);
        this.release = (char) (syntax.release() & 0xFF);
        this.repetition = (char) (syntax.repetition() & 0xFF);
        this.terminator = (char) (syntax.terminator() & 0xFF);
    }

    /**
     * {@code syntax}, or the same separators with {@code ?} (or another free character) as release
     * character when the received UNA declared none: without one, a value holding a separator could
     * not be written at all. The UNA written with the result says so to the receiver.
     */
    static Syntax withRelease(Syntax syntax) {
        if (syntax.release() != 0) {
            return syntax;
        }
        for (byte candidate : new byte[] {'?', '\\', '!', '#', '&'}) {
            if (candidate != syntax.component() && candidate != syntax.element() && candidate != syntax.decimal()
                    && candidate != syntax.repetition() && candidate != syntax.terminator()) {
                return new Syntax(syntax.component(), syntax.element(), syntax.decimal(), candidate,
                        syntax.repetition(), syntax.terminator());
            }
        }
        throw new IllegalArgumentException("no free release character for " + syntax);
    }

    /** Writes the UNA service string advice for the writer's separators; UNA is not counted by UNT. */
    static void una(StringBuilder out, Syntax syntax) {
        out.append("UNA")
                .append((char) (syntax.component() & 0xFF))
                .append((char) (syntax.element() & 0xFF))
                .append((char) (syntax.decimal() & 0xFF))
                .append(syntax.release() == 0 ? ' ' : (char) (syntax.release() & 0xFF))
                .append(syntax.repetition() == 0 ? ' ' : (char) (syntax.repetition() & 0xFF))
                .append((char) (syntax.terminator() & 0xFF));
    }

    /** Starts a segment with its tag (three upper-case letters, written as is). */
    EdifactWriter begin(String tag) {
        out.append(tag);
        pendingElements = 0;
        pendingComponents = 0;
        return this;
    }

    /** Starts the next element with its first component; null or empty writes nothing yet. */
    EdifactWriter element(CharSequence value) {
        pendingElements++;
        pendingComponents = 0;
        if (value != null && value.length() > 0) {
            flush();
            escaped(value);
        }
        return this;
    }

    /** Starts the next element with a number of {@code width} digits (zero padded). */
    EdifactWriter element(long value, int width) {
        pendingElements++;
        pendingComponents = 0;
        flush();
        digits(value, width);
        return this;
    }

    /** Adds the next component to the current element; null or empty writes nothing yet. */
    EdifactWriter component(CharSequence value) {
        pendingComponents++;
        if (value != null && value.length() > 0) {
            flush();
            escaped(value);
        }
        return this;
    }

    /** Continues the current component with more text (e.g. carrier then flight number). */
    EdifactWriter append(CharSequence value) {
        if (value != null && value.length() > 0) {
            flush();
            escaped(value);
        }
        return this;
    }

    /** Adds the next component as a number of {@code width} digits (zero padded). */
    EdifactWriter component(long value, int width) {
        pendingComponents++;
        flush();
        digits(value, width);
        return this;
    }

    /** Adds the next component as YYMMDDHHMM (date/time format 201). */
    EdifactWriter componentYyMmDdHhMm(LocalDateTime t) {
        pendingComponents++;
        flush();
        digits(yymmdd(t), 6);
        digits(t.getHour() * 100L + t.getMinute(), 4);
        return this;
    }

    /**
     * Adds the components of {@code joined}, split at {@code ':'} (the way {@code MessageSource}
     * joins a UNH message identifier), each escaped on its own.
     */
    EdifactWriter components(String joined) {
        if (joined == null) {
            return this;
        }
        int from = 0;
        while (true) {
            int colon = joined.indexOf(':', from);
            int to = colon < 0 ? joined.length() : colon;
            pendingComponents++;
            if (to > from) {
                flush();
                escaped(joined, from, to);
            }
            if (colon < 0) {
                return this;
            }
            from = colon + 1;
        }
    }

    /**
     * Writes {@code UNB+id:version+sender:q+recipient:q+YYMMDD:HHMM+controlref'}. Six-digit
     * dates even in syntax 4, as API/PNR traffic uses them.
     */
    EdifactWriter unb(String syntaxId, String syntaxVersion, EnvelopeIds ids, LocalDateTime at) {
        return begin("UNB").element(syntaxId).component(syntaxVersion)
                .element(ids.sender()).component(ids.senderQualifier())
                .element(ids.recipient()).component(ids.recipientQualifier())
                .element(yymmdd(at), 6).component(at.getHour() * 100L + at.getMinute(), 4)
                .element(ids.controlReference())
                .end();
    }

    static long yymmdd(LocalDateTime t) {
        return (t.getYear() % 100) * 10_000L + t.getMonthValue() * 100L + t.getDayOfMonth();
    }

    /** Ends the segment with the terminator and counts it. */
    EdifactWriter end() {
        out.append(terminator);
        pendingElements = 0;
        pendingComponents = 0;
        segments++;
        return this;
    }

    /** Segments ended since the writer was made or {@link #resetCount()} was called. */
    int count() {
        return segments;
    }

    /** Starts a new count, e.g. at UNH. */
    void resetCount() {
        segments = 0;
    }

    private void flush() {
        for (; pendingElements > 0; pendingElements--) {
            out.append(element);
        }
        for (; pendingComponents > 0; pendingComponents--) {
            out.append(component);
        }
    }

    private void escaped(CharSequence value) {
        escaped(value, 0, value.length());
    }

    private void escaped(CharSequence value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                // Line breaks are not data to EDIFACT readers (they drop them as hard-wrap breaks,
                // even after a release character), so a space keeps the words apart.
                c = ' ';
            }
            if (c == component || c == element || c == release || c == terminator
                    || (repetition != 0 && c == repetition)) {
                out.append(release);
            }
            out.append(c);
        }
    }

    private void digits(long value, int width) {
        if (value < 0) {
            throw new IllegalArgumentException("negative number " + value);
        }
        int n = 1;
        for (long v = value; v >= 10; v /= 10) {
            n++;
        }
        for (int i = n; i < width; i++) {
            out.append('0');
        }
        out.append(value);
    }
}
