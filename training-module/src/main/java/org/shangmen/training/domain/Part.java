package org.shangmen.training.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One part of a course, in order. A video has its length and stored file; a session its place, time,
 * trainer, capacity, cancellation deadline (hours before the start) and check-in code; a practical exam its
 * checklist.
 */
public record Part(UUID id, int position, PartKind kind, String title, String body, int durationSeconds, Optional<String> videoKey,
                   Optional<Session> session, List<String> checklist) {

    public record Session(String place, String address, Instant startsAt, Instant endsAt, String trainer, int capacity,
                          int cancelHours, String checkInCode) {

        public Instant cancelDeadline() {
            return startsAt.minusSeconds(cancelHours * 3600L);
        }
    }

    public Part {
        checklist = List.copyOf(checklist);
    }

    public Part withVideo(String key, int seconds) {
        return new Part(id, position, kind, title, body, seconds, Optional.of(key), session, checklist);
    }
}
