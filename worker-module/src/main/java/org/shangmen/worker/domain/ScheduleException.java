package org.shangmen.worker.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.shangmen.kernel.DomainException;

/** An exception to the weekly hours on one local date: leave (not working) or extra working time. */
public record ScheduleException(UUID id, LocalDate date, Kind kind, MinuteWindow window, String note) {

    public enum Kind { LEAVE, EXTRA }

    public ScheduleException {
        note = note == null ? "" : note.strip();
        if (note.length() > 100) {
            throw DomainException.invalid("worker.note-too-long");
        }
    }
}
