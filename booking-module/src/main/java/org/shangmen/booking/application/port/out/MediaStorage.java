package org.shangmen.booking.application.port.out;

import java.util.Optional;

/** Where visit records' and reviews' photos and videos are kept; keys are made by the application, never by the client. */
public interface MediaStorage {

    void put(String key, byte[] content, String contentType);

    Optional<byte[]> get(String key);
}
