package org.shangmen.booking.domain.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.shangmen.booking.domain.placement.Candidate.Status;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.TimeRange;
import org.shangmen.kernel.Zones;

/**
 * C2.4 a long placement: a worker for every day of [{@code startsOn}, {@code endsOn}), matched by
 * interview, under a contract snapshot, paid in instalments. Immutable: each change answers a new
 * value whose {@code version} the store compares.
 */
public record Placement(UUID id, UUID customerId, UUID itemId, String itemCode, String itemName, Map<String, Object> options,
                        RegionCode district, Optional<GeoPoint> point, LocalDate startsOn, LocalDate endsOn, boolean liveIn,
                        PlacementStatus status, Optional<UUID> workerId, List<Candidate> candidates, Optional<Contract> contract,
                        List<Instalment> instalments, Optional<String> endReason, Instant createdAt, int version) {

    public static final int MAX_SHORTLIST = 3;
    public static final int MAX_DAYS = 366;

    public Placement {
        options = Map.copyOf(options);
        candidates = List.copyOf(candidates);
        instalments = List.copyOf(instalments);
    }

    public static Placement request(UUID id, UUID customerId, UUID itemId, String itemCode, String itemName, Map<String, Object> options,
                                    RegionCode district, Optional<GeoPoint> point, LocalDate startsOn, LocalDate endsOn, boolean liveIn,
                                    List<Candidate> shortlist, Instant now) {
        if (shortlist.isEmpty() || shortlist.size() > MAX_SHORTLIST) {
            throw DomainException.invalid("booking.placement-shortlist-invalid", MAX_SHORTLIST);
        }
        if (shortlist.stream().map(Candidate::workerId).distinct().count() != shortlist.size()) {
            throw DomainException.invalid("booking.placement-shortlist-invalid", MAX_SHORTLIST);
        }
        Instant firstDay = startsOn.atStartOfDay(Zones.CHINA).toInstant();
        for (Candidate c : shortlist) {
            if (!c.interviewAt().isAfter(now) || !c.interviewAt().isBefore(firstDay)) {
                throw DomainException.invalid("booking.placement-interview-time-invalid");
            }
        }
        return new Placement(id, customerId, itemId, itemCode, itemName, options, district, point, startsOn, endsOn, liveIn,
                PlacementStatus.INTERVIEWING, Optional.empty(), shortlist, Optional.empty(), List.of(), Optional.empty(), now, 0);
    }

    /** The days of the span, local to the city; the worker's calendar holds every one of them whole. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(startsOn, endsOn);
    }

    public static TimeRange span(LocalDate from, LocalDate until) {
        return new TimeRange(from.atStartOfDay(Zones.CHINA).toInstant(), until.atStartOfDay(Zones.CHINA).toInstant());
    }

    public TimeRange span() {
        return span(startsOn, endsOn);
    }

    public Optional<Candidate> candidate(UUID workerId) {
        return candidates.stream().filter(c -> c.workerId().equals(workerId)).findFirst();
    }

    /** The shortlisted worker accepts or declines the interview. */
    public Placement answer(UUID worker, boolean accept, Instant now) {
        Candidate c = candidate(worker).orElseThrow(() -> DomainException.notFound("booking.placement-not-found"));
        if (status != PlacementStatus.INTERVIEWING || c.status() != Status.INVITED) {
            throw DomainException.conflict("booking.placement-interview-answered");
        }
        return withCandidates(replace(c.withStatus(accept ? Status.ACCEPTED : Status.DECLINED, now)));
    }

    /** The customer chooses a worker who accepted the interview; the contract and its instalments are fixed. */
    public Placement choose(UUID worker, Contract terms, Supplier<UUID> ids, Instant now) {
        if (status != PlacementStatus.INTERVIEWING) {
            throw DomainException.conflict("booking.placement-not-interviewing");
        }
        Candidate c = candidate(worker).orElseThrow(() -> DomainException.invalid("booking.placement-not-shortlisted"));
        if (c.status() != Status.ACCEPTED) {
            throw DomainException.conflict("booking.placement-interview-not-accepted");
        }
        List<Candidate> decided = candidates.stream().map(x -> x.workerId().equals(worker) ? x.withStatus(Status.CHOSEN, now)
                : x.status() == Status.DECLINED ? x : x.withStatus(Status.NOT_CHOSEN, now)).toList();
        List<Instalment> plan = new ArrayList<>();
        plan.add(new Instalment(ids.get(), 0, Instalment.Kind.DEPOSIT, startsOn, startsOn, terms.depositFen(), 0, Instalment.Status.DUE,
                Optional.empty(), Optional.empty()));
        LocalDate from = startsOn;
        while (from.isBefore(endsOn)) {
            LocalDate to = terms.plan() == Contract.PaymentPlan.UPFRONT ? endsOn : min(from.plusMonths(1), endsOn);
            long amount = Math.multiplyExact(ChronoUnit.DAYS.between(from, to), terms.dailyPriceFen());
            plan.add(new Instalment(ids.get(), plan.size(), Instalment.Kind.PERIOD, from, to, amount, amount, Instalment.Status.DUE,
                    Optional.empty(), Optional.empty()));
            from = to;
        }
        return new Placement(id, customerId, itemId, itemCode, itemName, options, district, point, startsOn, endsOn, liveIn,
                PlacementStatus.CONTRACTED, Optional.of(worker), decided, Optional.of(terms), plan, endReason, createdAt, version);
    }

    /** The customer withdraws the request before choosing anyone. */
    public Placement cancelRequest(String reason) {
        if (status != PlacementStatus.INTERVIEWING) {
            throw DomainException.conflict("booking.placement-not-interviewing");
        }
        return new Placement(id, customerId, itemId, itemCode, itemName, options, district, point, startsOn, endsOn, liveIn,
                PlacementStatus.CANCELLED, workerId, candidates, contract, instalments, Optional.of(reason), createdAt, version);
    }

    /** The instalment to pay now: the first one not paid, in order. */
    public Optional<Instalment> nextDue() {
        if (status != PlacementStatus.CONTRACTED && status != PlacementStatus.ACTIVE && status != PlacementStatus.ENDED) {
            return Optional.empty();
        }
        return instalments.stream().filter(i -> i.status() == Instalment.Status.DUE).findFirst();
    }

    public long paidFen() {
        return instalments.stream().filter(Instalment::isPaid).mapToLong(Instalment::amountFen).sum();
    }

    /** Records the payment of the next instalment; the deposit and the first period paid make the placement run. */
    public Placement pay(String reference, long amountFen, Instant now) {
        Instalment due = nextDue().orElseThrow(() -> DomainException.conflict("booking.order-not-payable"));
        if (due.amountFen() != amountFen) {
            throw DomainException.conflict("booking.payment-amount-mismatch");
        }
        List<Instalment> next = instalments.stream().map(i -> i.id().equals(due.id()) ? i.paid(reference, now) : i).toList();
        boolean running = status == PlacementStatus.CONTRACTED && next.size() > 1 && next.get(0).isPaid() && next.get(1).isPaid();
        return new Placement(id, customerId, itemId, itemCode, itemName, options, district, point, startsOn, endsOn, liveIn,
                running ? PlacementStatus.ACTIVE : status, workerId, candidates, contract, next, endReason, createdAt, version);
    }

    /** The span grows by some days at the same daily price, owed as one more instalment. */
    public Placement extend(int extraDays, UUID instalmentId) {
        if (status != PlacementStatus.CONTRACTED && status != PlacementStatus.ACTIVE) {
            throw DomainException.conflict("booking.placement-not-running");
        }
        if (extraDays < 1 || days() + extraDays > MAX_DAYS) {
            throw DomainException.invalid("booking.placement-days-invalid", MAX_DAYS);
        }
        LocalDate newEnd = endsOn.plusDays(extraDays);
        long amount = Math.multiplyExact((long) extraDays, contract.orElseThrow().dailyPriceFen());
        List<Instalment> next = new ArrayList<>(instalments);
        next.add(new Instalment(instalmentId, instalments.size(), Instalment.Kind.EXTENSION, endsOn, newEnd, amount, amount,
                Instalment.Status.DUE, Optional.empty(), Optional.empty()));
        return new Placement(id, customerId, itemId, itemCode, itemName, options, district, point, startsOn, newEnd, liveIn, status,
                workerId, candidates, contract, next, endReason, createdAt, version);
    }

    /**
     * The placement ends early: {@code lastDayExclusive} is the first day not served. During the trial
     * it may end from today without a fee; after it, at least the contract's notice ahead, and the
     * contract's fee days are kept (never more than what was paid and not served).
     */
    public Ended endEarly(LocalDate until, LocalDate today, String reason) {
        Contract terms = contract.orElseThrow(() -> DomainException.conflict("booking.placement-not-running"));
        if (status != PlacementStatus.CONTRACTED && status != PlacementStatus.ACTIVE) {
            throw DomainException.conflict("booking.placement-not-running");
        }
        boolean inTrial = !until.isAfter(startsOn.plusDays(terms.trialDays()));
        LocalDate earliest = inTrial ? today : today.plusDays(terms.noticeDays());
        if (!until.isAfter(startsOn) || !until.isBefore(endsOn) || until.isBefore(earliest)) {
            throw DomainException.invalid("booking.placement-end-date-invalid", terms.noticeDays());
        }
        List<Instalment> next = new ArrayList<>();
        for (Instalment i : instalments) {
            if (!i.earns() || !i.periodEnd().isAfter(until)) {
                next.add(i);
            } else if (!i.periodStart().isBefore(until)) {
                next.add(i.with(i.periodEnd(), i.amountFen(), 0, i.isPaid() ? i.status() : Instalment.Status.VOID));
            } else {
                long served = Math.multiplyExact(ChronoUnit.DAYS.between(i.periodStart(), until), terms.dailyPriceFen());
                next.add(i.isPaid() ? i.with(until, i.amountFen(), served, i.status()) : i.with(until, served, served, i.status()));
            }
        }
        long paid = next.stream().filter(Instalment::isPaid).mapToLong(Instalment::amountFen).sum();
        long earnedPaid = next.stream().filter(Instalment::isPaid).mapToLong(Instalment::earnedFen).sum();
        long held = Math.max(0, paid - earnedPaid);
        long fee = inTrial ? 0 : Math.min(held, Math.multiplyExact((long) terms.earlyEndFeeDays(), terms.dailyPriceFen()));
        Placement ended = new Placement(id, customerId, itemId, itemCode, itemName, options, district, point, startsOn, until, liveIn,
                status, workerId, candidates, contract, next, Optional.of(reason), createdAt, version);
        return new Ended(ended, held, fee);
    }

    /** @param heldFen paid and not earned by the worker (the deposit and unserved days); {@code feeFen} of it is kept */
    public record Ended(Placement placement, long heldFen, long feeFen) {
        public long refundFen() {
            return heldFen - feeFen;
        }
    }

    /** Paid periods that are over by {@code today}, settled now, and the placement itself when its span is over and all is settled. */
    public Settled settle(LocalDate today) {
        List<Instalment> settledNow = new ArrayList<>();
        List<Instalment> next = new ArrayList<>();
        for (Instalment i : instalments) {
            if (i.earns() && i.status() == Instalment.Status.PAID && !i.periodEnd().isAfter(today)) {
                Instalment s = i.with(i.periodEnd(), i.amountFen(), i.earnedFen(), Instalment.Status.SETTLED);
                settledNow.add(s);
                next.add(s);
            } else {
                next.add(i);
            }
        }
        boolean over = status == PlacementStatus.ACTIVE && !endsOn.isAfter(today)
                && next.stream().filter(Instalment::earns).allMatch(i -> i.status() == Instalment.Status.SETTLED
                || i.status() == Instalment.Status.VOID || i.earnedFen() == 0);
        Placement p = new Placement(id, customerId, itemId, itemCode, itemName, options, district, point, startsOn, endsOn, liveIn,
                over ? PlacementStatus.ENDED : status, workerId, candidates, contract, next, endReason, createdAt, version);
        return new Settled(p, settledNow, over);
    }

    /** @param ended true when the placement ended with this settlement: its deposit goes back */
    public record Settled(Placement placement, List<Instalment> settledNow, boolean ended) {
    }

    public long depositHeldFen() {
        return instalments.stream().filter(i -> i.kind() == Instalment.Kind.DEPOSIT && i.isPaid()).mapToLong(Instalment::amountFen).sum();
    }

    private List<Candidate> replace(Candidate c) {
        return candidates.stream().map(x -> x.workerId().equals(c.workerId()) ? c : x).toList();
    }

    private Placement withCandidates(List<Candidate> next) {
        return new Placement(id, customerId, itemId, itemCode, itemName, options, district, point, startsOn, endsOn, liveIn, status,
                workerId, next, contract, instalments, endReason, createdAt, version);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
