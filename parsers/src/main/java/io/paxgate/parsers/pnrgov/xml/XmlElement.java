package io.paxgate.parsers.pnrgov.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One element of a PNRGOV XML document, read tolerantly: local names compared case-insensitively,
 * namespaces ignored, and a value may be sent as an attribute or as a child element's text
 * ({@link #value}). Built for one PNR at a time, so memory follows the largest PNR, not the push.
 */
final class XmlElement {
    private static final String[] NO_ATTRIBUTES = new String[0];
    private static final List<XmlElement> NO_CHILDREN = List.of();

    final String name;
    final int line;
    final int column;
    /** Character offset of the start tag, as the parser reports it; see {@link #offset()}. */
    private final long charOffset;
    private final ByteOffsets offsets;
    /** Local name, value, local name, value ... */
    private final String[] attributes;
    private List<XmlElement> children = NO_CHILDREN;
    private StringBuilder textBuffer;
    private String text;

    private XmlElement(String name, int line, int column, long charOffset, ByteOffsets offsets, String[] attributes) {
        this.name = name;
        this.line = line;
        this.column = column;
        this.charOffset = charOffset;
        this.offsets = offsets;
        this.attributes = attributes;
    }

    /** Byte offset of the start tag in the input, -1 when unknown: worked out only when asked. */
    long offset() {
        return offsets.byteOffset(charOffset);
    }

    /** Reads the element the reader is on (START_ELEMENT) up to and including its end tag. */
    static XmlElement read(XMLStreamReader r, ByteOffsets offsets) throws XMLStreamException {
        XmlElement top = open(r, offsets);
        Deque<XmlElement> open = new ArrayDeque<>();
        open.push(top);
        while (!open.isEmpty()) {
            switch (r.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    XmlElement child = open(r, offsets);
                    open.peek().add(child);
                    open.push(child);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA ->
                        open.peek().appendText(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                case XMLStreamConstants.END_ELEMENT -> open.pop().finish();
                default -> { } // comments, processing instructions, ignorable space
            }
        }
        return top;
    }

    /** An element made of the reader's current start tag only (for a container read child by child). */
    static XmlElement startTag(XMLStreamReader r, ByteOffsets offsets) {
        return open(r, offsets);
    }

    private static XmlElement open(XMLStreamReader r, ByteOffsets offsets) {
        int n = r.getAttributeCount();
        String[] attrs = n == 0 ? NO_ATTRIBUTES : new String[n * 2];
        for (int i = 0; i < n; i++) {
            attrs[i * 2] = r.getAttributeLocalName(i);
            attrs[i * 2 + 1] = r.getAttributeValue(i);
        }
        var loc = r.getLocation();
        return new XmlElement(r.getLocalName(), loc.getLineNumber(), loc.getColumnNumber(),
                loc.getCharacterOffset(), offsets, attrs);
    }

    private void add(XmlElement child) {
        if (children == NO_CHILDREN) {
            children = new ArrayList<>(4);
        }
        children.add(child);
    }

    // Indentation between child elements is most of the text a push carries: a blank run before
    // any text is dropped (trim() would drop it), one run becomes one String, only mixed content
    // (text, child, text) is joined in a buffer.
    private void appendText(char[] chars, int start, int length) {
        if (textBuffer != null) {
            textBuffer.append(chars, start, length);
        } else if (text != null) {
            textBuffer = new StringBuilder(text.length() + length).append(text).append(chars, start, length);
            text = null;
        } else if (!blank(chars, start, length)) {
            text = new String(chars, start, length);
        }
    }

    // the same chars as String.trim() removes
    private static boolean blank(char[] chars, int start, int length) {
        for (int i = start, end = start + length; i < end; i++) {
            if (chars[i] > ' ') {
                return false;
            }
        }
        return true;
    }

    private void finish() {
        String t = textBuffer != null ? textBuffer.toString() : text;
        textBuffer = null;
        if (t != null) {
            t = t.trim();
            text = t.isEmpty() ? null : t;
        }
    }

    boolean is(String... names) {
        for (String n : names) {
            if (same(n, name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code asked} equalsIgnoreCase {@code sent}, cheaper on the common outcomes: Woodstox interns
     * names, so a name sent as spelled here is the same String; most other pairs differ in length
     * or in an ASCII first letter (non-ASCII letters may still fold to ASCII: left to
     * equalsIgnoreCase).
     */
    static boolean same(String asked, String sent) {
        if (asked == sent) {
            return true;
        }
        if (asked.length() != sent.length()) {
            return false;
        }
        if (asked.isEmpty()) {
            return true;
        }
        char a = asked.charAt(0);
        char b = sent.charAt(0);
        if ((a | 0x20) != (b | 0x20) && asciiLetter(a) && asciiLetter(b)) {
            return false;
        }
        return asked.equalsIgnoreCase(sent);
    }

    private static boolean asciiLetter(char c) {
        return (char) ((c | 0x20) - 'a') < 26;
    }

    /** The element's own text, trimmed; null when empty. */
    String text() {
        return text;
    }

    List<XmlElement> children() {
        return children;
    }

    /** The first attribute with one of {@code names}, trimmed; null when absent or blank. */
    String attr(String... names) {
        for (String n : names) {
            for (int i = 0; i < attributes.length; i += 2) {
                if (same(n, attributes[i])) {
                    String v = attributes[i + 1].trim();
                    if (!v.isEmpty()) {
                        return v;
                    }
                }
            }
        }
        return null;
    }

    /** The first child element with one of {@code names}, or null. */
    XmlElement child(String... names) {
        for (XmlElement c : children) {
            if (c.is(names)) {
                return c;
            }
        }
        return null;
    }

    /** All child elements with one of {@code names}, in document order. */
    List<XmlElement> children(String... names) {
        List<XmlElement> out = new ArrayList<>(2);
        for (XmlElement c : children) {
            if (c.is(names)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A value sent as an attribute or as a child element: for each name, the attribute, then the
     * child's text, then the child's {@code Code}-like attribute ({@code <MarketingAirline Code="LH"/>}).
     */
    String value(String... names) {
        for (String n : names) {
            String v = attr(n);
            if (v != null) {
                return v;
            }
            XmlElement c = child(n);
            if (c != null) {
                v = c.text != null ? c.text : c.attr("Code", "LocationCode", "Value", "ID");
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    /** The element carrying {@code names} as attribute or child, for positions in problems. */
    XmlElement where(String... names) {
        if (attr(names) != null) {
            return this;
        }
        XmlElement c = child(names);
        return c == null ? this : c;
    }

    /** The first element with one of {@code names} at any depth below this one, depth first. */
    XmlElement descendant(String... names) {
        for (XmlElement c : children) {
            if (c.is(names)) {
                return c;
            }
            XmlElement d = c.descendant(names);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * Elements with one of {@code names} at any depth, not looking inside an element that matched
     * or inside one named in {@code barriers}.
     */
    void collect(List<XmlElement> out, String[] barriers, String... names) {
        for (XmlElement c : children) {
            if (c.is(names)) {
                out.add(c);
            } else if (!c.is(barriers)) {
                c.collect(out, barriers, names);
            }
        }
    }

    /** "line 12, column 7" for messages. */
    String position() {
        return "line " + line + ", column " + column;
    }
}
