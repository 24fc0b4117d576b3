package org.shangmen.booking.adapter.in.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements;
import org.shangmen.booking.application.port.in.placement.KeepPlacementJournal;
import org.shangmen.booking.application.port.in.placement.KeepPlacementJournal.DayCommand;
import org.shangmen.booking.domain.placement.Placement;
import org.shangmen.booking.domain.placement.PlacementStatus;
import org.shangmen.kernel.DemoData;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.Zones;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo data (C2.4, W3.1): once billing's demo has paid the demo customer's running placement, its worker
 * records yesterday and today with care observations, through the journal's use case. A day already
 * recorded is left as it is.
 */
@Component
@Profile("demo")
class RunningPlacementJournalDemoData implements DemoData {

    private final ArrangePlacements placements;
    private final KeepPlacementJournal journal;
    private final Clock clock;

    RunningPlacementJournalDemoData(ArrangePlacements placements, KeepPlacementJournal journal, Clock clock) {
        this.placements = placements;
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 350;
    }

    @Override
    public void seed() {
        UUID customer = DemoData.accountId("customer-1");
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        placements.customerPlacements(customer, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(p -> p.status() == PlacementStatus.ACTIVE && !p.startsOn().isAfter(today) && p.endsOn().isAfter(today))
                .findFirst().ifPresent(p -> {
                    record(p, today.minusDays(1), "宝宝洗澡、抚触,脐部护理;产妇月子餐三顿,指导哺乳姿势", Map.of("宝宝体温", "36.6", "喂奶", "9 次",
                            "黄疸", "面部轻微,已退"));
                    record(p, today, "上午带宝宝晒太阳 20 分钟,产妇伤口恢复良好", Map.of("宝宝体温", "36.8", "喂奶", "4 次(至午间)"));
                });
    }

    private void record(Placement p, LocalDate day, String text, Map<String, String> observations) {
        if (day.isBefore(p.startsOn())) {
            return;
        }
        try {
            journal.record(new DayCommand(p.workerId().orElseThrow(), p.id(), day, Optional.of(text), observations));
        } catch (DomainException recordedAlready) {
            // Seeded on an earlier start: the day keeps its record.
        }
    }
}
