package org.shangmen.worker.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Money;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.TimeRange;
import org.shangmen.worker.api.Skill;

class WorkerDomainTest {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");

    static String idNumber(String first17) {
        return first17 + IdCardNumber.checkCharacter(first17);
    }

    private static String code(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.code();
        }
        return "none";
    }

    static Profile complete() {
        return new Profile(Optional.of("王小梅"), Optional.of(Gender.FEMALE), Optional.of(1990),
                Optional.of(IdCardNumber.parse(idNumber("44030519900101122"))), 6, List.of("深圳家政公司"),
                Set.of(Skill.DAILY_CLEANING), Set.of(RegionCode.of("440305")), Optional.empty(), 0,
                Optional.of(Money.ofYuan(50)), Set.of("普通话"), "认真负责");
    }

    @Test
    @DisplayName("W1.2 ID card numbers: the GB 11643 check character, a real birth date, gender and masking")
    void idCards() {
        String valid = idNumber("44030519900101122");
        IdCardNumber id = IdCardNumber.parse(valid.toLowerCase());
        assertThat(id.birthYear()).isEqualTo(1990);
        assertThat(id.gender()).isEqualTo(Gender.FEMALE);
        assertThat(IdCardNumber.parse(idNumber("44030519851231123")).gender()).isEqualTo(Gender.MALE);
        assertThat(id.masked()).isEqualTo("4403**********" + valid.substring(14)).doesNotContain("19900101");
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        assertThat(code(() -> IdCardNumber.parse(valid.substring(0, 17) + wrong))).isEqualTo("worker.id-number-invalid");
        assertThat(code(() -> IdCardNumber.parse(idNumber("44030519900230122")))).as("30 February").isEqualTo("worker.id-number-invalid");
        assertThat(code(() -> IdCardNumber.parse("4403051990010112"))).isEqualTo("worker.id-number-invalid");
        // The published example number from GB 11643's annex.
        assertThat(IdCardNumber.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @Test
    @DisplayName("W1.2 the profile refuses what contradicts the ID card and lists what is missing")
    void profile() {
        assertThat(Profile.empty().missingForSubmission())
                .containsExactly("realName", "idNumber", "gender", "birthYear", "skills", "districts", "hourlyRateFen");
        assertThat(complete().missingForSubmission()).isEmpty();
        assertThat(code(() -> new Profile(Optional.of("王小梅"), Optional.of(Gender.MALE), Optional.of(1990),
                Optional.of(IdCardNumber.parse(idNumber("44030519900101122"))), 6, List.of(), Set.of(), Set.of(), Optional.empty(), 0,
                Optional.empty(), Set.of(), ""))).isEqualTo("worker.gender-mismatch");
        assertThat(code(() -> new Profile(Optional.of("X"), Optional.empty(), Optional.empty(), Optional.empty(), 0, List.of(), Set.of(),
                Set.of(), Optional.empty(), 0, Optional.empty(), Set.of(), ""))).isEqualTo("worker.real-name-invalid");
        assertThat(code(() -> new Profile(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, List.of(), Set.of(),
                Set.of(RegionCode.of("440300")), Optional.empty(), 0, Optional.empty(), Set.of(), ""))).isEqualTo("worker.districts-invalid");
        assertThat(code(() -> new Profile(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, List.of(), Set.of(),
                Set.of(), Optional.empty(), 0, Optional.of(Money.ofFen(1999)), Set.of(), ""))).isEqualTo("worker.rate-out-of-range");
    }

    @Test
    @DisplayName("W1.2 A2.1 certification: draft → submitted → rejected → resubmitted → approved; frozen under review; identity locked after")
    void certification() {
        Worker draft = Worker.register(UUID.randomUUID(), NOW).withProfile(complete()).withPhoto(UUID.randomUUID());
        assertThat(code(() -> draft.submit(0, false, NOW))).isEqualTo("worker.profile-incomplete");
        assertThat(code(() -> draft.submit(1, false, NOW))).as("needs a face check").isEqualTo("worker.profile-incomplete");
        Worker submitted = draft.submit(1, true, NOW);
        assertThat(submitted.certification()).isEqualTo(Certification.SUBMITTED);
        assertThat(code(() -> submitted.withProfile(complete()))).isEqualTo("worker.under-review");
        assertThat(code(() -> submitted.reject(" "))).isEqualTo("worker.reason-required");
        Worker rejected = submitted.reject("证书照片不清晰");
        assertThat(rejected.rejectionReason()).contains("证书照片不清晰");
        assertThat(rejected.mayTakeOrders(NOW)).isFalse();
        Worker approved = rejected.withProfile(complete()).submit(1, true, NOW).approve(NOW);
        assertThat(approved.mayTakeOrders(NOW)).isTrue();
        assertThat(approved.rejectionReason()).isEmpty();
        Profile renamed = new Profile(Optional.of("李小梅"), complete().gender(), complete().birthYear(), complete().idNumber(), 6,
                List.of(), Set.of(Skill.DAILY_CLEANING), Set.of(RegionCode.of("440305")), Optional.empty(), 0,
                Optional.of(Money.ofYuan(60)), Set.of(), "");
        assertThat(code(() -> approved.withProfile(renamed))).isEqualTo("worker.identity-locked");
        assertThat(code(() -> approved.approve(NOW))).isEqualTo("worker.not-under-review");
    }

    @Test
    @DisplayName("A2.1 a suspension stops order-taking until it ends; removal is final; appeals are one each")
    void penalties() {
        Worker approved = Worker.register(UUID.randomUUID(), NOW).withProfile(complete()).withPhoto(UUID.randomUUID())
                .submit(1, true, NOW).approve(NOW);
        Worker suspended = approved.suspend(NOW.plus(Duration.ofDays(3)));
        assertThat(suspended.mayTakeOrders(NOW.plus(Duration.ofDays(2)))).isFalse();
        assertThat(suspended.mayTakeOrders(NOW.plus(Duration.ofDays(3)))).isTrue();
        assertThat(suspended.reinstate().mayTakeOrders(NOW)).isTrue();
        Worker removed = approved.remove();
        assertThat(removed.mayTakeOrders(NOW)).isFalse();
        assertThat(code(() -> removed.withProfile(complete()))).isEqualTo("worker.removed");

        assertThat(code(() -> Penalty.impose(UUID.randomUUID(), approved.accountId(), Penalty.Kind.SUSPENSION, "多次迟到", "投诉三次",
                Optional.empty(), UUID.randomUUID(), NOW))).isEqualTo("worker.suspension-end-required");
        assertThat(code(() -> Penalty.impose(UUID.randomUUID(), approved.accountId(), Penalty.Kind.WARNING, "多次迟到", " ",
                Optional.empty(), UUID.randomUUID(), NOW))).isEqualTo("worker.evidence-required");
        Penalty warning = Penalty.impose(UUID.randomUUID(), approved.accountId(), Penalty.Kind.WARNING, "服务迟到", "订单评价 2 星",
                Optional.empty(), UUID.randomUUID(), NOW);
        Penalty appealed = warning.appeal("当天暴雨交通管制,已提前告知客户", NOW);
        assertThat(code(() -> appealed.appeal("再申诉一次试试看", NOW))).isEqualTo("worker.appeal-once");
        Penalty decided = appealed.decideAppeal(Penalty.AppealOutcome.OVERTURNED, "情况属实", UUID.randomUUID(), NOW);
        assertThat(decided.appealOutcome()).contains(Penalty.AppealOutcome.OVERTURNED);
        assertThat(code(() -> decided.decideAppeal(Penalty.AppealOutcome.UPHELD, "改判", UUID.randomUUID(), NOW)))
                .isEqualTo("worker.appeal-decided");
    }

    @Test
    @DisplayName("W4.2 A2.1 a suspension lifted by a course needs no end, stops order-taking until the course is passed, "
            + "and passing it puts the worker back to taking orders")
    void suspensionUntilRetrained() {
        Worker approved = Worker.register(UUID.randomUUID(), NOW).withProfile(complete()).withPhoto(UUID.randomUUID())
                .submit(1, true, NOW).approve(NOW);
        assertThat(code(() -> Penalty.impose(UUID.randomUUID(), approved.accountId(), Penalty.Kind.SUSPENSION, "多次迟到", "投诉三次",
                Optional.empty(), UUID.randomUUID(), NOW))).isEqualTo("worker.suspension-end-required");
        Penalty open = Penalty.suspendUntilRetrained(UUID.randomUUID(), approved.accountId(), "清洁不达标", "投诉三次", Optional.empty(),
                UUID.randomUUID(), NOW);
        assertThat(open.kind()).isEqualTo(Penalty.Kind.SUSPENSION);
        assertThat(open.suspendedUntil()).isEmpty();
        assertThat(code(() -> Penalty.suspendUntilRetrained(UUID.randomUUID(), approved.accountId(), "清洁不达标", "投诉三次",
                Optional.of(NOW.minusSeconds(1)), UUID.randomUUID(), NOW))).isEqualTo("worker.suspension-end-required");
        Worker suspended = approved.suspendUntilRetrained(Optional.empty());
        assertThat(suspended.mayTakeOrders(NOW.plus(Duration.ofDays(365)))).as("no end of its own").isFalse();
        assertThat(suspended.workState()).isEqualTo(WorkState.RESTING);
        Worker back = suspended.reinstateAfterRetraining();
        assertThat(back.standing()).isEqualTo(Standing.ACTIVE);
        assertThat(back.takesNewOrders(NOW)).isTrue();
        assertThat(approved.reinstateAfterRetraining()).as("an active worker stays as she is").isSameAs(approved);
    }

    private static WeeklyHours nineToSixEveryDay() {
        Map<DayOfWeek, List<MinuteWindow>> days = new java.util.EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            days.put(d, List.of(new MinuteWindow(9 * 60, 12 * 60), new MinuteWindow(13 * 60, 18 * 60)));
        }
        return new WeeklyHours(days);
    }

    @Test
    @DisplayName("W2.3 free time is the week's hours plus extra, minus leave and bookings, in the worker's zone")
    void freeTime() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        LocalDate day = LocalDate.of(2026, 12, 1);
        TimeRange wholeDay = new TimeRange(day.atStartOfDay(shanghai).toInstant(), day.plusDays(1).atStartOfDay(shanghai).toInstant());
        Instant at10 = day.atTime(10, 0).atZone(shanghai).toInstant();
        List<TimeRange> free = Availability.freeTime(shanghai, nineToSixEveryDay(),
                List.of(new ScheduleException(UUID.randomUUID(), day, ScheduleException.Kind.LEAVE, new MinuteWindow(15 * 60, 18 * 60), "体检"),
                        new ScheduleException(UUID.randomUUID(), day, ScheduleException.Kind.EXTRA, new MinuteWindow(19 * 60, 21 * 60), "")),
                List.of(TimeRange.of(at10, Duration.ofHours(1))), wholeDay);
        assertThat(free).extracting(r -> r.start().atZone(shanghai).toLocalTime() + "-" + r.end().atZone(shanghai).toLocalTime())
                .containsExactly("09:00-10:00", "11:00-12:00", "13:00-15:00", "19:00-21:00");
    }

    @Test
    @DisplayName("W2.3 across midnight, month ends and a daylight-saving change, days keep their real length")
    void zones() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Map<DayOfWeek, List<MinuteWindow>> nights = new java.util.EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            nights.put(d, List.of(new MinuteWindow(0, 4 * 60), new MinuteWindow(22 * 60, 1440)));
        }
        LocalDate springForward = LocalDate.of(2026, 3, 29);
        TimeRange range = new TimeRange(springForward.atStartOfDay(berlin).toInstant(), springForward.plusDays(1).atStartOfDay(berlin).toInstant());
        List<TimeRange> free = Availability.freeTime(berlin, new WeeklyHours(nights), List.of(), List.of(), range);
        assertThat(free.stream().map(TimeRange::duration).reduce(Duration.ZERO, Duration::plus))
                .as("00:00–04:00 has only three real hours on that night").isEqualTo(Duration.ofHours(5));
        assertThat(range.duration()).isEqualTo(Duration.ofHours(23));

        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        LocalDate monthEnd = LocalDate.of(2026, 11, 30);
        TimeRange twoDays = new TimeRange(monthEnd.atTime(20, 0).atZone(shanghai).toInstant(),
                monthEnd.plusDays(1).atTime(3, 0).atZone(shanghai).toInstant());
        List<TimeRange> acrossMidnight = Availability.freeTime(shanghai, new WeeklyHours(nights), List.of(), List.of(), twoDays);
        assertThat(acrossMidnight).hasSize(1);
        assertThat(acrossMidnight.get(0).duration()).isEqualTo(Duration.ofHours(5));
    }

    @Test
    @DisplayName("W2.3 interval arithmetic: union and subtraction agree with a minute-by-minute count (5 000 random cases)")
    void intervals() {
        SplittableRandom random = new SplittableRandom(11);
        Instant base = Instant.parse("2026-12-01T00:00:00Z");
        for (int round = 0; round < 5_000; round++) {
            boolean[] inA = new boolean[600];
            boolean[] inB = new boolean[600];
            List<TimeRange> a = new java.util.ArrayList<>();
            List<TimeRange> b = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int s = random.nextInt(0, 590);
                int len = random.nextInt(1, 600 - s);
                a.add(new TimeRange(base.plusSeconds(60L * s), base.plusSeconds(60L * (s + len))));
                for (int m = s; m < s + len; m++) {
                    inA[m] = true;
                }
                int t = random.nextInt(0, 590);
                int len2 = random.nextInt(1, 600 - t);
                b.add(new TimeRange(base.plusSeconds(60L * t), base.plusSeconds(60L * (t + len2))));
                for (int m = t; m < t + len2; m++) {
                    inB[m] = true;
                }
            }
            List<TimeRange> diff = IntervalReference.subtract(IntervalReference.union(a), IntervalReference.union(b));
            long expected = 0;
            for (int m = 0; m < 600; m++) {
                if (inA[m] && !inB[m]) {
                    expected++;
                }
            }
            assertThat(diff.stream().mapToLong(r -> r.duration().toMinutes()).sum()).isEqualTo(expected);
            for (int i = 1; i < diff.size(); i++) {
                assertThat(diff.get(i).start()).isAfterOrEqualTo(diff.get(i - 1).end());
            }
        }
    }

    @Test
    @DisplayName("W2.3 weekly hours refuse overlapping, odd or too many windows")
    void weeklyHoursRules() {
        assertThatThrownBy(() -> new MinuteWindow(9 * 60 + 5, 12 * 60)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new MinuteWindow(12 * 60, 9 * 60)).isInstanceOf(DomainException.class);
        assertThat(code(() -> new WeeklyHours(Map.of(DayOfWeek.MONDAY, List.of(new MinuteWindow(540, 720), new MinuteWindow(600, 780))))))
                .isEqualTo("worker.windows-overlap");
        assertThat(code(() -> new WeeklyHours(Map.of(DayOfWeek.MONDAY, List.of(new MinuteWindow(0, 60), new MinuteWindow(60, 120),
                new MinuteWindow(120, 180), new MinuteWindow(180, 240), new MinuteWindow(240, 300)))))).isEqualTo("worker.too-many-windows");
    }

    @Test
    @DisplayName("C3.1 names are spelt in pinyin and initials for searching")
    void spelling() {
        assertThat(NameSpelling.of("王小梅")).isEqualTo(new NameSpelling("wangxiaomei", "wxm"));
        assertThat(NameSpelling.of("吕丽")).isEqualTo(new NameSpelling("lvli", "ll"));
        assertThat(NameSpelling.normaliseQuery(" Wang Xiao ")).isEqualTo("wangxiao");
    }
}
