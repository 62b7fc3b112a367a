package io.paxgate.parsers.encode;

import io.paxgate.parsers.edifact.EdifactLexer;
import io.paxgate.parsers.edifact.Segment;
import io.paxgate.parsers.edifact.ServiceStrings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Encoder output read back with the project's own lexer: what a receiver would see. */
final class Lexed {
    /** One segment: its tag and its unescaped values, elements and components 1-based. */
    record Seg(String tag, List<List<String>> elements) {
        String v(int e, int c) {
            if (e < 1 || e > elements.size()) {
                return null;
            }
            List<String> comps = elements.get(e - 1);
            return c < 1 || c > comps.size() ? null : comps.get(c - 1);
        }

        int elementCount() {
            return elements.size();
        }
    }

    private Lexed() {
    }

    static List<Seg> lex(String edifact) {
        byte[] b = edifact.getBytes(StandardCharsets.ISO_8859_1);
        EdifactLexer lexer = new EdifactLexer();
        lexer.reset(b);
        if (edifact.startsWith("UNA")) {
            ServiceStrings.Una una = ServiceStrings.parseUna(b, 0, b.length);
            if (una.problem() != null) {
                throw new AssertionError("UNA not well formed: " + una.problem());
            }
            lexer.syntax(una.syntax());
            lexer.position(una.end());
        }
        Segment seg = new Segment();
        List<Seg> out = new ArrayList<>();
        int status;
        while ((status = lexer.next(seg, out.size() + 1)) != EdifactLexer.END) {
            if (status != EdifactLexer.OK) {
                throw new AssertionError("segment " + (out.size() + 1) + " not terminated: " + seg.raw());
            }
            List<List<String>> elements = new ArrayList<>();
            for (int e = 1; e <= seg.elementCount(); e++) {
                List<String> comps = new ArrayList<>();
                for (int c = 1; c <= seg.componentCount(e); c++) {
                    comps.add(seg.text(e, c));
                }
                elements.add(comps);
            }
            out.add(new Seg(seg.tagName(), elements));
        }
        return out;
    }

    static List<String> tags(List<Seg> segments) {
        List<String> tags = new ArrayList<>(segments.size());
        for (Seg s : segments) {
            tags.add(s.tag());
        }
        return tags;
    }

    static Seg first(List<Seg> segments, String tag) {
        for (Seg s : segments) {
            if (s.tag().equals(tag)) {
                return s;
            }
        }
        throw new AssertionError("no " + tag + " segment in " + tags(segments));
    }

    static List<Seg> all(List<Seg> segments, String tag) {
        List<Seg> out = new ArrayList<>();
        for (Seg s : segments) {
            if (s.tag().equals(tag)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Segments from UNH to UNT inclusive, as UNT counts them. */
    static int messageSegmentCount(List<Seg> segments) {
        int unh = -1;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).tag().equals("UNH")) {
                unh = i;
            } else if (segments.get(i).tag().equals("UNT")) {
                return i - unh + 1;
            }
        }
        throw new AssertionError("no UNH..UNT in " + tags(segments));
    }
}
