package org.shangmen.worker.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.shangmen.kernel.PersonalData;
import org.shangmen.worker.application.port.in.WorkerView;
import org.shangmen.worker.application.port.out.DocumentStorage;
import org.shangmen.worker.application.port.out.WorkerPrivacyStore;
import org.shangmen.worker.application.port.out.WorkerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/** A worker's own data for the export (the ID number masked even here), and forgetting it when the account closes. */
public class WorkerPersonalData implements PersonalData {

    private static final Logger log = LoggerFactory.getLogger(WorkerPersonalData.class);

    private final WorkerStore workers;
    private final WorkerViews views;
    private final WorkerPrivacyStore privacy;
    private final DocumentStorage storage;

    public WorkerPersonalData(WorkerStore workers, WorkerViews views, WorkerPrivacyStore privacy, DocumentStorage storage) {
        this.workers = workers;
        this.views = views;
        this.privacy = privacy;
        this.storage = storage;
    }

    @Override
    public String section() {
        return "worker";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(UUID accountId) {
        return workers.find(accountId).map(worker -> {
            WorkerView v = views.of(worker);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("certification", v.certification());
            data.put("standing", v.standing());
            data.put("realName", v.realName().orElse(null));
            data.put("gender", v.gender().map(Enum::name).orElse(null));
            data.put("birthYear", v.birthYear().orElse(null));
            data.put("maskedIdNumber", v.maskedIdNumber().orElse(null));
            data.put("experienceYears", v.experienceYears());
            data.put("formerEmployers", v.formerEmployers());
            data.put("skills", v.skills().stream().map(Enum::name).sorted().toList());
            data.put("districts", v.districts().stream().sorted().toList());
            data.put("hourlyRateFen", v.hourlyRateFen().orElse(null));
            data.put("languages", v.languages());
            data.put("introduction", v.introduction());
            data.put("certificates", v.certificates().stream().map(c -> Map.of("type", c.type().name(), "maskedNumber", c.maskedNumber(),
                    "issuer", c.issuer(), "validFrom", c.validFrom().toString())).toList());
            data.put("faceVerifiedAt", v.faceVerifiedAt().orElse(null));
            return data;
        }).orElse(new LinkedHashMap<>());
    }

    /** The account closed: the worker's personal data goes, files included. */
    @Transactional
    public void forget(UUID accountId) {
        for (String key : privacy.forget(accountId)) {
            try {
                storage.delete(key);
            } catch (RuntimeException e) {
                log.warn("a closed account's document could not be deleted from storage; it is no longer referenced", e);
            }
        }
    }
}
