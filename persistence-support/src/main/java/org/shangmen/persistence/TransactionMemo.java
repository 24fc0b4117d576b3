package org.shangmen.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows one transaction has read by key, so that the ports a use case calls one after another (an order
 * read by dispatch for the case, again for the customer's previous worker, again for who is free) read
 * each row once. Only inside a transaction: outside one every call reads. A store forgets a key when it
 * writes that row, and a transaction suspended for a nested one ({@code REQUIRES_NEW}) keeps its rows
 * to itself. What a transaction read once it answers again, as a repeatable read would; a concurrent
 * change then shows as the optimistic version check's conflict, not as a second, different reading.
 */
public final class TransactionMemo<K, V> {

    private static final class Rows<K, V> implements TransactionSynchronization {
        private final Object key;
        private final Map<K, Optional<V>> rows = new HashMap<>();

        Rows(Object key) {
            this.key = key;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(key, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(key);
        }
    }

    /** The row of {@code key}, read by {@code read} the first time this transaction asks. */
    public Optional<V> find(K key, Function<K, Optional<V>> read) {
        Rows<K, V> rows = rows();
        if (rows == null) {
            return read.apply(key);
        }
        Optional<V> known = rows.rows.get(key);
        if (known == null) {
            known = read.apply(key);
            rows.rows.put(key, known);
        }
        return known;
    }

    /** Remembers a row this transaction has just read another way (several at once, or written). */
    public void remember(K key, V value) {
        Rows<K, V> rows = rows();
        if (rows != null) {
            rows.rows.put(key, Optional.of(value));
        }
    }

    /** The next {@link #find} of {@code key} in this transaction reads the row again. */
    public void forget(K key) {
        Rows<K, V> rows = existing();
        if (rows != null) {
            rows.rows.remove(key);
        }
    }

    /** Every row is read again: a write this store cannot tie to one key. */
    public void forgetAll() {
        Rows<K, V> rows = existing();
        if (rows != null) {
            rows.rows.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private Rows<K, V> existing() {
        return (Rows<K, V>) TransactionSynchronizationManager.getResource(this);
    }

    private Rows<K, V> rows() {
        if (!TransactionSynchronizationManager.isActualTransactionActive() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Rows<K, V> rows = existing();
        if (rows == null) {
            rows = new Rows<>(this);
            TransactionSynchronizationManager.bindResource(this, rows);
            TransactionSynchronizationManager.registerSynchronization(rows);
        }
        return rows;
    }
}
