package org.shangmen.analytics.application.port.in;

/**
 * A4.1: rebuilds the order and review facts and the workers' dimensions from the modules' published read
 * ports, in one transaction (readers see the old store until the new one is complete). Quotes and complaints
 * are kept as they are: booking does not keep quotes, and complaints join once the complaint module
 * publishes a read port (see the README).
 */
public interface RebuildStore {

    Rebuilt rebuild();

    record Rebuilt(long orders, long reviews, long workers) {
    }
}
