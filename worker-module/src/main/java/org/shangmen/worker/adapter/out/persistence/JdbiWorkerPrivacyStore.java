package org.shangmen.worker.adapter.out.persistence;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.worker.application.port.out.WorkerPrivacyStore;
import org.springframework.stereotype.Repository;

@Repository
class JdbiWorkerPrivacyStore implements WorkerPrivacyStore {

    private final Jdbi jdbi;

    JdbiWorkerPrivacyStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<String> forget(UUID accountId) {
        return jdbi.inTransaction(h -> {
            List<String> keys = h.createQuery("SELECT storage_key FROM worker.document WHERE worker_id = :id").bind("id", accountId)
                    .mapTo(String.class).list();
            h.createUpdate("DELETE FROM worker.search_entry WHERE worker_id = :id").bind("id", accountId).execute();
            h.createUpdate("DELETE FROM worker.certificate WHERE worker_id = :id").bind("id", accountId).execute();
            h.createUpdate("DELETE FROM worker.verification_step WHERE worker_id = :id").bind("id", accountId).execute();
            h.createUpdate("UPDATE worker.worker SET real_name = NULL, name_pinyin = NULL, name_initials = NULL, gender = NULL, "
                    + "birth_year = NULL, id_number_cipher = NULL, id_number_hash = NULL, photo_document_id = NULL, former_employers = NULL, "
                    + "languages = NULL, introduction = NULL, home_latitude = NULL, home_longitude = NULL, face_consent_at = NULL, "
                    + "face_verified_at = NULL, face_score = NULL, standing = 'REMOVED', work_state = 'RESTING', "
                    + "version = version + 1 WHERE account_id = :id").bind("id", accountId).execute();
            h.createUpdate("DELETE FROM worker.document WHERE worker_id = :id").bind("id", accountId).execute();
            return keys;
        });
    }
}
