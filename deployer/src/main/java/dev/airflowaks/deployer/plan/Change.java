package dev.airflowaks.deployer.plan;

import java.util.List;

/**
 * One planned change: the target (a Kubernetes object, a Helm release or an Azure resource), the action and, for
 * updates, the differing fields. Values in {@code diff} never contain secret material: callers mask it.
 *
 * @param target e.g. {@code Namespace airflow}, {@code helm release airflow/airflow},
 *               {@code azure federatedCredential airflow-aks-identity/external-secret-operator}
 * @param action what apply (or destroy) would do
 * @param diff   human-readable lines such as {@code metadata.annotations.x: "a" -> "b"}
 */
public record Change(String target, Action action, List<String> diff) {

    public Change {
        diff = List.copyOf(diff);
    }

    public static Change of(String target, Action action) {
        return new Change(target, action, List.of());
    }

    public String render() {
        StringBuilder sb = new StringBuilder("  ").append(action.symbol()).append(' ')
                .append(action.label()).append(' ').append(target);
        diff.forEach(d -> sb.append("\n      ").append(d));
        return sb.toString();
    }
}
