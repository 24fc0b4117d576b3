package org.shangmen.worker.application;

import java.time.Clock;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.worker.application.port.out.DocumentStorage;
import org.shangmen.worker.application.port.out.DocumentStore;
import org.shangmen.worker.application.port.out.DocumentStore.Document;
import org.shangmen.worker.application.port.out.ImageSanitizer;
import org.shangmen.worker.domain.Worker;

/** A worker's uploaded pictures (photo, certificate scans): cleaned of metadata, counted against a quota, stored. */
public class WorkerUploads {

    public static final int MAX_DOCUMENTS = 30;

    private final DocumentStore documents;
    private final DocumentStorage storage;
    private final ImageSanitizer images;
    private final Clock clock;

    public WorkerUploads(DocumentStore documents, DocumentStorage storage, ImageSanitizer images, Clock clock) {
        this.documents = documents;
        this.storage = storage;
        this.images = images;
        this.clock = clock;
    }

    Document store(Worker worker, String kind, byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw DomainException.invalid("worker.upload-empty");
        }
        if (documents.documentCount(worker.accountId()) >= MAX_DOCUMENTS) {
            throw DomainException.rejected("worker.upload-quota", MAX_DOCUMENTS);
        }
        ImageSanitizer.SanitizedImage image = images.sanitize(upload);
        UUID id = Ids.newId(clock);
        String extension = switch (image.contentType()) {
            case "image/png" -> "png";
            case "image/heic" -> "heic";
            default -> "jpg";
        };
        String key = "workers/" + worker.accountId() + "/" + id + "-" + extension;
        storage.put(key, image.content(), image.contentType());
        Document document = new Document(id, worker.accountId(), kind, key, image.contentType(), image.content().length,
                image.width(), image.height(), clock.instant());
        documents.insertDocument(document);
        return document;
    }
}
