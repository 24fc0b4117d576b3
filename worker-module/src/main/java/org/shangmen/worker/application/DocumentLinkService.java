package org.shangmen.worker.application;

import java.time.Clock;
import java.util.Optional;
import org.shangmen.worker.application.port.in.ServeDocument;
import org.shangmen.worker.application.port.out.DocumentStorage;
import org.shangmen.worker.application.port.out.DocumentStore;
import org.shangmen.worker.application.port.out.LinkVerifier;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serves documents behind signed links: the link itself is the authorisation, given out only to the
 * document's owner and to operators after their own checks, and it expires within minutes.
 */
public class DocumentLinkService implements ServeDocument {

    private final Optional<LinkVerifier> links;
    private final DocumentStore documents;
    private final DocumentStorage storage;
    private final Clock clock;

    public DocumentLinkService(Optional<LinkVerifier> links, DocumentStore documents, DocumentStorage storage, Clock clock) {
        this.links = links;
        this.documents = documents;
        this.storage = storage;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredFile> read(String key, long expiresEpochSecond, String signature) {
        if (links.isEmpty() || key == null || signature == null || signature.length() > 100
                || !links.get().verify(key, expiresEpochSecond, signature, clock.instant())) {
            return Optional.empty();
        }
        return documents.documentByKey(key).flatMap(d -> storage.get(d.storageKey()).map(bytes -> new StoredFile(bytes, d.contentType())));
    }
}
