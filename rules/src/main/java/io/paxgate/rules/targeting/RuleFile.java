package io.paxgate.rules.targeting;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one rule file (a YAML list of rules) or the named lists file (config/rules/lists.yaml),
 * keeping the file position of every rule and of every expression so that a CEL error can be
 * reported at its file line and column. Cold path: plain code, all problems collected.
 *
 * <pre>
 * - id: R001
 *   description: Last-minute cash booking on a high-risk route
 *   expression: |
 *     pnr.paid_cash && pnr.booking_lead_days in [0, 1, 2]
 *   severity: 4          # 1-5, and/or
 *   weight: 0.7          # 0..1
 *   enabled: true        # default true
 *   valid_from: 2026-01-01
 *   valid_to: 2026-12-31
 *   tags: [pnr, payment]
 * </pre>
 */
public final class RuleFile {
    /** The named lists file in a rules directory; every other *.yaml / *.yml holds rules. */
    public static final String LISTS_FILE = "lists.yaml";

    private static final Set<String> KEYS = Set.of("id", "description", "expression", "severity", "weight",
        "enabled", "valid_from", "valid_to", "tags");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final Pattern LIST_NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final YAMLFactory YAML = new YAMLFactory();

    private RuleFile() {
    }

    /** The rules of one file; every problem in it is reported at once. */
    public static List<Rule> read(Path file) throws RuleLoadException {
        List<RuleError> errors = new ArrayList<>();
        List<Rule> rules = parse(file.toString(), readText(file, errors), errors);
        if (!errors.isEmpty()) {
            throw new RuleLoadException(errors);
        }
        return rules;
    }

