package io.paxgate.rules.names;

/** What a name part is, which decides its weight in {@link NameScorer}. */
public enum TokenRole {
    /** Family name: the source said so (surname field, MRZ primary identifier) or its ending does (-OV, -ZADE ...). */
    SURNAME(1.5),
    /** Given or unknown part. */
    GIVEN(1.0),
    /** Father's name: the word before OGLU/QIZI, or a Russian -OVICH/-OVNA. */
    PATRONYMIC(0.4),
    /** A single letter. */
    INITIAL(0.3),
    /** AL, EL, BIN, IBN, ABU, VAN, DE ...: kept for display and joined keys, not scored alone. */
    PARTICLE(0.0),
    /** OGLU, OGLY, KIZI, QIZI, ULY, UULU: says the previous part is a patronymic. */
    MARKER(0.0),
    /** MR, MRS, DR ...: dropped. */
    TITLE(0.0);

    public final double weight;

    TokenRole(double weight) {
        this.weight = weight;
    }

    /** True for the parts that are compared (initials included). */
    public boolean significant() {
        return weight > 0;
    }

    /** True for the parts that carry index keys (initials do not: one letter says too little). */
    public boolean indexed() {
        return weight >= 0.4;
    }
}
