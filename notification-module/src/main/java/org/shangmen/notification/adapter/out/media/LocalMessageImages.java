package org.shangmen.notification.adapter.out.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.notification.application.port.out.MessageImages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Message pictures on local disk under {@code shangmen.notification.media-root} ({@code ./data/message-media}), named by message id. */
@Component
class LocalMessageImages implements MessageImages {

    private final Jdbi jdbi;
    private final Path root;

    LocalMessageImages(Jdbi jdbi, @Value("${shangmen.notification.media-root:./data/message-media}") String root) {
        this.jdbi = jdbi;
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    @Override
    public void put(UUID messageId, byte[] content, String contentType) {
        String key = messageId + ("image/png".equals(contentType) ? ".png" : ".jpg");
        try {
            Files.createDirectories(root);
            Files.write(root.resolve(key), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO notification.message_image (message_id, image_key, content_type) "
                + "VALUES (:id, :key, :type)").bind("id", messageId).bind("key", key).bind("type", contentType).execute());
    }

    @Override
    public Optional<Image> get(UUID messageId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT image_key, content_type FROM notification.message_image WHERE message_id = :id")
                .bind("id", messageId).map((rs, ctx) -> new String[] {rs.getString("image_key"), rs.getString("content_type")}).findOne())
                .flatMap(row -> {
                    Path file = root.resolve(row[0]).normalize();
                    if (!file.startsWith(root) || !Files.exists(file)) {
                        return Optional.empty();
                    }
                    try {
                        return Optional.of(new Image(row[1], Files.readAllBytes(file)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
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
