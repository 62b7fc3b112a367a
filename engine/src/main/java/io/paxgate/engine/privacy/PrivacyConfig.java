package io.paxgate.engine.privacy;

import io.paxgate.rules.config.ConfigNode;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The {@code privacy} section of {@code config/paxgate.yaml}: how long personal data stays readable
 * and how long it is kept at all (EU PNR Directive art. 12, STANDARDS.md section 6).
 *
 * @param depersonaliseAfter after this, names, contacts, payment, frequent flyer, remarks and API
 *                           data are masked ({@code depersonalise_after_days}, default 183: six months)
 * @param deleteAfter        after this, the data is deleted ({@code delete_after_days}, default 1827: five years)
 * @param runEvery           how often the engine runs the retention job ({@code run_every_hours}, default 24)
 */
public record PrivacyConfig(Duration depersonaliseAfter, Duration deleteAfter, Duration runEvery) {

    public static final PrivacyConfig DEFAULT = new PrivacyConfig(Duration.ofDays(183), Duration.ofDays(1827),
            Duration.ofHours(24));

    public static PrivacyConfig load(Path file) {
        return from(ConfigNode.load(file));
    }

    public static PrivacyConfig from(ConfigNode root) {
        ConfigNode p = root.section("privacy");
        p.allowOnly("depersonalise_after_days", "delete_after_days", "run_every_hours");
        int mask = p.integer("depersonalise_after_days", 183, 1, 36_500);
        int delete = p.integer("delete_after_days", 1827, 1, 36_500);
        if (delete < mask) {
            throw p.error("delete_after_days", "must not be below " + p.key("depersonalise_after_days") + " (" + mask + ")");
        }
        return new PrivacyConfig(Duration.ofDays(mask), Duration.ofDays(delete),
                Duration.ofHours(p.integer("run_every_hours", 24, 1, 24 * 31)));
    }
}
