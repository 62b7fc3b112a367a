package io.paxgate.rules.targeting;

/**
 * One field of the rule schema, e.g. {@code traveller.nationality}.
 *
 * @param name        qualified CEL name
 * @param type        CEL type
 * @param slot        position in the {@link ScreeningSubject} array of its type
 * @param ordinal     position in {@link RuleSchema#fields()}
 * @param description what it means, including the value used when the data is absent
 * @param source      the message segment it comes from
 */
public record SchemaField(String name, FieldType type, int slot, int ordinal, String description, String source) {
}
