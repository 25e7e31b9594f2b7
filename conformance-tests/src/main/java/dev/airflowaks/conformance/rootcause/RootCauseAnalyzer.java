package dev.airflowaks.conformance.rootcause;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Follows a failing object's dependencies down to the deepest broken one. A dependency is explored before the link
 * itself is blamed, so "pod Pending" becomes "… ← federated credential subject ≠ expected" when that is where it
 * starts. Each probe runs at most once per analysis.
 */
public final class RootCauseAnalyzer {

    /** Explains a symptom; empty when nothing on its chain is broken (the check's own mismatch stands alone). */
    public Optional<RootCause> explain(Link symptom) {
        Map<String, LinkState> memo = new HashMap<>();
        List<RootCause.Element> path = new ArrayList<>();
        return find(symptom, memo, new HashSet<>(), path)
                .map(fix -> new RootCause(path, fix));
    }

    private Optional<dev.airflowaks.guide.GuideStepId> find(Link link, Map<String, LinkState> memo,
                                                                       Set<String> visiting,
                                                                       List<RootCause.Element> path) {
        if (!visiting.add(link.label())) {
            return Optional.empty();
        }
        LinkState state = memo.computeIfAbsent(link.label(), k -> link.probe());
        path.add(new RootCause.Element(link.label(), state.text(), state.broken(), link.object().orElse(null)));
        List<Link> explaining = state.absent() && !link.derived() ? List.of() : link.dependencies();
        for (Link dependency : explaining) {
            Optional<dev.airflowaks.guide.GuideStepId> below = find(dependency, memo, visiting, path);
            if (below.isPresent()) {
                return below;
            }
        }
        visiting.remove(link.label());
        if (state.broken()) {
            return Optional.of(state.fix());
        }
        path.remove(path.size() - 1);
        return Optional.empty();
    }
}
