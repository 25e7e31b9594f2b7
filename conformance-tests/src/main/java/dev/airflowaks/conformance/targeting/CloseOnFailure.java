package dev.airflowaks.conformance.targeting;

/**
 * The teardown registered before the action: a started target is closed unless the code that prepares it reaches
 * {@link #keep()}. Used as try-with-resources around "apply the guide", so a throwing apply never leaks a container
 * or a twin.
 */
final class CloseOnFailure implements AutoCloseable {

    private final AutoCloseable resource;
    private boolean kept;

    CloseOnFailure(AutoCloseable resource) {
        this.resource = resource;
    }

    /** Hands the resource over to the caller; {@link #close()} then leaves it running. */
    void keep() {
        kept = true;
    }

    @Override
    public void close() {
        if (kept) {
            return;
        }
        try {
            resource.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot close " + resource, e);
        }
    }
}
