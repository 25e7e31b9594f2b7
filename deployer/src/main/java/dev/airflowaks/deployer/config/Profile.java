package dev.airflowaks.deployer.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which world the deployer builds in. {@link #GUIDE} is the Microsoft Learn guide on AKS with Azure (workload
 * identity, Key Vault, blob CSI, ACR). {@link #LOCAL} is the same Kubernetes objects, under the same names, on a
 * cluster without Azure (k3s): ESO's fake provider instead of Key Vault, a hostPath volume instead of blob CSI,
 * public images instead of ACR, and no Azure call at all. Selected by {@code AIRFLOW_AKS_PROFILE}.
 */
public enum Profile {
    GUIDE("guide"),
    LOCAL("local");

    private final String id;

    Profile(String id) {
        this.id = id;
    }

    /** The value of {@code AIRFLOW_AKS_PROFILE}: {@code guide} or {@code local}. */
    public String id() {
        return id;
    }

    /** The valid values, for messages: {@code guide, local}. */
    public static String validValues() {
        return Arrays.stream(values()).map(Profile::id).collect(Collectors.joining(", "));
    }

    /** The profile with this id (case-insensitive, surrounding blanks ignored), if any. */
    public static Optional<Profile> find(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.id.equals(v)).findFirst();
    }

    /**
     * @throws IllegalArgumentException naming the variable and the valid values when {@code value} is not one
     */
    public static Profile parse(String value) {
        return find(value).orElseThrow(() -> new IllegalArgumentException(ConfigKey.AIRFLOW_AKS_PROFILE.name()
                + " is '" + value + "'; valid values are " + validValues()));
    }
}
