package dev.airflowaks.conformance.targeting;

import dev.airflowaks.conformance.profile.RunProfile;
import dev.airflowaks.deployer.profile.LocalImages;

import java.util.List;

/**
 * The twin's options for a profile: on {@link RunProfile#LOCAL} the kubelet must also accept the local profile's
 * public images, which the guide's twin would refuse as "not imported into the ACR".
 */
final class TwinProfileOptions {

    private TwinProfileOptions() {
    }

    static List<String> publicImages(RunProfile profile) {
        return profile == RunProfile.LOCAL ? List.copyOf(LocalImages.all()) : List.of();
    }
}
