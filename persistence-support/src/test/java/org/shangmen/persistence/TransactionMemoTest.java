package org.shangmen.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

class TransactionMemoTest {

    /** Transactions with nothing behind them: enough for Spring's synchronization, suspension and completion. */
    static final class BareTransactions extends AbstractPlatformTransactionManager {
        private final ThreadLocal<Object> active = new ThreadLocal<>();

        @Override
        protected Object doGetTransaction() {
            return new Object[] {active.get()};
        }

        @Override
        protected boolean isExistingTransaction(Object transaction) {
            return ((Object[]) transaction)[0] != null;
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            Object begun = new Object();
            ((Object[]) transaction)[0] = begun;
            active.set(begun);
        }

        @Override
        protected Object doSuspend(Object transaction) {
            Object suspended = active.get();
            active.remove();
            ((Object[]) transaction)[0] = null;
            return suspended;
        }

        @Override
        protected void doResume(Object transaction, Object suspendedResources) {
            active.set(suspendedResources);
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }

        @Override
        protected void doCleanupAfterCompletion(Object transaction) {
            active.remove();
        }
    }

    private final BareTransactions transactions = new BareTransactions();
    private final TransactionTemplate inTransaction = new TransactionTemplate(transactions);
    private final TransactionMemo<String, String> memo = new TransactionMemo<>();
    private final AtomicInteger reads = new AtomicInteger();

    private Optional<String> read(String key) {
        reads.incrementAndGet();
        return key.startsWith("order") ? Optional.of(key + "@" + reads.get()) : Optional.empty();
    }

    @Test
    @DisplayName("Outside a transaction every look-up reads the row")
    void noTransaction() {
        memo.find("order-1", this::read);
        memo.find("order-1", this::read);
        assertThat(reads).hasValue(2);
    }

    @Test
    @DisplayName("In one transaction a row, or its absence, is read once; a write forgets it; the next transaction reads afresh")
    void oncePerTransaction() {
        inTransaction.executeWithoutResult(s -> {
            String first = memo.find("order-1", this::read).orElseThrow();
            assertThat(memo.find("order-1", this::read)).contains(first);
            assertThat(memo.find("request-9", this::read)).isEmpty();
            assertThat(memo.find("request-9", this::read)).isEmpty();
            assertThat(reads).hasValue(2);
            memo.forget("order-1");
            assertThat(memo.find("order-1", this::read)).isNotEqualTo(Optional.of(first));
            memo.remember("order-2", "written");
            assertThat(memo.find("order-2", this::read)).contains("written");
            memo.forgetAll();
            memo.find("order-2", this::read);
            assertThat(reads).hasValue(4);
        });
        inTransaction.executeWithoutResult(s -> memo.find("order-1", this::read));
        assertThat(reads).hasValue(5);
    }

    @Test
    @DisplayName("A transaction started inside another (REQUIRES_NEW) reads for itself, and the outer one keeps its own rows")
    void nestedTransactionsApart() {
        TransactionTemplate requiresNew = new TransactionTemplate(transactions);
        requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        inTransaction.executeWithoutResult(s -> {
            String outer = memo.find("order-1", this::read).orElseThrow();
            String inner = requiresNew.execute(t -> {
                String seen = memo.find("order-1", this::read).orElseThrow();
                assertThat(memo.find("order-1", this::read)).contains(seen);
                return seen;
            });
            assertThat(inner).isNotEqualTo(outer);
            assertThat(memo.find("order-1", this::read)).contains(outer);
        });
        assertThat(reads).hasValue(2);
    }
}
