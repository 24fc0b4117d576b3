package org.shangmen.worker.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.DomainException;

/**
 * A penalty an operator imposed on a worker (A2.1), with its reason and evidence, and its one appeal:
 * the worker states their case once; an operator upholds or overturns it.
 */
public record Penalty(
        UUID id,
        UUID workerId,
        Kind kind,
        String reason,
        String evidence,
        Optional<Instant> suspendedUntil,
        UUID imposedBy,
        Instant imposedAt,
        Optional<String> appealStatement,
        Optional<Instant> appealedAt,
        Optional<AppealOutcome> appealOutcome,
        Optional<String> appealReason,
        Optional<UUID> appealDecidedBy,
        Optional<Instant> appealDecidedAt) {

    public enum Kind { WARNING, SUSPENSION, REMOVAL }

    public enum AppealOutcome { UPHELD, OVERTURNED }

    public static Penalty impose(UUID id, UUID workerId, Kind kind, String reason, String evidence, Optional<Instant> until,
                                 UUID operator, Instant now) {
        return impose(id, workerId, kind, reason, evidence, until, false, operator, now);
    }

    /**
     * A suspension for quality that passing a named training course lifts (W4.2): it needs no end, and ends
     * at {@code until} when one is given and the course is not passed before.
     */
    public static Penalty suspendUntilRetrained(UUID id, UUID workerId, String reason, String evidence, Optional<Instant> until,
                                                UUID operator, Instant now) {
        return impose(id, workerId, Kind.SUSPENSION, reason, evidence, until, true, operator, now);
    }

    private static Penalty impose(UUID id, UUID workerId, Kind kind, String reason, String evidence, Optional<Instant> until,
                                  boolean liftedByCourse, UUID operator, Instant now) {
        String why = reason == null ? "" : reason.strip();
        String proof = evidence == null ? "" : evidence.strip();
        if (why.length() < 2 || why.length() > 500) {
            throw DomainException.invalid("worker.reason-required");
        }
        if (proof.isEmpty() || proof.length() > 2000) {
            throw DomainException.invalid("worker.evidence-required");
        }
        if (kind == Kind.SUSPENSION && (until.isEmpty() && !liftedByCourse || until.isPresent() && !until.get().isAfter(now))) {
            throw DomainException.invalid("worker.suspension-end-required");
        }
        return new Penalty(id, workerId, kind, why, proof, kind == Kind.SUSPENSION ? until : Optional.empty(), operator, now,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Penalty appeal(String statement, Instant now) {
        if (appealedAt.isPresent()) {
            throw DomainException.conflict("worker.appeal-once");
        }
        String text = statement == null ? "" : statement.strip();
        if (text.length() < 5 || text.length() > 1000) {
            throw DomainException.invalid("worker.appeal-statement-invalid");
        }
        return new Penalty(id, workerId, kind, reason, evidence, suspendedUntil, imposedBy, imposedAt, Optional.of(text),
                Optional.of(now), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Penalty decideAppeal(AppealOutcome outcome, String decisionReason, UUID operator, Instant now) {
        if (appealedAt.isEmpty()) {
            throw DomainException.conflict("worker.no-appeal");
        }
        if (appealOutcome.isPresent()) {
            throw DomainException.conflict("worker.appeal-decided");
        }
        String why = decisionReason == null ? "" : decisionReason.strip();
        if (why.length() < 2 || why.length() > 500) {
            throw DomainException.invalid("worker.reason-required");
        }
        return new Penalty(id, workerId, kind, reason, evidence, suspendedUntil, imposedBy, imposedAt, appealStatement, appealedAt,
                Optional.of(outcome), Optional.of(why), Optional.of(operator), Optional.of(now));
    }
}
