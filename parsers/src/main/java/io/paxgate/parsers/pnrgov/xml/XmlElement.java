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
 *
 * <p>Names are compared as {@link XmlNames} ids, and each element keeps 64-bit sets of the names
 * of its attributes, its children and everything below it: a name asked for and not sent (most of
 * the alternatives the mapping tries) costs one lookup, not a walk.
 */
final class XmlElement {
    private static final String[] NO_ATTRIBUTES = new String[0];
    private static final int[] NO_IDS = new int[0];
    private static final List<XmlElement> NO_CHILDREN = List.of();

    final String name;
    private final int id;
    private final XmlNames names;
    private final int line;
    private final int column;
    /** Offset of the start tag as the parser reports it (chars or bytes); see {@link #offset()}. */
    private final long charOffset;
    private final ByteOffsets offsets;
    /** Local name, value, local name, value ... */
    private final String[] attributes;
    /** The ids of the attributes' names, in their order. */
    private final int[] attributeIds;
    private final long attributeBits;
    private long childBits;
    private long belowBits;
    private List<XmlElement> children = NO_CHILDREN;
    private StringBuilder textBuffer;
    private String text;

    private XmlElement(String name, XmlNames names, int line, int column, long charOffset, ByteOffsets offsets,
                       String[] attributes, int[] attributeIds) {
        this.name = name;
        this.id = names.id(name);
        this.names = names;
        this.line = line;
        this.column = column;
        this.charOffset = charOffset;
        this.offsets = offsets;
        this.attributes = attributes;
        this.attributeIds = attributeIds;
        long bits = 0;
        for (int a : attributeIds) {
            bits |= XmlNames.bit(a);
        }
        this.attributeBits = bits;
    }

    /** Byte offset of the start tag in the input, -1 when unknown: worked out only when asked. */
    long offset() {
        return offsets.byteOffset(charOffset);
    }

    /** Reads the element the reader is on (START_ELEMENT) up to and including its end tag. */
    static XmlElement read(XMLStreamReader r, ByteOffsets offsets, XmlNames names) throws XMLStreamException {
        XmlElement top = open(r, offsets, names);
        Deque<XmlElement> open = new ArrayDeque<>();
        open.push(top);
        while (!open.isEmpty()) {
            switch (r.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    XmlElement child = open(r, offsets, names);
                    open.peek().add(child);
                    open.push(child);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA ->
                        open.peek().appendText(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                case XMLStreamConstants.END_ELEMENT -> {
                    XmlElement done = open.pop();
                    done.finish();
                    if (!open.isEmpty()) {
                        open.peek().belowBits |= done.belowBits;
                    }
                }
                default -> { } // comments, processing instructions, ignorable space
            }
        }
        return top;
    }

    /** An element made of the reader's current start tag only (for a container read child by child). */
    static XmlElement startTag(XMLStreamReader r, ByteOffsets offsets, XmlNames names) {
        return open(r, offsets, names);
    }

    private static XmlElement open(XMLStreamReader r, ByteOffsets offsets, XmlNames names) {
        int n = r.getAttributeCount();
        String[] attrs = n == 0 ? NO_ATTRIBUTES : new String[n * 2];
        int[] ids = n == 0 ? NO_IDS : new int[n];
        for (int i = 0; i < n; i++) {
            attrs[i * 2] = r.getAttributeLocalName(i);
            attrs[i * 2 + 1] = r.getAttributeValue(i);
            ids[i] = names.id(attrs[i * 2]);
        }
        var loc = r.getLocation();
        return new XmlElement(r.getLocalName(), names, loc.getLineNumber(), loc.getColumnNumber(),
                loc.getCharacterOffset(), offsets, attrs, ids);
    }

    private void add(XmlElement child) {
        if (children == NO_CHILDREN) {
            children = new ArrayList<>(4);
        }
        children.add(child);
        childBits |= XmlNames.bit(child.id);
        belowBits |= XmlNames.bit(child.id);
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
            if (this.names.id(n) == id) {
                return true;
            }
        }
        return false;
    }

    /** The set of {@code names} as {@link XmlNames#bit}s. */
    private long bits(String... names) {
        long bits = 0;
        for (String n : names) {
            bits |= XmlNames.bit(this.names.id(n));
        }
        return bits;
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
        if (attributeIds.length == 0) {
            return null;
        }
        for (String n : names) {
            String v = attr(this.names.id(n));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private String attr(int nameId) {
        if ((attributeBits & XmlNames.bit(nameId)) == 0) {
            return null;
        }
        for (int i = 0; i < attributeIds.length; i++) {
            if (attributeIds[i] == nameId) {
                String v = attributes[i * 2 + 1].trim();
                if (!v.isEmpty()) {
                    return v;
                }
            }
        }
        return null;
    }

    /** The first child element with one of {@code names}, or null. */
    XmlElement child(String... names) {
        long wanted = bits(names);
        if ((childBits & wanted) != 0) {
            for (XmlElement c : children) {
                if (c.in(wanted, names)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** {@link #is}, after the cheap test against the bits of {@code names}. */
    private boolean in(long bits, String... names) {
        return (bits & XmlNames.bit(id)) != 0 && is(names);
    }

    private XmlElement child(int nameId) {
        if ((childBits & XmlNames.bit(nameId)) != 0) {
            for (XmlElement c : children) {
                if (c.id == nameId) {
                    return c;
                }
            }
        }
        return null;
    }

    /** All child elements with one of {@code names}, in document order. */
    List<XmlElement> children(String... names) {
        List<XmlElement> out = new ArrayList<>(2);
        long wanted = bits(names);
        if ((childBits & wanted) != 0) {
            for (XmlElement c : children) {
                if (c.in(wanted, names)) {
                    out.add(c);
                }
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
            int nameId = this.names.id(n);
            String v = attr(nameId);
            if (v != null) {
                return v;
            }
            XmlElement c = child(nameId);
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

    /**
     * Elements with one of {@code names} at any depth, not looking inside an element that matched
     * or inside one named in {@code barriers}.
     */
    void collect(List<XmlElement> out, String[] barriers, String... names) {
        collect(out, bits(barriers), barriers, bits(names), names);
    }

    private void collect(List<XmlElement> out, long stops, String[] barriers, long wanted, String... names) {
        if ((belowBits & wanted) == 0) {
            return;
        }
        for (XmlElement c : children) {
            if (c.in(wanted, names)) {
                out.add(c);
            } else if (!c.in(stops, barriers)) {
                c.collect(out, stops, barriers, wanted, names);
            }
        }
    }

    /** "line 12, column 7" for messages. */
    String position() {
        return offsets.position(line, column, charOffset);
    }
}
