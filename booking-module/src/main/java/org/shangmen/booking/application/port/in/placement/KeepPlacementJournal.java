package org.shangmen.booking.application.port.in.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.domain.ServiceRecord;
import org.shangmen.booking.domain.placement.DayRecord;
import org.shangmen.booking.domain.placement.PlacementReview;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/**
 * C2.4 during a placement: the worker of a day (the placement's worker, or the substitute of that day)
 * records it, with care observations as a visit's record has them; the customer reads the records and
 * reviews the worker every month of a long placement and at the end.
 */
public interface KeepPlacementJournal {

    DayRecord record(DayCommand command);

    /** The records, for the placement's customer or a worker of it. */
    Page<DayRecord> records(UUID accountId, boolean customer, UUID placementId, PageRequest page);

    PlacementReview review(ReviewCommand command);

    List<PlacementReview> reviews(UUID accountId, boolean customer, UUID placementId);

    record DayCommand(UUID workerId, UUID placementId, LocalDate day, Optional<String> text, Map<String, String> observations) {
        public DayCommand {
            text = text == null ? Optional.empty() : text.map(String::strip).filter(t -> !t.isEmpty());
            observations = observations == null ? Map.of() : observations;
            if (day == null || (text.isEmpty() && observations.isEmpty())) {
                throw DomainException.invalid("booking.placement-day-invalid");
            }
            if (text.isPresent() && text.get().length() > ServiceRecord.MAX_TEXT) {
                throw DomainException.invalid("booking.record-text-too-long", ServiceRecord.MAX_TEXT);
            }
            if (observations.size() > ServiceRecord.MAX_OBSERVATIONS || observations.entrySet().stream()
                    .anyMatch(e -> e.getKey().isBlank() || e.getKey().length() > 40 || e.getValue() == null || e.getValue().length() > 200)) {
                throw DomainException.invalid("booking.observations-invalid", ServiceRecord.MAX_OBSERVATIONS);
            }
            observations = Map.copyOf(observations);
        }
    }

    record ReviewCommand(UUID customerId, UUID placementId, int rating, String comment) {
    }
}
