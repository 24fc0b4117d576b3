package org.shangmen.booking.application.port.in.series;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.domain.Order;
import org.shangmen.booking.domain.series.Cadence;
import org.shangmen.booking.domain.series.Series;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;

/**
 * C2.4 recurring plans (周期服务): a series of visits on a cadence, each an ordinary order created
 * within the horizon, the preferred worker asked first for each; skip or move one visit, pause,
 * resume, cancel the rest. Skipping or moving an ordered visit follows that order's own policy.
 */
public interface ArrangeSeries {

    Series create(CreateCommand command);

    Series skip(UUID customerId, UUID seriesId, int seq);

    Series move(UUID customerId, UUID seriesId, int seq, Instant newStart);

    Series pause(UUID customerId, UUID seriesId);

    Series resume(UUID customerId, UUID seriesId);

    /** Cancels every visit not yet served (ordered ones through the orders' cancellation) and the series. */
    Series cancelRest(UUID customerId, UUID seriesId);

    Series ofCustomer(UUID customerId, UUID seriesId);

    Page<Series> customerSeries(UUID customerId, PageRequest page);

    /** The worker's recurring customers: open series that ask this worker first. */
    Page<Series> workerSeries(UUID workerId, PageRequest page);

    record CreateCommand(UUID customerId, List<Series.Line> items, RegionCode district, Optional<UUID> communityId, Optional<GeoPoint> point,
                         String addressDetail, String contactName, String requirements, Optional<UUID> preferredWorkerId, Cadence cadence,
                         LocalDate firstDate, LocalTime startTime, Optional<Integer> visits) {
        public CreateCommand {
            if (items == null || items.isEmpty()) {
                throw DomainException.invalid("booking.basket-empty");
            }
            if (district == null) {
                throw DomainException.invalid("booking.district-required");
            }
            if (communityId.isEmpty() && point.isEmpty()) {
                throw DomainException.invalid("booking.place-required");
            }
            addressDetail = addressDetail == null ? "" : addressDetail.strip();
            if (addressDetail.isEmpty() || addressDetail.length() > Order.MAX_ADDRESS) {
                throw DomainException.invalid("booking.address-invalid", Order.MAX_ADDRESS);
            }
            contactName = contactName == null ? "" : contactName.strip();
            if (contactName.isEmpty() || contactName.length() > Order.MAX_CONTACT) {
                throw DomainException.invalid("booking.contact-invalid", Order.MAX_CONTACT);
            }
            requirements = requirements == null ? "" : requirements.strip();
            if (requirements.length() > Order.MAX_REQUIREMENTS) {
                throw DomainException.invalid("booking.requirements-too-long", Order.MAX_REQUIREMENTS);
            }
            if (items.size() > 5) {
                throw DomainException.invalid("booking.basket-too-large", 5);
            }
            if (cadence == null) {
                throw DomainException.invalid("booking.series-cadence-invalid");
            }
            if (firstDate == null || startTime == null || startTime.getMinute() % 30 != 0 || startTime.getSecond() != 0) {
                throw DomainException.invalid("booking.series-start-invalid");
            }
            if (visits.isPresent() && (visits.get() < 1 || visits.get() > Series.MAX_VISITS)) {
                throw DomainException.invalid("booking.series-visits-invalid", Series.MAX_VISITS);
            }
            items = List.copyOf(items);
        }
    }
}
