package org.shangmen.worker.application.port.in;

import java.util.List;
import java.util.UUID;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.domain.Gender;

/**
 * C3.2 a worker's public page: what customers may know of a certified worker, never the ID number, phone,
 * home point or birth date. A worker who is not certified, suspended or removed has no page
 * ({@code worker.not-found}).
 */
public interface ShowWorkerPage {

    WorkerPage page(UUID workerId);

    /**
     * @param ageBand      the decade of age ("30-39"), or null when unknown
     * @param certificates the types of certificate valid today
     * @param photoUrl     a short-lived signed link to the worker's photo, or null without one
     */
    record WorkerPage(UUID workerId, String realName, Gender gender, String ageBand, int experienceYears,
                      String introduction, List<String> languages, List<Skill> skills, Long hourlyRateFen,
                      List<CertificateType> certificates, List<District> districts, int ratingTenths, int ratingCount,
                      int completedOrders, String photoUrl, List<org.shangmen.worker.api.WorkerBadges.Badge> badges) {
    }

    /** A district the worker serves, with its name. */
    record District(String code, String name) {
    }
}
