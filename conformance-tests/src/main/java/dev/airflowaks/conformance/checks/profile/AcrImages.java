package dev.airflowaks.conformance.checks.profile;

import dev.airflowaks.conformance.context.CheckContext;

/** The guide's rule: every image is pulled from {@code <MY_ACR_REGISTRY>.azurecr.io/}, where the guide imported it. */
final class AcrImages implements ImageSource {

    @Override
    public Rule rule(CheckContext c) {
        String prefix = c.run().expectations().acrLoginServer() + "/";
        return new Rule(prefix, image -> image != null && image.startsWith(prefix));
    }
}
