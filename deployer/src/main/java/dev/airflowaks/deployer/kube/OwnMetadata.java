package dev.airflowaks.deployer.kube;

/**
 * The metadata that is airflow-aks's own rather than the guide's: the {@code app.kubernetes.io/managed-by} label it
 * adds to the objects it writes. A cluster built by hand from the guide's commands lacks only this, so plan shows
 * such objects as "adopt (metadata only)" instead of as changes that look like another deployment.
 */
public final class OwnMetadata {

    public static final String LABEL = "app.kubernetes.io/managed-by";
    public static final String VALUE = KubeApplier.FIELD_MANAGER;

    private OwnMetadata() {
    }

    /** Whether a differing field is only airflow-aks's own label. */
    public static boolean isOwn(ObjectDiff.Field field) {
        boolean label = field.path().equals("metadata.labels." + LABEL) && field.desired().equals("\"" + VALUE + "\"");
        boolean onlyLabel = field.path().equals("metadata.labels") && field.live().equals("(none)")
                && field.desired().equals("{" + LABEL + "=" + VALUE + "}");
        return label || onlyLabel;
    }
}
