package org.shangmen.worker.domain;

import org.shangmen.kernel.DomainException;

/** A stretch of a local day, [start, end) in minutes after midnight: 08:00–12:00 is (480, 720). */
public record MinuteWindow(int start, int end) {

    public MinuteWindow {
        if (start < 0 || end > 1440 || end <= start || start % 15 != 0 || end % 15 != 0) {
            throw DomainException.invalid("worker.window-invalid");
        }
    }

    public boolean overlaps(MinuteWindow other) {
        return start < other.end && other.start < end;
    }
}
