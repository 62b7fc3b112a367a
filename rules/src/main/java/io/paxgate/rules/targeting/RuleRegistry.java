package io.paxgate.rules.targeting;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule set in force, replaced atomically by {@link #reload()}: the new directory content is
 * loaded and checked whole on the reloading thread; only when every file is good does one
 * volatile write make it current. Evaluating threads see the old set or the new one, never a mix,
 * and a bad file anywhere leaves the old set in force.
 */
public final class RuleRegistry {
    private final Path directory;
    private final Clock clock;
    private volatile RuleSet current = RuleSet.empty();
    /** Rule id to enabled, overriding the files (switched at run time); applied on every reload. */
    private volatile Map<String, Boolean> enabledOverrides = Map.of();

    public RuleRegistry(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    public RuleSet current() {
        return current;
    }

    /** The hits for one traveller under the set in force, on today's date by the clock. */
    public List<RuleHit> evaluate(ScreeningSubject subject) {
        return current.evaluate(subject, today(clock));
    }

    /**
     * {@code LocalDate.now(clock)}; on a UTC clock (the engine's) from the epoch milliseconds, without
     * the zone rules {@code now} makes on every call.
     */
    static LocalDate today(Clock clock) {
        return clock.getZone() == ZoneOffset.UTC ? LocalDate.ofEpochDay(Math.floorDiv(clock.millis(), 86_400_000L))
                : LocalDate.now(clock);
    }

    /**
     * Loads the directory again. On success the new set is in force and the result says what
     * changed; on failure nothing changes and the exception lists every error.
     */
    public synchronized ReloadResult reload() throws RuleLoadException {
        RuleSet old = current;
        RuleSet next = RuleSet.load(directory, old.version() + 1, enabledOverrides);
        current = next;
        return diff(old, next);
    }

    /**
     * Switches rules on or off over what their files say, then reloads: the set in force has the
     * new states, or (a bad file) the overrides stay recorded and the old set stays in force.
     */
    public synchronized ReloadResult reload(Map<String, Boolean> enabled) throws RuleLoadException {
        enabledOverrides = Map.copyOf(enabled);
        return reload();
    }

    /** The enabled states set over the files by {@link #reload(Map)}. */
    public Map<String, Boolean> enabledOverrides() {
        return enabledOverrides;
    }

    static ReloadResult diff(RuleSet old, RuleSet next) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, Rule> e : next.rules().entrySet()) {
            Rule before = old.rules().get(e.getKey());
            if (before == null) {
                added.add(e.getKey());
            } else if (!before.sameDefinition(e.getValue())) {
                changed.add(e.getKey());
            }
        }
        List<String> removed = new ArrayList<>();
        for (String id : old.rules().keySet()) {
            if (!next.rules().containsKey(id)) {
                removed.add(id);
            }
        }
        Set<String> names = new TreeSet<>(old.lists().keySet());
        names.addAll(next.lists().keySet());
        List<String> listsChanged = new ArrayList<>();
        for (String n : names) {
            if (!Objects.equals(old.lists().get(n), next.lists().get(n))) {
                listsChanged.add(n);
            }
        }
        return new ReloadResult(next.version(), List.copyOf(added), List.copyOf(removed), List.copyOf(changed),
            List.copyOf(listsChanged));
    }
}
