package io.paxgate.rules.targeting;

import java.util.List;

/**
 * What a successful reload changed.
 *
 * @param changed      ids whose definition changed (expression, severity, validity ...)
 * @param listsChanged names of value lists added, removed or changed
 */
public record ReloadResult(long version, List<String> added, List<String> removed, List<String> changed,
                           List<String> listsChanged) {
    public boolean anyChange() {
        return !added.isEmpty() || !removed.isEmpty() || !changed.isEmpty() || !listsChanged.isEmpty();
    }
}
