package dev.airflowaks.conformance.checks.profile;

import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.deployer.profile.LocalImages;
import dev.airflowaks.targets.Capability;

import java.util.Set;

/**
 * The local profile's rule: every image is one of the deployer's local-profile images, the guide's images and tags
 * from their public registries. Reported substituted for ACR images (the ACR import and AcrPull are not proven).
 */
final class PublicImages implements ImageSource {

    @Override
    public Rule rule(CheckContext c) {
        c.substitutedFor(Capability.ACR_IMAGES);
        Set<String> allowed = Set.copyOf(LocalImages.all());
        return new Rule("the local profile's public images", allowed::contains);
    }
}
