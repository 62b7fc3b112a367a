package io.paxgate.rules.targeting;

import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;

/** The CEL type of a schema field, and where a {@link ScreeningSubject} keeps its value. */
public enum FieldType {
    STRING(SimpleType.STRING, "string"),
    INT(SimpleType.INT, "int"),
    BOOL(SimpleType.BOOL, "bool"),
    TIMESTAMP(SimpleType.TIMESTAMP, "timestamp"),
    STRING_LIST(ListType.create(SimpleType.STRING), "list(string)");

    private final CelType celType;
    private final String celName;

    FieldType(CelType celType, String celName) {
        this.celType = celType;
        this.celName = celName;
    }

    public CelType celType() {
        return celType;
    }

    /** The type as written in CEL and in docs/rules-schema.md. */
    public String celName() {
        return celName;
    }
}
