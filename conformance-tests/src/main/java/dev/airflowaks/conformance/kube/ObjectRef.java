package dev.airflowaks.conformance.kube;

/** A Kubernetes object a check judged; evidence is collected for exactly these. Namespace is null if cluster-scoped. */
public record ObjectRef(String kind, String namespace, String name) {

    public static ObjectRef of(String kind, String namespace, String name) {
        return new ObjectRef(kind, namespace, name);
    }

    public static ObjectRef cluster(String kind, String name) {
        return new ObjectRef(kind, null, name);
    }

    @Override
    public String toString() {
        return kind + " " + (namespace == null ? "" : namespace + "/") + name;
    }
}
