package org.shangmen.notification.application.port.out;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Pictures sent in private messages, already checked and cleaned; kept by message id. */
public interface MessageImages {

    void put(UUID messageId, byte[] content, String contentType);

    Optional<Image> get(UUID messageId);

    /** Which of the messages carry a picture. */
    Set<UUID> withImages(Collection<UUID> messageIds);

    record Image(String contentType, byte[] content) {
    }
}
