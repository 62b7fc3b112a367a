package io.paxgate.rules.watchlist;

import com.ctc.wstx.stax.WstxInputFactory;
import io.paxgate.rules.country.CountryCodes;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The UN Security Council Consolidated List XML (scsanctions.un.org consolidated.xml), streamed
 * with StAX: one INDIVIDUAL or ENTITY at a time is read into a small tree and mapped, so the file
 * is never held whole. Element order inside an entry does not matter. DTDs and external entities
 * are refused.
 */
public final class UnConsolidatedListLoader implements WatchlistLoader {
    private static final XMLInputFactory FACTORY = new WstxInputFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /** One element of an entry: name, text, children, where it is. */
    private record Node(String name, String path, int line, int column, StringBuilder buf, List<Node> children) {
        String text() {
            return buf.toString().strip();
        }

        Node child(String n) {
            for (Node c : children) {
                if (c.name.equals(n)) {
                    return c;
                }
            }
            return null;
        }

        String childText(String n) {
            Node c = child(n);
            return c == null ? "" : c.text();
        }

        List<Node> all(String n) {
            List<Node> out = new ArrayList<>(2);
            for (Node c : children) {
                if (c.name.equals(n)) {
                    out.add(c);
                }
            }
            return out;
        }
    }

    @Override
    public List<WatchlistEntry> load(ListSpec spec) {
        Path file = spec.path();
        Deque<String> path = new ArrayDeque<>();
        XMLStreamReader r = null;
        try (InputStream in = Files.newInputStream(file)) {
            r = FACTORY.createXMLStreamReader(in);
            List<WatchlistEntry> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            int individuals = 0;
            int entities = 0;
            boolean rootSeen = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (!rootSeen) {
                        rootSeen = true;
                        if (!name.equals("CONSOLIDATED_LIST")) {
                            throw fail(file, name, r.getLocation(), null, "the root element is <" + name
                                    + ">, not <CONSOLIDATED_LIST>; is this the UN consolidated list XML?");
                        }
                    }
                    String parent = path.peekLast();
                    if (name.equals("INDIVIDUAL") && "INDIVIDUALS".equals(parent)) {
                        Node n = readTree(r, String.join("/", path) + "/INDIVIDUAL[" + ++individuals + "]");
                        add(out, ids, individual(file, n, spec), file, n);
                    } else if (name.equals("ENTITY") && "ENTITIES".equals(parent)) {
                        Node n = readTree(r, String.join("/", path) + "/ENTITY[" + ++entities + "]");
                        add(out, ids, entity(file, n, spec), file, n);
                    } else {
                        path.addLast(name);
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    path.pollLast();
                }
            }
            if (!rootSeen) {
                throw WatchlistLoadException.ofFile(file, "the file has no XML elements", null);
            }
            return out;
        } catch (XMLStreamException e) {
            Location loc = e.getLocation();
            String msg = e.getMessage();
            // Woodstox prefixes the message with its own location; keep the reason only
            int cut = msg == null ? -1 : msg.indexOf("\n at ");
            String reason = cut > 0 ? msg.substring(0, cut) : msg;
            if (reason != null && reason.startsWith("ParseError at [")) {
                reason = reason.substring(reason.indexOf("Message: ") + 9);
            }
            throw WatchlistLoadException.atElement(file, path.isEmpty() ? "(document)" : String.join("/", path),
                    loc == null ? -1 : loc.getLineNumber(), loc == null ? -1 : loc.getColumnNumber(), null,
                    "malformed XML (" + reason + "); the file is damaged or truncated: fetch it again", e);
        } catch (NoSuchFileException e) {
            throw WatchlistLoadException.ofFile(file, "file not found; check the path in config/paxgate.yaml", e);
        } catch (IOException e) {
            throw WatchlistLoadException.ofFile(file, "cannot read the file: " + e, e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // already done or failing
                }
            }
        }
    }

    private static void add(List<WatchlistEntry> out, Set<String> ids, WatchlistEntry e, Path file, Node n) {
        if (!ids.add(e.id())) {
            throw fail(file, n, "REFERENCE_NUMBER", "reference number '" + e.id()
                    + "' appears twice; ids must be unique within a list");
        }
        out.add(e);
    }

    /** Reads the element the reader is on, with all it contains, and leaves the reader on its end tag. */
    private static Node readTree(XMLStreamReader r, String entryPath) throws XMLStreamException {
        Location l = r.getLocation();
        Node root = new Node(r.getLocalName(), entryPath, l.getLineNumber(), l.getColumnNumber(),
                new StringBuilder(), new ArrayList<>());
        Deque<Node> stack = new ArrayDeque<>();
        Deque<Map<String, Integer>> counts = new ArrayDeque<>();
        stack.push(root);
        counts.push(new HashMap<>());
        while (!stack.isEmpty()) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    Node parent = stack.peek();
                    String name = r.getLocalName();
                    int k = counts.peek().merge(name, 1, Integer::sum);
                    Location cl = r.getLocation();
                    Node c = new Node(name, parent.path + "/" + name + (k > 1 ? "[" + k + "]" : ""),
                            cl.getLineNumber(), cl.getColumnNumber(), new StringBuilder(), new ArrayList<>(2));
                    parent.children.add(c);
                    stack.push(c);
                    counts.push(new HashMap<>());
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA ->
                        stack.peek().buf.append(r.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    stack.pop();
                    counts.pop();
                }
                default -> {
                    // comments, processing instructions, whitespace: nothing to keep
                }
            }
        }
        return root;
    }

    private static WatchlistEntry individual(Path file, Node n, ListSpec spec) {
        String id = id(file, n);
        List<String> parts = new ArrayList<>(4);
        for (String f : new String[] {"FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"}) {
            String v = n.childText(f);
            if (!v.isEmpty()) {
                parts.add(v);
            }
        }
        if (parts.isEmpty()) {
            throw fail(file, n, "FIRST_NAME", "the individual has no name (FIRST_NAME..FOURTH_NAME all empty)");
        }
        List<ListedName> names = new ArrayList<>();
        String full = String.join(" ", parts);
        if (parts.size() == 1) {
            names.add(ListedName.primary(full));
        } else {
            // UN order is given name(s) first; the last part is taken as the surname, the parts in
            // between (patronymics, "OGLU") stay with the given names. The matcher must not rely on it.
            names.add(new ListedName(full, parts.get(parts.size() - 1),
                    String.join(" ", parts.subList(0, parts.size() - 1)), ListedName.Quality.PRIMARY));
        }
        String original = n.childText("NAME_ORIGINAL_SCRIPT");
        if (!original.isEmpty()) {
            names.add(new ListedName(original, null, null, ListedName.Quality.GOOD));
        }
        aliases(n, "INDIVIDUAL_ALIAS", names);

        List<BirthDate> dobs = new ArrayList<>(1);
        for (Node d : n.all("INDIVIDUAL_DATE_OF_BIRTH")) {
            BirthDate b = birthDate(file, d);
            if (b != null) {
                dobs.add(b);
            }
        }
        List<String> nationalities = new ArrayList<>(1);
        for (Node nat : n.all("NATIONALITY")) {
            for (Node v : nat.all("VALUE")) {
                String c = CountryCodes.toAlpha3(v.text());
                if (c != null) {
                    nationalities.add(c);
                }
            }
        }
        List<ListedDocument> docs = new ArrayList<>(0);
        for (Node d : n.all("INDIVIDUAL_DOCUMENT")) {
            String number = d.childText("NUMBER");
            if (!number.isEmpty()) {
                String type = d.childText("TYPE_OF_DOCUMENT");
                docs.add(new ListedDocument(type.isEmpty() ? null : type, number,
                        CountryCodes.toAlpha3(d.childText("ISSUING_COUNTRY"))));
            }
        }
        String sex = switch (n.childText("GENDER").toLowerCase(java.util.Locale.ROOT)) {
            case "male" -> "M";
            case "female" -> "F";
            default -> null;
        };
        return new WatchlistEntry(id, spec.name(), WatchlistEntry.EntryType.PERSON, spec.category(),
                spec.severity(), names, dobs, nationalities, sex, docs, id);
    }

    private static WatchlistEntry entity(Path file, Node n, ListSpec spec) {
        String id = id(file, n);
        String name = n.childText("FIRST_NAME");
        if (name.isEmpty()) {
            throw fail(file, n, "FIRST_NAME", "the entity has no name in FIRST_NAME");
        }
        List<ListedName> names = new ArrayList<>();
        names.add(ListedName.primary(name));
        aliases(n, "ENTITY_ALIAS", names);
        return new WatchlistEntry(id, spec.name(), WatchlistEntry.EntryType.ENTITY, spec.category(),
                spec.severity(), names, List.of(), List.of(), null, List.of(), id);
    }

    private static String id(Path file, Node n) {
        String id = n.childText("REFERENCE_NUMBER");
        if (id.isEmpty()) {
            id = n.childText("DATAID");
        }
        if (id.isEmpty()) {
            throw fail(file, n, "REFERENCE_NUMBER", "the entry has neither REFERENCE_NUMBER nor DATAID");
        }
        return id;
    }

    /** Aliases; one ALIAS_NAME may hold several names separated by ';'. QUALITY "Low" is a weak alias. */
    private static void aliases(Node n, String element, List<ListedName> names) {
        for (Node a : n.all(element)) {
            ListedName.Quality q = a.childText("QUALITY").toLowerCase(java.util.Locale.ROOT).contains("low")
                    ? ListedName.Quality.LOW : ListedName.Quality.GOOD;
            for (String s : CsvRows.split(a.childText("ALIAS_NAME"))) {
                names.add(new ListedName(s, null, null, q));
            }
        }
    }

    /** EXACT (DATE or YEAR), APPROXIMATELY (YEAR or DATE), BETWEEN (FROM_YEAR..TO_YEAR); null when empty. */
    private static BirthDate birthDate(Path file, Node d) {
        String type = d.childText("TYPE_OF_DATE").toUpperCase(java.util.Locale.ROOT);
        String date = d.childText("DATE");
        String year = d.childText("YEAR");
        String from = d.childText("FROM_YEAR");
        String to = d.childText("TO_YEAR");
        if (date.isEmpty() && year.isEmpty() && from.isEmpty() && to.isEmpty()) {
            return null;
        }
        if (type.isEmpty()) {
            type = !from.isEmpty() || !to.isEmpty() ? "BETWEEN" : "EXACT";
        }
        switch (type) {
            case "EXACT", "APPROXIMATELY" -> {
                boolean approx = type.equals("APPROXIMATELY");
                if (!date.isEmpty()) {
                    LocalDate ld;
                    try {
                        ld = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
                    } catch (DateTimeException e) {
                        throw fail(file, d.child("DATE"), "DATE", "'" + date
                                + "' is not a date; the UN list writes YYYY-MM-DD");
                    }
                    return approx ? BirthDate.approximately(ld.getYear(), BirthDates.APPROXIMATE_SLACK_YEARS)
                            : BirthDate.exact(ld);
                }
                if (year.isEmpty()) {
                    throw fail(file, d, "YEAR", "TYPE_OF_DATE " + type + " without DATE or YEAR");
                }
                int y = year(file, d, "YEAR", year);
                return approx ? BirthDate.approximately(y, BirthDates.APPROXIMATE_SLACK_YEARS) : BirthDate.year(y);
            }
            case "BETWEEN" -> {
                if (from.isEmpty() || to.isEmpty()) {
                    throw fail(file, d, from.isEmpty() ? "FROM_YEAR" : "TO_YEAR",
                            "TYPE_OF_DATE BETWEEN needs both FROM_YEAR and TO_YEAR");
                }
                int f = year(file, d, "FROM_YEAR", from);
                int t = year(file, d, "TO_YEAR", to);
                if (t < f) {
                    throw fail(file, d.child("TO_YEAR"), "TO_YEAR", "TO_YEAR " + t + " is before FROM_YEAR " + f);
                }
                return BirthDate.between(LocalDate.of(f, 1, 1), LocalDate.of(t, 12, 31));
            }
            default -> throw fail(file, d.child("TYPE_OF_DATE"), "TYPE_OF_DATE", "'" + type
                    + "' is not a date type; the UN list uses EXACT, APPROXIMATELY or BETWEEN");
        }
    }

    private static int year(Path file, Node d, String field, String v) {
        try {
            return BirthDates.year(v);
        } catch (IllegalArgumentException e) {
            throw fail(file, d.child(field), field, e.getMessage());
        }
    }

    private static WatchlistLoadException fail(Path file, Node at, String field, String problem) {
        return WatchlistLoadException.atElement(file, at.path, at.line, at.column, field, problem, null);
    }

    private static WatchlistLoadException fail(Path file, String path, Location l, String field, String problem) {
        return WatchlistLoadException.atElement(file, path, l.getLineNumber(), l.getColumnNumber(), field, problem,
                null);
    }
}
