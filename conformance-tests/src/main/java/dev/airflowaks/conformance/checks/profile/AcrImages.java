package dev.airflowaks.conformance.checks.profile;

import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.conformance.expect.MissingExpectationException;

/** The guide's rule: every image is pulled from {@code <MY_ACR_REGISTRY>.azurecr.io/}, where the guide imported it. */
final class AcrImages implements ImageSource {

    @Override
    public Rule rule(CheckContext c) {
        String acr = c.run().expectations().find(Expectations.ACR)
                .orElseThrow(() -> new MissingExpectationException(Expectations.ACR));
        String prefix = acr + ".azurecr.io/";
        return new Rule(prefix, image -> image != null && image.startsWith(prefix));
    }
}
