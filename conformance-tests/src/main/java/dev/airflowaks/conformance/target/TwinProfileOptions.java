package dev.airflowaks.conformance.target;

import dev.airflowaks.conformance.profile.RunProfile;
import dev.airflowaks.deployer.profile.LocalImages;
import dev.airflowaks.fixtures.twin.TwinOptions;

/**
 * The twin's options for a profile: on {@link RunProfile#LOCAL} the kubelet must also accept the local profile's
 * public images, which the guide's twin would refuse as "not imported into the ACR".
 */
final class TwinProfileOptions {

    private TwinProfileOptions() {
    }

    static TwinOptions of(RunProfile profile) {
        TwinOptions options = TwinOptions.defaults();
        return profile == RunProfile.LOCAL ? options.publicImages(LocalImages.all()) : options;
    }
}
