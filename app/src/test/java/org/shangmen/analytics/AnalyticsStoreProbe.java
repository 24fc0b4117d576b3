package org.shangmen.analytics;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.shangmen.analytics.application.port.out.AnalyticsStore;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the analytical store so that a test can hold a rebuild just before its swap, after the copy is filled,
 * and do things while the rebuild runs. Does nothing unless a test asks.
 */
public final class AnalyticsStoreProbe implements BeanPostProcessor {

    private volatile CountDownLatch reached;
    private volatile CountDownLatch release;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof AnalyticsStore store)) {
            return bean;
        }
        return Proxy.newProxyInstance(AnalyticsStore.class.getClassLoader(), new Class<?>[] {AnalyticsStore.class}, (proxy, method, args) -> {
            if (method.getName().equals("swap")) {
                beforeSwap();
            }
            try {
                return method.invoke(store, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private void beforeSwap() throws InterruptedException {
        CountDownLatch held = release;
        if (held != null) {
            release = null;
            reached.countDown();
            if (!held.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the rebuild");
            }
        }
    }

    /** The next rebuild waits before its swap until {@link #releaseSwap()}. */
    public void holdNextSwap() {
        reached = new CountDownLatch(1);
        holding = new CountDownLatch(1);
        release = holding;
    }

    public void awaitSwapHeld() throws InterruptedException {
        if (!reached.await(120, TimeUnit.SECONDS)) {
            throw new AssertionError("the rebuild never reached its swap");
        }
    }

    private volatile CountDownLatch holding;

    public void releaseSwap() {
        holding.countDown();
    }
}
