package org.shangmen.booking.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.OrderSettingsAdministration;
import org.shangmen.booking.application.port.out.OrderSettingsStore;
import org.shangmen.booking.domain.OrderPolicy;
import org.shangmen.booking.domain.OrderSettings;
import org.shangmen.booking.domain.SlotRules;
import org.shangmen.kernel.AuditedChange;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.Refreshed;

/**
 * Operators' order settings in versions (A1.1). The configured values are version 0; a stored version
 * takes over from its effective time, so a version scheduled far ahead does not hold back a nearer one. The versions are kept in memory and read again at most every
 * {@link Refreshed#OPERATORS_RULES} (at once after a change here), so other instances see a change within that time.
 */
public class OrderSettingsService implements OrderSettingsAdministration, PolicySource {

    private static final int WEEK_MINUTES = 7 * 24 * 60;

    private final OrderSettingsStore store;
    private final OrderSettings defaults;
    private final Clock clock;
    private final Refreshed<List<OrderSettings>> versions;

    public OrderSettingsService(OrderSettingsStore store, OrderPolicy policy, SlotRules rules, Clock clock) {
        this.store = store;
        this.defaults = new OrderSettings(null, 0, policy, rules, "配置文件中的默认值", Instant.EPOCH, Optional.empty(), Instant.EPOCH);
        this.clock = clock;
        this.versions = Refreshed.operatorsRules(() -> {
            List<OrderSettings> all = new ArrayList<>();
            all.add(defaults);
            all.addAll(store.all());
            all.sort(Comparator.comparingInt(OrderSettings::version));
            return List.copyOf(all);
        });
    }

    private List<OrderSettings> versions() {
        return versions.get();
    }

    /** The version with the latest effective time not after {@code at}; of two with the same time, the newer. */
    private OrderSettings inForce(Instant at) {
        OrderSettings found = defaults;
        for (OrderSettings s : versions()) {
            if (s.inForceAt(at) && (s.effectiveFrom().isAfter(found.effectiveFrom())
                    || s.effectiveFrom().equals(found.effectiveFrom()) && s.version() > found.version())) {
                found = s;
            }
        }
        return found;
    }

    @Override
    public OrderPolicy currentPolicy() {
        return inForce(clock.instant()).policy();
    }

    @Override
    public SlotRules currentSlotRules() {
        return inForce(clock.instant()).slotRules();
    }

    @Override
    public SettingsView current() {
        Instant now = clock.instant();
        return view(inForce(now), now);
    }

    @Override
    public Page<SettingsView> history(PageRequest page) {
        Instant now = clock.instant();
        versions.forget();
        List<SettingsView> views = versions().reversed().stream().map(s -> view(s, now)).toList();
        return Page.slice(views, page);
    }

    @Override
    public SettingsView schedule(SettingsDraft d, UUID operatorId) {
        if (d == null) {
            throw DomainException.invalid("booking.settings-incomplete");
        }
        Instant now = clock.instant();
        Instant from = d.effectiveFrom() == null ? now : d.effectiveFrom();
        if (from.isBefore(now.minus(Duration.ofMinutes(1)))) {
            throw DomainException.invalid("booking.settings-effective-in-past");
        }
        versions.forget();
        OrderSettings latest = versions().getLast();
        AuditedChange.before(inForce(now).summary());
        range("freeCancelBeforeMinutes", d.freeCancelBeforeMinutes(), 0, WEEK_MINUTES);
        range("lateFeeBasisPoints", d.lateFeeBasisPoints(), 0, 10_000);
        range("minimumLateFeeFen", d.minimumLateFeeFen(), 0, 1_000_000);
        range("workerChangeBeforeMinutes", d.workerChangeBeforeMinutes(), 0, WEEK_MINUTES);
        range("paymentWindowMinutes", d.paymentWindowMinutes(), 5, 24 * 60);
        range("minimumNoticeMinutes", d.minimumNoticeMinutes(), 0, WEEK_MINUTES);
        range("asapNoticeMinutes", d.asapNoticeMinutes(), 0, 24 * 60);
        range("asapHorizonMinutes", d.asapHorizonMinutes(), 30, 48 * 60);
        range("travelBufferMinutes", d.travelBufferMinutes(), 0, 4 * 60);
        range("maxJobsPerDay", d.maxJobsPerDay(), 1, 12);
        String note = d.note() == null ? "" : d.note().strip();
        if (note.length() > 500) {
            throw DomainException.invalid("booking.settings-note-too-long", 500);
        }
        OrderPolicy policy = new OrderPolicy(Duration.ofMinutes(d.freeCancelBeforeMinutes()), d.lateFeeBasisPoints(),
                d.minimumLateFeeFen(), Duration.ofMinutes(d.workerChangeBeforeMinutes()), Duration.ofMinutes(d.paymentWindowMinutes()));
        SlotRules rules = new SlotRules(Duration.ofMinutes(d.minimumNoticeMinutes()), Duration.ofMinutes(d.asapNoticeMinutes()),
                Duration.ofMinutes(d.asapHorizonMinutes()), Duration.ofMinutes(d.travelBufferMinutes()), d.maxJobsPerDay(),
                defaults.slotRules().granularity());
        OrderSettings next = new OrderSettings(Ids.newId(clock), latest.version() + 1, policy, rules, note, from,
                Optional.ofNullable(operatorId), now);
        if (!store.insert(next)) {
            throw DomainException.conflict("booking.settings-version-taken", next.version());
        }
        versions.forget();
        return view(next, now);
    }

    private static void range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw DomainException.invalid("booking.settings-out-of-range", field, min, max);
        }
    }

    private SettingsView view(OrderSettings s, Instant now) {
        OrderSettings inForce = inForce(now);
        String state = s.version() == inForce.version() ? "IN_FORCE" : s.inForceAt(now) ? "SUPERSEDED" : "SCHEDULED";
        String stateLabel = switch (state) {
            case "IN_FORCE" -> "生效中";
            case "SCHEDULED" -> "待生效";
            default -> "已被取代";
        };
        boolean configured = s.version() == 0;
        OrderPolicy p = s.policy();
        SlotRules r = s.slotRules();
        return new SettingsView(Optional.ofNullable(s.id()), s.version(), configured ? "CONFIGURATION" : "OPERATOR",
                configured ? "配置默认值" : "运营设置", state, stateLabel, minutes(p.freeCancelBefore()), p.lateFeeBasisPoints(),
                p.minimumLateFeeFen(), minutes(p.workerChangeBefore()), minutes(p.paymentWindow()), minutes(r.minimumNotice()),
                minutes(r.asapNotice()), minutes(r.asapHorizon()), minutes(r.travelBuffer()), r.maxJobsPerDay(), s.note(),
                s.effectiveFrom(), s.createdBy(), s.createdAt());
    }

    private static int minutes(Duration d) {
        return (int) d.toMinutes();
    }
}
