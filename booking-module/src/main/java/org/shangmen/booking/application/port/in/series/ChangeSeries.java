package org.shangmen.booking.application.port.in.series;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.domain.series.Cadence;
import org.shangmen.booking.domain.series.Series;
import org.shangmen.kernel.DomainException;

/**
 * C2.4 a recurring plan changed from a date on: a new cadence (or weekday), start time or preferred
 * worker for the visits from {@code from} on. Those visits are cancelled (their orders under the policy
 * snapshotted with the series) and planned again; visits before that day stay as they are.
 */
public interface ChangeSeries {

    Series changeFrom(ChangeCommand command);

    /**
     * @param cadence         empty: the cadence stays; a weekly or fortnightly cadence with one weekday moves to that day
     * @param startTime       empty: the start time stays
     * @param preferredWorker empty: the preferred worker stays; {@code clearWorker}: no preferred worker from then on
     */
    record ChangeCommand(UUID customerId, UUID seriesId, LocalDate from, Optional<Cadence> cadence, Optional<LocalTime> startTime,
                         Optional<UUID> preferredWorker, boolean clearWorker) {
        public ChangeCommand {
            if (from == null) {
                throw DomainException.invalid("booking.series-change-date-invalid");
            }
            cadence = cadence == null ? Optional.empty() : cadence;
            startTime = startTime == null ? Optional.empty() : startTime;
            preferredWorker = preferredWorker == null ? Optional.empty() : preferredWorker;
            if (startTime.isPresent() && (startTime.get().getMinute() % 30 != 0 || startTime.get().getSecond() != 0)) {
                throw DomainException.invalid("booking.series-start-invalid");
            }
            if (cadence.isEmpty() && startTime.isEmpty() && preferredWorker.isEmpty() && !clearWorker) {
                throw DomainException.invalid("booking.series-change-empty");
            }
        }
    }
}
