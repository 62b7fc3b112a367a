package io.paxgate.parsers.encode;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The ERC codes and FTX+AAP texts a state answers with, per {@link BoardingDecision}. Starts
 * from the enum's defaults (0Z, 1Z, 2Z, 4Z); a state whose guide uses other codes overrides
 * them with {@link #with}. Immutable.
 */
public final class DecisionCodes {
    private static final DecisionCodes DEFAULTS = new DecisionCodes(new EnumMap<>(BoardingDecision.class),
            new EnumMap<>(BoardingDecision.class));

    private final Map<BoardingDecision, String> codes;
    private final Map<BoardingDecision, String> texts;

    private DecisionCodes(EnumMap<BoardingDecision, String> codes, EnumMap<BoardingDecision, String> texts) {
        for (BoardingDecision d : BoardingDecision.values()) {
            codes.putIfAbsent(d, d.defaultCode());
            texts.putIfAbsent(d, d.defaultText());
        }
        this.codes = codes;
        this.texts = texts;
    }

    public static DecisionCodes defaults() {
        return DEFAULTS;
    }

    /** A copy with {@code decision} answered by ERC {@code code} and FTX text {@code text}. */
    public DecisionCodes with(BoardingDecision decision, String code, String text) {
        EnumMap<BoardingDecision, String> c = new EnumMap<>(codes);
        EnumMap<BoardingDecision, String> t = new EnumMap<>(texts);
        c.put(decision, Objects.requireNonNull(code, "code"));
        t.put(decision, Objects.requireNonNull(text, "text"));
        return new DecisionCodes(c, t);
    }

    /** The ERC code for {@code decision}. */
    public String code(BoardingDecision decision) {
        return codes.get(decision);
    }

    /** The FTX+AAP text for {@code decision}. */
    public String text(BoardingDecision decision) {
        return texts.get(decision);
    }
}
