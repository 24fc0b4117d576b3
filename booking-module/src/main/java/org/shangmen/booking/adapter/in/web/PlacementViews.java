package org.shangmen.booking.adapter.in.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements.FreeWorker;
import org.shangmen.booking.domain.placement.Candidate;
import org.shangmen.booking.domain.placement.Contract;
import org.shangmen.booking.domain.placement.Instalment;
import org.shangmen.booking.domain.placement.Placement;
import org.shangmen.kernel.Zones;
import org.springframework.context.MessageSource;
import org.shangmen.worker.api.WorkerDirectory;
import org.shangmen.worker.api.WorkerDirectory.WorkerCard;
import org.springframework.stereotype.Component;

/**
 * C2.4 placements as customers and workers see them: dates of the span (the first day not served is
 * {@code endDate}), the shortlist with interview times, the contract both sides agreed and the
 * instalments, every code with its label in the caller's language. A worker sees the shortlist entry
 * of their own only, and the contract once chosen.
 */
@Component
class PlacementViews {

    private final WorkerDirectory directory;
    private final MessageSource messages;

    PlacementViews(WorkerDirectory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    private String label(String key, Locale locale) {
        return messages.getMessage("label." + key, null, key, locale);
    }

    private static OffsetDateTime at(java.time.Instant instant) {
        return instant == null ? null : instant.atZone(Zones.CHINA).toOffsetDateTime();
    }

    private static OffsetDateTime at(java.util.Optional<java.time.Instant> instant) {
        return instant.map(PlacementViews::at).orElse(null);
    }

    record CandidateView(UUID workerId, String workerName, OffsetDateTime interviewAt, String mode, String modeLabel, String status,
                         String statusLabel) {
    }

    record ContractView(long dailyPriceFen, long totalFen, long depositFen, String plan, String planLabel, int restDaysPerMonth,
                        List<String> included, int trialDays, int noticeDays, int earlyEndFeeDays, OffsetDateTime signedAt) {
    }

    record InstalmentView(UUID id, int seq, String kind, String kindLabel, LocalDate periodStart, LocalDate periodEnd, long amountFen,
                          String status, String statusLabel, OffsetDateTime paidAt) {
    }

    /**
     * {@code endDate} is the first day not served; {@code amountDueFen} is the next instalment to pay
     * (pay it with {@code POST /api/v1/customer/orders/{id}/payments}, the placement's id standing for the order).
     */
    record PlacementView(UUID id, String status, String statusLabel, UUID itemId, String itemCode, String itemName,
                         Map<String, Object> options, String district, LocalDate startDate, LocalDate endDate, int days, boolean liveIn,
                         UUID workerId, String workerName, List<CandidateView> candidates, ContractView contract,
                         List<InstalmentView> instalments, long paidFen, long amountDueFen, String endReason, OffsetDateTime createdAt) {
    }

    record PlacementPage(List<PlacementView> items, int page, int size, long total) {
    }

    record FreeWorkerView(UUID workerId, String name, int ratingTenths, int ratingCount, int experienceYears) {
    }

    record FreeWorkerPage(List<FreeWorkerView> items, int page, int size, long total) {
    }

    FreeWorkerView free(FreeWorker w) {
        return new FreeWorkerView(w.workerId(), w.name(), w.ratingTenths(), w.ratingCount(), w.experienceYears());
    }

    PlacementView placement(Placement p, Locale locale) {
        return view(p, p.candidates(), locale);
    }

    /** The worker's view: their own shortlist entry, the contract only when the placement is theirs. */
    PlacementView forWorker(Placement p, UUID workerId, Locale locale) {
        boolean theirs = p.workerId().filter(workerId::equals).isPresent();
        PlacementView full = view(p, p.candidates().stream().filter(c -> c.workerId().equals(workerId)).toList(), locale);
        if (theirs) {
            return full;
        }
        return new PlacementView(full.id(), full.status(), full.statusLabel(), full.itemId(), full.itemCode(), full.itemName(),
                full.options(), full.district(), full.startDate(), full.endDate(), full.days(), full.liveIn(), null, null,
                full.candidates(), null, List.of(), 0, 0, null, full.createdAt());
    }

    private PlacementView view(Placement p, List<Candidate> shown, Locale locale) {
        List<UUID> ids = new java.util.ArrayList<>(shown.stream().map(Candidate::workerId).toList());
        p.workerId().ifPresent(ids::add);
        Map<UUID, WorkerCard> cards = directory.cards(ids);
        List<CandidateView> candidates = shown.stream().map(c -> new CandidateView(c.workerId(), name(cards, c.workerId()),
                at(c.interviewAt()), c.mode().name(), label("placement.interview-mode." + c.mode(), locale), c.status().name(),
                label("placement.candidate-status." + c.status(), locale))).toList();
        ContractView contract = p.contract().map(c -> contract(p, c, locale)).orElse(null);
        List<InstalmentView> instalments = p.instalments().stream().map(i -> instalment(i, locale)).toList();
        return new PlacementView(p.id(), p.status().name(), label("placement.status." + p.status(), locale), p.itemId(), p.itemCode(),
                p.itemName(), p.options(), p.district().value(), p.startsOn(), p.endsOn(), p.days(), p.liveIn(), p.workerId().orElse(null),
                p.workerId().map(w -> name(cards, w)).orElse(null), candidates, contract, instalments, p.paidFen(),
                p.nextDue().map(Instalment::amountFen).orElse(0L), p.endReason().orElse(null), at(p.createdAt()));
    }

    private ContractView contract(Placement p, Contract c, Locale locale) {
        long total = p.instalments().stream().filter(i -> i.earns() && i.status() != Instalment.Status.VOID)
                .mapToLong(Instalment::earnedFen).sum();
        return new ContractView(c.dailyPriceFen(), total, c.depositFen(), c.plan().name(), label("placement.plan." + c.plan(), locale),
                c.restDaysPerMonth(), c.included(), c.trialDays(), c.noticeDays(), c.earlyEndFeeDays(), at(c.signedAt()));
    }

    private InstalmentView instalment(Instalment i, Locale locale) {
        return new InstalmentView(i.id(), i.seq(), i.kind().name(), label("placement.instalment-kind." + i.kind(), locale),
                i.periodStart(), i.periodEnd(), i.amountFen(), i.status().name(), label("placement.instalment-status." + i.status(), locale),
                at(i.paidAt()));
    }

    private static String name(Map<UUID, WorkerCard> cards, UUID workerId) {
        WorkerCard card = cards.get(workerId);
        return card == null ? null : card.name();
    }
}
