package org.shangmen.analytics.application.port.in;

/**
 * A4.1: rebuilds the store from the modules' published read ports (booking's orders with their steps and
 * reviews, the complaint module's complaints, the workers' profiles) into a copy, while the live store keeps
 * answering and recording events, then swaps the copy in with one transaction. Events recorded meanwhile go to
 * both, so none is lost. Quotes and views are kept as they are: booking keeps no quote and nobody keeps views,
 * so the store is their only record.
 */
public interface RebuildStore {

    Rebuilt rebuild();

    /**
     * @param eventsDuringRebuild facts the listeners recorded into both the live store and the copy while it was built
     */
    record Rebuilt(long orders, long reviews, long complaints, long workers, long eventsDuringRebuild) {
    }
}
