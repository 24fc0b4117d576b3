package org.shangmen.booking.application.port.in.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.domain.placement.Candidate;
import org.shangmen.booking.domain.placement.Contract;
import org.shangmen.booking.domain.placement.Placement;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;

/** C2.4 long placements: whole-span search, the shortlist and interviews, the contract, and reading placements. */
public interface ArrangePlacements {

    /** Workers eligible for the item in the district and free every day of the span, best rated first. */
    Page<FreeWorker> freeWorkers(SpanQuery query, PageRequest page);

    Placement request(RequestCommand command);

    Placement answerInterview(UUID workerId, UUID placementId, boolean accept);

    Placement choose(ChooseCommand command);

    Placement cancelRequest(UUID customerId, UUID placementId, String reason);

    Placement ofCustomer(UUID customerId, UUID placementId);

    /** A placement the worker is shortlisted for or works; any other is {@code booking.placement-not-found}. */
    Placement ofWorker(UUID workerId, UUID placementId);

    Page<Placement> customerPlacements(UUID customerId, PageRequest page);

    Page<Placement> workerPlacements(UUID workerId, PageRequest page);

    record FreeWorker(UUID workerId, String name, int ratingTenths, int ratingCount, int experienceYears) {
    }

    /** The span [{@code startsOn}, {@code startsOn} + days), or whole months from {@code startsOn}. */
    record SpanQuery(UUID itemId, RegionCode district, LocalDate startsOn, LocalDate endsOn) {
        public SpanQuery {
            if (itemId == null) {
                throw DomainException.invalid("booking.item-required");
            }
            if (district == null) {
                throw DomainException.invalid("booking.district-required");
            }
            if (startsOn == null || endsOn == null || !endsOn.isAfter(startsOn)
                    || startsOn.plusDays(Placement.MAX_DAYS).isBefore(endsOn)) {
                throw DomainException.invalid("booking.placement-days-invalid", Placement.MAX_DAYS);
            }
        }

        public static LocalDate end(LocalDate start, Integer days, Integer months) {
            if (start == null) {
                throw DomainException.invalid("booking.placement-start-required");
            }
            if ((days == null) == (months == null)) {
                throw DomainException.invalid("booking.placement-days-invalid", Placement.MAX_DAYS);
            }
            if (days != null && (days < 1 || days > Placement.MAX_DAYS)) {
                throw DomainException.invalid("booking.placement-days-invalid", Placement.MAX_DAYS);
            }
            if (months != null && (months < 1 || months > 12)) {
                throw DomainException.invalid("booking.placement-days-invalid", Placement.MAX_DAYS);
            }
            return days != null ? start.plusDays(days) : start.plusMonths(months);
        }
    }

    record Invitation(UUID workerId, Instant interviewAt, Candidate.InterviewMode mode) {
        public Invitation {
            if (workerId == null || interviewAt == null || mode == null) {
                throw DomainException.invalid("booking.placement-shortlist-invalid", Placement.MAX_SHORTLIST);
            }
        }
    }

    /**
     * @param shortlist up to three workers with an interview time each; empty with {@code recommend}
     *                  and a {@code recommendInterviewAt}: the platform invites the best-rated free workers
     */
    record RequestCommand(UUID customerId, SpanQuery span, Map<String, Object> options, Optional<GeoPoint> point, boolean liveIn,
                          List<Invitation> shortlist, boolean recommend, Optional<Instant> recommendInterviewAt,
                          Candidate.InterviewMode recommendMode) {
        public RequestCommand {
            options = options == null ? Map.of() : Map.copyOf(options);
            shortlist = shortlist == null ? List.of() : List.copyOf(shortlist);
            if (!recommend && (shortlist.isEmpty() || shortlist.size() > Placement.MAX_SHORTLIST)) {
                throw DomainException.invalid("booking.placement-shortlist-invalid", Placement.MAX_SHORTLIST);
            }
            if (recommend && (!shortlist.isEmpty() || recommendInterviewAt.isEmpty() || recommendMode == null)) {
                throw DomainException.invalid("booking.placement-recommend-invalid");
            }
        }
    }

    record ChooseCommand(UUID customerId, UUID placementId, UUID workerId, Contract.PaymentPlan plan, int restDaysPerMonth,
                         List<String> included) {
        public ChooseCommand {
            if (workerId == null) {
                throw DomainException.invalid("booking.placement-not-shortlisted");
            }
            if (plan == null) {
                throw DomainException.invalid("booking.placement-plan-invalid");
            }
            if (restDaysPerMonth < 0 || restDaysPerMonth > 8) {
                throw DomainException.invalid("booking.placement-rest-days-invalid", 8);
            }
            included = included == null ? List.of() : List.copyOf(included);
            if (included.size() > 10 || included.stream().anyMatch(s -> s == null || s.isBlank() || s.length() > 50)) {
                throw DomainException.invalid("booking.placement-included-invalid", 10, 50);
            }
        }
    }
}
