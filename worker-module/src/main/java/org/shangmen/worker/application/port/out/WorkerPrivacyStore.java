package org.shangmen.worker.application.port.out;

import java.util.List;
import java.util.UUID;

/** Forgetting a closed account's worker data. */
public interface WorkerPrivacyStore {

    /**
     * Removes the worker's identity, photo, certificates, documents, verification records and search
     * entries, and removes the worker from the platform; keeps the row (orders and penalties name it).
     * Answers the storage keys of the deleted documents, for the files to go too.
     */
    List<String> forget(UUID accountId);
}
