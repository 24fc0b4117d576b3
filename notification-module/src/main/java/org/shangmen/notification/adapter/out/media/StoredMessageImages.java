package org.shangmen.notification.adapter.out.media;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.notification.application.port.out.MessageImages;
import org.shangmen.storage.ObjectStore;
import org.shangmen.storage.ObjectStores;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Message pictures named by message id, with a row each: on local disk under {@code shangmen.notification.media-root}
 * ({@code ./data/message-media}) or, with {@code shangmen.storage.provider=s3}, in the shared bucket under
 * {@value #PREFIX}.
 */
@Component
class StoredMessageImages implements MessageImages {

    static final String PREFIX = "message-media/";

    private final Jdbi jdbi;
    private final ObjectStore files;

    StoredMessageImages(Jdbi jdbi, @Value("${shangmen.notification.media-root:./data/message-media}") String root, ObjectStores stores) {
        this.jdbi = jdbi;
        this.files = stores.forKind(PREFIX, Path.of(root), "notification.storage-unavailable");
    }

    @Override
    public void put(UUID messageId, byte[] content, String contentType) {
        String key = messageId + ("image/png".equals(contentType) ? ".png" : ".jpg");
        files.put(key, content, contentType);
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO notification.message_image (message_id, image_key, content_type) "
                + "VALUES (:id, :key, :type)").bind("id", messageId).bind("key", key).bind("type", contentType).execute());
    }

    @Override
    public Optional<Image> get(UUID messageId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT image_key, content_type FROM notification.message_image WHERE message_id = :id")
                .bind("id", messageId).map((rs, ctx) -> new String[] {rs.getString("image_key"), rs.getString("content_type")}).findOne())
                .flatMap(row -> files.get(row[0]).map(bytes -> new Image(row[1], bytes)));
    }

    @Override
    public Set<UUID> withImages(Collection<UUID> messageIds) {
        if (messageIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery("SELECT message_id FROM notification.message_image WHERE message_id IN (<ids>)")
                .bindList("ids", List.copyOf(messageIds)).mapTo(UUID.class).list()));
    }
}
