package dev.airflowaks.deployer.infra;

import com.azure.core.management.exception.ManagementException;
import java.util.Optional;
import java.util.function.Supplier;

/** An ARM read where 404 means "not there yet", as {@code az ... show} exits 3 for a missing resource. */
final class Found {

    private Found() {
    }

    static <T> Optional<T> orEmpty(Supplier<T> read) {
        try {
            return Optional.ofNullable(read.get());
        } catch (ManagementException e) {
            if (e.getResponse() != null && e.getResponse().getStatusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
