package org.shangmen.complaint.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.DomainException;

/**
 * A customer's complaint on one order (A2.1): filed with a category and text, answered by operators
 * within {@link #ANSWER_WITHIN} of filing, taken by one operator, resolved once with an outcome, then
 * rated by the customer and answered by the worker with a statement.
 *
 * @param answerDueAt  when operators must have answered the customer at the latest
 * @param refundFen    what was refunded through billing for it, 0 without a refund
 * @param penaltyId    the worker's penalty imposed with it as evidence
 * @param version      the stored version, for compare-and-set updates
 */
public record Complaint(UUID id, UUID orderId, UUID customerId, Optional<UUID> workerId, ComplaintCategory category, String text,
                        String districtCode, List<String> itemCodes, ComplaintStatus status, Optional<UUID> assigneeId,
                        Instant filedAt, Instant answerDueAt, Optional<Instant> firstAnsweredAt,
                        Optional<ComplaintOutcome> outcome, Optional<String> resolution, long refundFen, Optional<UUID> penaltyId,
                        Optional<UUID> resolvedBy, Optional<Instant> resolvedAt,
                        Optional<Integer> rating, Optional<String> ratingComment, Optional<Instant> ratedAt,
                        Optional<String> workerStatement, Optional<Instant> statementAt, long version) {

    public static final Duration ANSWER_WITHIN = Duration.ofHours(24);
    public static final Duration FILE_WITHIN = Duration.ofDays(30);
    public static final int MAX_TEXT = 1000;
    public static final int MAX_NOTE = 500;
    public static final int MAX_PHOTOS = 9;

    public Complaint {
        itemCodes = List.copyOf(itemCodes);
        if (refundFen < 0) {
            throw new IllegalArgumentException("a refund is never negative");
        }
    }

    /** A new complaint; {@code text} is checked here so that every way in refuses the same way. */
    public static Complaint file(UUID id, UUID orderId, UUID customerId, Optional<UUID> workerId, ComplaintCategory category, String text,
                                 String districtCode, List<String> itemCodes, Instant now) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > MAX_TEXT) {
            throw DomainException.invalid("complaint.text-invalid", MAX_TEXT);
        }
        return new Complaint(id, orderId, customerId, workerId, category, clean, districtCode, itemCodes, ComplaintStatus.OPEN,
                Optional.empty(), now, now.plus(ANSWER_WITHIN), Optional.empty(), Optional.empty(), Optional.empty(), 0,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 0);
    }

    public boolean isOpen() {
        return status != ComplaintStatus.RESOLVED;
    }

    /** Not yet answered and past its deadline. */
    public boolean overdue(Instant now) {
        return firstAnsweredAt.isEmpty() && now.isAfter(answerDueAt);
    }

    public Complaint assign(UUID operatorId) {
        ensureOpen();
        return new Complaint(id, orderId, customerId, workerId, category, text, districtCode, itemCodes, ComplaintStatus.IN_PROGRESS,
                Optional.of(operatorId), filedAt, answerDueAt, firstAnsweredAt, outcome, resolution, refundFen, penaltyId, resolvedBy,
                resolvedAt, rating, ratingComment, ratedAt, workerStatement, statementAt, version + 1);
    }

    /** An operator answered the customer: the first answer stops the deadline. */
    public Complaint answered(Instant now) {
        ensureOpen();
        return new Complaint(id, orderId, customerId, workerId, category, text, districtCode, itemCodes, status, assigneeId, filedAt,
                answerDueAt, firstAnsweredAt.or(() -> Optional.of(now)), outcome, resolution, refundFen, penaltyId, resolvedBy,
                resolvedAt, rating, ratingComment, ratedAt, workerStatement, statementAt, version + 1);
    }

    public Complaint resolve(ComplaintOutcome how, String note, long refunded, Optional<UUID> penalty, UUID operatorId, Instant now) {
        ensureOpen();
        return new Complaint(id, orderId, customerId, workerId, category, text, districtCode, itemCodes, ComplaintStatus.RESOLVED,
                assigneeId.or(() -> Optional.of(operatorId)), filedAt, answerDueAt, firstAnsweredAt.or(() -> Optional.of(now)),
                Optional.of(how), Optional.of(note), refunded, penalty, Optional.of(operatorId), Optional.of(now), rating, ratingComment,
                ratedAt, workerStatement, statementAt, version + 1);
    }

    /** The customer rates the handling (1–5 stars), once, after resolution. */
    public Complaint rate(int stars, Optional<String> comment, Instant now) {
        if (status != ComplaintStatus.RESOLVED) {
            throw DomainException.conflict("complaint.not-resolved");
        }
        if (rating.isPresent()) {
            throw DomainException.conflict("complaint.already-rated");
        }
        if (stars < 1 || stars > 5) {
            throw DomainException.invalid("complaint.rating-invalid");
        }
        Optional<String> clean = comment.map(String::strip).filter(c -> !c.isEmpty());
        if (clean.filter(c -> c.length() > MAX_NOTE).isPresent()) {
            throw DomainException.invalid("complaint.note-too-long", MAX_NOTE);
        }
        return new Complaint(id, orderId, customerId, workerId, category, text, districtCode, itemCodes, status, assigneeId, filedAt,
                answerDueAt, firstAnsweredAt, outcome, resolution, refundFen, penaltyId, resolvedBy, resolvedAt, Optional.of(stars), clean,
                Optional.of(now), workerStatement, statementAt, version + 1);
    }

    /** The worker's side, once, after resolution. */
    public Complaint statement(String statementText, Instant now) {
        if (status != ComplaintStatus.RESOLVED) {
            throw DomainException.conflict("complaint.not-resolved");
        }
        if (workerStatement.isPresent()) {
            throw DomainException.conflict("complaint.statement-exists");
        }
        String clean = statementText == null ? "" : statementText.strip();
        if (clean.isEmpty() || clean.length() > MAX_NOTE) {
            throw DomainException.invalid("complaint.statement-invalid", MAX_NOTE);
        }
        return new Complaint(id, orderId, customerId, workerId, category, text, districtCode, itemCodes, status, assigneeId, filedAt,
                answerDueAt, firstAnsweredAt, outcome, resolution, refundFen, penaltyId, resolvedBy, resolvedAt, rating, ratingComment,
                ratedAt, Optional.of(clean), Optional.of(now), version + 1);
    }

    private void ensureOpen() {
        if (!isOpen()) {
            throw DomainException.conflict("complaint.already-resolved");
        }
    }
}
