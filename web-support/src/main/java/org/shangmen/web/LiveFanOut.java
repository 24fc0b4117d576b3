package org.shangmen.web;

import java.util.function.Consumer;

/**
 * Carries what a live stream (Server-Sent Events) sends to every instance of the platform, so that a
 * client gets it whichever instance it is connected to. A stream publishes under its topic and handles
 * what arrives under it by sending to its own connections. With one instance the payload is handed over
 * in process; with several ({@code shangmen.live.fan-out=redis}) it travels as JSON through Redis, so a
 * payload is a record Jackson reads back.
 */
public interface LiveFanOut {

    /** Delivers the payload to the handlers of the topic on every instance, this one included. */
    <T> void publish(String topic, T payload);

    /** Handles what any instance publishes under the topic from now on. */
    <T> void subscribe(String topic, Class<T> type, Consumer<T> handler);
}