    static String readText(Path file, List<RuleError> errors) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            errors.add(new RuleError(file.toString(), null, 0, 0, "cannot read: " + e));
            return "";
        }
    }

    /** Parses rule file text, adding problems to {@code errors}; returns the rules that were well formed. */
    static List<Rule> parse(String file, String text, List<RuleError> errors) {
        List<Rule> rules = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        try (JsonParser p = YAML.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return rules;
            }
            if (t != JsonToken.START_ARRAY) {
                JsonLocation at = p.currentTokenLocation();
                errors.add(new RuleError(file, null, line(at), column(at),
                    "a rule file is a YAML list of rules (\"- id: ...\"); found " + describe(t)));
                return rules;
            }
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                JsonLocation ruleAt = p.currentTokenLocation();
                if (t != JsonToken.START_OBJECT) {
                    errors.add(new RuleError(file, null, line(ruleAt), column(ruleAt),
                        "each list item must be a rule (a mapping with id, expression ...); found " + describe(t)));
                    p.skipChildren();
                    continue;
                }
                Rule r = readRule(file, p, ruleAt, lines, errors);
                if (r != null) {
                    rules.add(r);
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            errors.add(new RuleError(file, null, at == null ? 0 : line(at), at == null ? 0 : column(at),
                "YAML syntax error: " + e.getOriginalMessage().replace('\n', ' ')));
        } catch (IOException e) {
            errors.add(new RuleError(file, null, 0, 0, "cannot read: " + e));
        }
        return rules;
    }

    private static Rule readRule(String file, JsonParser p, JsonLocation ruleAt, String[] lines, List<RuleError> errors)
            throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, JsonLocation> at = new LinkedHashMap<>();
        List<RuleError> local = new ArrayList<>();
        String id = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonLocation keyAt = p.currentTokenLocation();
            JsonToken v = p.nextToken();
            JsonLocation valueAt = p.currentTokenLocation();
            Object value;
            if (v == JsonToken.START_ARRAY) {
                List<String> items = new ArrayList<>();
                while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (v.isScalarValue()) {
                        items.add(p.getText());
                    } else {
                        p.skipChildren();
                        local.add(new RuleError(file, null, line(valueAt), column(valueAt), key + ": items must be plain values"));
                    }
                }
                value = items;
            } else if (v == JsonToken.START_OBJECT) {
                p.skipChildren();
                value = Map.of();
            } else {
                value = v == JsonToken.VALUE_NULL ? null : new Scalar(v, p.getText());
            }
            if (!KEYS.contains(key)) {
                local.add(new RuleError(file, null, line(keyAt), column(keyAt),
                    "unknown key '" + key + "'; a rule has " + String.join(", ", sorted(KEYS))));
            } else if (values.containsKey(key)) {
                local.add(new RuleError(file, null, line(keyAt), column(keyAt), "key '" + key + "' given twice"));
            }
            values.put(key, value);
            at.put(key, valueAt);
            if (key.equals("id") && value instanceof Scalar s) {
                id = s.text;
            }
        }
        for (RuleError e : local) {
            errors.add(new RuleError(e.file(), id, e.line(), e.column(), e.message()));
        }
        int before = errors.size();
        int line = line(ruleAt);
        int col = column(ruleAt);
        if (id == null || id.isBlank()) {
            errors.add(new RuleError(file, null, line, col, "rule has no 'id'"));
        } else if (!ID.matcher(id).matches()) {
            errors.add(new RuleError(file, id, line(at.get("id")), column(at.get("id")),
                "id must be 1-64 letters, digits, '_', '.', '-', starting with a letter or digit"));
        }
        String expression = string(values.get("expression"));
        if (expression == null || expression.isBlank()) {
            errors.add(new RuleError(file, id, line, col, "rule has no 'expression'"));
        }
        String description = string(values.get("description"));
        if (description == null || description.isBlank()) {
            errors.add(new RuleError(file, id, line, col, "rule has no 'description' (the reviewer reads it with every hit)"));
        }
        Integer severity = null;
        if (values.get("severity") != null) {
            Long s = integer(values.get("severity"));
            if (s == null || s < 1 || s > 5) {
                errors.add(new RuleError(file, id, line(at.get("severity")), column(at.get("severity")), "severity must be an integer 1 to 5"));
            } else {
                severity = s.intValue();
            }
        }
        Double weight = null;
        if (values.get("weight") != null) {
            Double w = number(values.get("weight"));
            if (w == null || !(w >= 0 && w <= 1)) {
                errors.add(new RuleError(file, id, line(at.get("weight")), column(at.get("weight")), "weight must be a number 0 to 1"));
            } else {
                weight = w;
            }
        }
        if (!values.containsKey("severity") && !values.containsKey("weight")) {
            errors.add(new RuleError(file, id, line, col, "rule needs a 'severity' (1-5) or a 'weight' (0..1)"));
        }
        boolean enabled = true;
        if (values.get("enabled") != null) {
            Object e = values.get("enabled");
            if (e instanceof Scalar s && (s.token == JsonToken.VALUE_TRUE || s.token == JsonToken.VALUE_FALSE)) {
                enabled = s.token == JsonToken.VALUE_TRUE;
            } else {
                errors.add(new RuleError(file, id, line(at.get("enabled")), column(at.get("enabled")), "enabled must be true or false"));
            }
        }
        LocalDate from = date("valid_from", values, at, file, id, errors);
        LocalDate to = date("valid_to", values, at, file, id, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new RuleError(file, id, line(at.get("valid_to")), column(at.get("valid_to")), "valid_to is before valid_from"));
        }
        List<String> tags = List.of();
        Object tagValue = values.get("tags");
        if (tagValue instanceof List<?> l) {
            tags = l.stream().map(Object::toString).toList();
        } else if (tagValue != null) {
            errors.add(new RuleError(file, id, line(at.get("tags")), column(at.get("tags")), "tags must be a list, e.g. [pnr, payment]"));
        }
        if (errors.size() > before || !local.isEmpty()) {
            return null;
        }
        JsonLocation exprAt = at.get("expression");
        int exprLine = line(exprAt);
        int exprCol = column(exprAt);
        boolean block = false;
        String raw = exprLine >= 1 && exprLine <= lines.length ? lines[exprLine - 1] : "";
        char indicator = exprCol >= 1 && exprCol <= raw.length() ? raw.charAt(exprCol - 1) : ' ';
        if (indicator == '|' || indicator == '>') {
            // block scalar: the text starts on the next non-blank line, at its indentation
            int l = exprLine;
            while (l < lines.length && lines[l].isBlank()) {
                l++;
            }
            String first = l < lines.length ? lines[l] : "";
            int indent = 0;
            while (indent < first.length() && first.charAt(indent) == ' ') {
                indent++;
            }
            exprLine = l + 1;
            exprCol = indent + 1;
            block = indicator == '|';
        } else if (indicator == '"' || indicator == '\'') {
            exprCol++;
        }
        return new Rule(id, description.strip(), expression, severity, weight, enabled, from, to, tags,
            file, line, exprLine, exprCol, block);
    }

    /** Named value lists: a YAML mapping of list name to a list of strings. */
    public static Map<String, List<String>> readLists(Path file) throws RuleLoadException {
        List<RuleError> errors = new ArrayList<>();
        Map<String, List<String>> lists = parseLists(file.toString(), readText(file, errors), errors);
        if (!errors.isEmpty()) {
            throw new RuleLoadException(errors);
        }
        return lists;
    }

    static Map<String, List<String>> parseLists(String file, String text, List<RuleError> errors) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        try (JsonParser p = YAML.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return lists;
            }
            if (t != JsonToken.START_OBJECT) {
                JsonLocation at = p.currentTokenLocation();
                errors.add(new RuleError(file, null, line(at), column(at), "the lists file is a mapping: name: [value, ...]"));
                return lists;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonLocation at = p.currentTokenLocation();
                JsonToken v = p.nextToken();
                if (!LIST_NAME.matcher(name).matches()) {
                    errors.add(new RuleError(file, null, line(at), column(at),
                        "list name '" + name + "' must be lower case letters, digits and '_' (it is used as lists." + name + ")"));
                }
                if (lists.containsKey(name)) {
                    errors.add(new RuleError(file, null, line(at), column(at), "list '" + name + "' given twice"));
                }
                List<String> items = new ArrayList<>();
                if (v == JsonToken.START_ARRAY) {
                    while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (v.isScalarValue() && v != JsonToken.VALUE_NULL) {
                            items.add(p.getText());
                        } else {
                            JsonLocation item = p.currentTokenLocation();
                            errors.add(new RuleError(file, null, line(item), column(item), "list '" + name + "': items must be strings"));
                            p.skipChildren();
                        }
                    }
                } else {
                    errors.add(new RuleError(file, null, line(at), column(at), "list '" + name + "' must be a YAML list"));
                    p.skipChildren();
                }
                lists.put(name, List.copyOf(items));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            errors.add(new RuleError(file, null, at == null ? 0 : line(at), at == null ? 0 : column(at),
                "YAML syntax error: " + e.getOriginalMessage().replace('\n', ' ')));
        } catch (IOException e) {
            errors.add(new RuleError(file, null, 0, 0, "cannot read: " + e));
        }
        return lists;
    }

    private static LocalDate date(String key, Map<String, Object> values, Map<String, JsonLocation> at, String file,
                                  String id, List<RuleError> errors) {
        String s = string(values.get(key));
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            errors.add(new RuleError(file, id, line(at.get(key)), column(at.get(key)), key + " must be a date YYYY-MM-DD, found '" + s + "'"));
            return null;
        }
    }

    private record Scalar(JsonToken token, String text) {
    }

    private static String string(Object v) {
        return v instanceof Scalar s ? s.text : null;
    }

    private static Long integer(Object v) {
        return v instanceof Scalar s && s.token == JsonToken.VALUE_NUMBER_INT ? Long.valueOf(s.text) : null;
    }

    private static Double number(Object v) {
        return v instanceof Scalar s && (s.token == JsonToken.VALUE_NUMBER_INT || s.token == JsonToken.VALUE_NUMBER_FLOAT)
            ? Double.valueOf(s.text) : null;
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "a mapping";
            case START_ARRAY -> "a list";
            default -> "a plain value";
        };
    }

    static int line(JsonLocation at) {
        return at == null ? 0 : at.getLineNr();
    }

    static int column(JsonLocation at) {
        return at == null ? 0 : at.getColumnNr();
    }
}
