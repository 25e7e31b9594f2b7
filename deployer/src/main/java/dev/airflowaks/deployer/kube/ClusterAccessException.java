package dev.airflowaks.deployer.kube;

/**
 * The cluster cannot be used with the given kubeconfig: the file is missing or malformed, the API server does not
 * answer, or it rejects the credentials. Bad input (the fix is in the user's hands, nothing was changed), so the
 * CLI exits 3; the message names the file, the URL or the user, and the fix.
 */
public final class ClusterAccessException extends RuntimeException {

    public ClusterAccessException(String message) {
        super(message);
    }
}
