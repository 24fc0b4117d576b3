package probe;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.shangmen.worker.api.event.CommunityAdded;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A listener of a real business event whose failure can be switched on, standing in for a process that
 * dies after the business commit and before the listener's work is done.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CommunityAddedProbe {

    public static final AtomicBoolean FAIL = new AtomicBoolean();
    public static final AtomicInteger ATTEMPTS = new AtomicInteger();
    public static final List<UUID> DELIVERED = new CopyOnWriteArrayList<>();

    @Component
    public static class Listener {

        @ApplicationModuleListener
        void on(CommunityAdded event) {
            ATTEMPTS.incrementAndGet();
            if (FAIL.get()) {
                throw new IllegalStateException("simulated crash before the listener finished");
            }
            DELIVERED.add(event.communityId());
        }
    }
}
