package vn.ktgs.calendar;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value read from the database and kept for a short while. Deadline rules and calendar adjustments
 * change a few times a year, yet every new task read them (≈ 18 queries per case, docs/benchmarks.md).
 * The node where an administrator edits forgets at once and again after the commit; other nodes see the
 * change within {@link #TTL}.
 */
final class ShortLived<T> {

    static final Duration TTL = Duration.ofSeconds(30);

    private record Loaded<T>(T value, long atNanos) {
    }

    private final Supplier<T> loader;
    private volatile Loaded<T> loaded;

    ShortLived(Supplier<T> loader) {
        this.loader = loader;
    }

    T get() {
        Loaded<T> current = loaded;
        long now = System.nanoTime();
        if (current == null || now - current.atNanos() > TTL.toNanos()) {
            current = new Loaded<>(loader.get(), now);
            loaded = current;
        }
        return current.value();
    }

    /** Forget now and, inside a transaction, once more when it ends (a read in between saw uncommitted rows). */
    void forget() {
        loaded = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    loaded = null;
                }
            });
        }
    }
}
