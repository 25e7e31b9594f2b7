package dev.airflowaks.deployer.registry;

/**
 * What a public registry said about one image reference: it serves it, it does not (404 / {@code MANIFEST_UNKNOWN},
 * what containerd then reports as {@code not found}), or it could not be asked (no route, DNS, TLS, timeout, an
 * unexpected status). Only the first two are the registry's answer; the third sends the caller to the dated
 * catalogue of {@code world-facts.yaml}.
 */
public sealed interface RegistryAnswer {

    /** The request as made, for messages: {@code HEAD https://registry-1.docker.io/v2/…/manifests/<tag>}. */
    String request();

    record Serves(String request) implements RegistryAnswer {
    }

    record NotFound(String request, int status) implements RegistryAnswer {
    }

    record Unreachable(String request, String reason) implements RegistryAnswer {
    }
}
