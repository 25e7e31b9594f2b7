package dev.airflowaks.deployer.values;

/**
 * The seven images of the guide's {@code images} block. One record so a profile swaps all of them at once: the
 * guide pulls them from the user's ACR, the local profile from their public registries with the same tags.
 */
public record ImageSet(ImageRef airflow, ImageRef podTemplate, ImageRef flower, ImageRef statsd, ImageRef pgbouncer,
                       ImageRef pgbouncerExporter, ImageRef gitSync) {

    /** The guide's images, imported into {@code <acrLoginServer>} (e.g. {@code myacr.azurecr.io}). */
    public static ImageSet acr(String acrLoginServer) {
        String pull = "IfNotPresent";
        return new ImageSet(
                new ImageRef(acrLoginServer + "/airflow", AirflowValues.AIRFLOW_TAG, pull),
                new ImageRef(acrLoginServer + "/airflow", AirflowValues.AIRFLOW_TAG, pull),
                new ImageRef(acrLoginServer + "/airflow", AirflowValues.AIRFLOW_TAG, pull),
                new ImageRef(acrLoginServer + "/statsd-exporter", "v0.26.1", pull),
                new ImageRef(acrLoginServer + "/airflow", "airflow-pgbouncer-2024.01.19-1.21.0", pull),
                new ImageRef(acrLoginServer + "/airflow", "airflow-pgbouncer-exporter-2024.06.18-0.17.0", pull),
                new ImageRef(acrLoginServer + "/git-sync", "v4.1.0", pull));
    }
}
