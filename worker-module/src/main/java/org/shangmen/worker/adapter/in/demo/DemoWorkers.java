package org.shangmen.worker.adapter.in.demo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.shangmen.kernel.DemoData;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.api.WorkerAdministration;
import org.shangmen.worker.application.port.in.ManageSchedule;
import org.shangmen.worker.application.port.in.ManageWorkerProfile;
import org.shangmen.worker.application.port.in.CertifyWorker;
import org.shangmen.worker.application.port.in.CertifyWorker.CertificateCommand;
import org.shangmen.worker.application.port.in.ManageWorkerProfile.ProfileCommand;
import org.shangmen.worker.domain.Gender;
import org.shangmen.worker.domain.IdCardNumber;
import org.shangmen.worker.domain.MinuteWindow;
import org.shangmen.worker.domain.WeeklyHours;
import org.shangmen.worker.domain.WorkState;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Six certified workers in Shenzhen for the demo accounts 13800000001–06: profiles, a photo, their
 * certificates, approval and weekly hours, all through the module's own use cases.
 */
@Component
@Profile("demo")
class DemoWorkers implements DemoData {

    record Demo(String key, String name, Gender gender, int birthYear, String district, Set<Skill> skills, Set<String> districts,
                long rateFen, int experience, Set<CertificateType> certificates, double lat, double lng) {
    }

    static final List<Demo> WORKERS = List.of(
            new Demo("worker-1", "王小梅", Gender.FEMALE, 1985, "440305", Set.of(Skill.DAILY_CLEANING, Skill.DEEP_CLEANING),
                    Set.of("440305", "440304"), 4_500, 8, Set.of(CertificateType.HOUSEKEEPER, CertificateType.HEALTH), 22.535, 113.944),
            new Demo("worker-2", "李桂兰", Gender.FEMALE, 1972, "440304", Set.of(Skill.ELDERLY_CARE, Skill.PATIENT_CARE),
                    Set.of("440304", "440303"), 6_000, 12, Set.of(CertificateType.ELDERLY_CARE, CertificateType.HEALTH), 22.541, 114.055),
            new Demo("worker-3", "张秀英", Gender.FEMALE, 1980, "440306", Set.of(Skill.MATERNITY_NURSE, Skill.NANNY),
                    Set.of("440305", "440306"), 12_000, 10, Set.of(CertificateType.MATERNITY_NURSE, CertificateType.HEALTH), 22.555, 113.884),
            new Demo("worker-4", "刘建国", Gender.MALE, 1978, "440307", Set.of(Skill.APPLIANCE_CLEANING, Skill.HOME_MAINTENANCE),
                    Set.of("440307", "440309", "440305"), 8_000, 15, Set.of(CertificateType.HOUSEKEEPER), 22.643, 114.074),
            new Demo("worker-5", "陈美华", Gender.FEMALE, 1990, "440306", Set.of(Skill.DAILY_CLEANING, Skill.NANNY),
                    Set.of("440306", "440305"), 4_000, 4, Set.of(CertificateType.HOUSEKEEPER, CertificateType.CHILDCARE), 22.560, 113.900),
            new Demo("worker-6", "赵丽娟", Gender.FEMALE, 1968, "440303", Set.of(Skill.ELDERLY_CARE, Skill.DAILY_CLEANING),
                    Set.of("440303", "440308"), 5_500, 20, Set.of(CertificateType.ELDERLY_CARE), 22.563, 114.126));

    private final ManageWorkerProfile profiles;
    private final CertifyWorker certification;
    private final WorkerAdministration review;
    private final ManageSchedule schedules;

    private final int loadWorkers;

    DemoWorkers(ManageWorkerProfile profiles, CertifyWorker certification, WorkerAdministration review, ManageSchedule schedules,
                @Value("${shangmen.demo.load-workers:0}") int loadWorkers) {
        this.loadWorkers = loadWorkers;
        this.profiles = profiles;
        this.certification = certification;
        this.review = review;
        this.schedules = schedules;
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public void seed() {
        List<Demo> all = new java.util.ArrayList<>(WORKERS);
        for (int i = 1; i <= loadWorkers; i++) {
            // Daily cleaners around Nanshan for the booking-loop load driver, 13900000001 on.
            all.add(new Demo("load-worker-" + i, "林" + "春夏秋冬梅兰竹菊".charAt(i % 8) + "芳", Gender.FEMALE, 1975 + i % 20, "440305",
                    Set.of(Skill.DAILY_CLEANING), Set.of("440305"), 4_000 + 100L * (i % 10), 3 + i % 10,
                    Set.of(CertificateType.HOUSEKEEPER, CertificateType.HEALTH), 22.520 + 0.002 * (i % 15), 113.930 + 0.002 * (i / 15)));
        }
        UUID operator = DemoData.accountId("operator");
        for (int i = 0; i < all.size(); i++) {
            Demo d = all.get(i);
            UUID id = DemoData.accountId(d.key());
            if (!profiles.view(id).certification().equals("DRAFT")) {
                continue;
            }
            String first17 = d.district() + d.birthYear() + String.format("%04d", 615 + i / 80) + String.format("%02d", 10 + i % 80)
                    + (d.gender() == Gender.FEMALE ? 2 : 1);
            profiles.updateProfile(id, new ProfileCommand(Optional.of(d.name()), Optional.of(d.gender()), Optional.of(d.birthYear()),
                    Optional.of(first17 + IdCardNumber.checkCharacter(first17)), d.experience(), List.of("深圳市好帮手家政服务有限公司"),
                    d.skills(), d.districts(), Optional.of(d.lat()), Optional.of(d.lng()), 8_000, Optional.of(d.rateFen()),
                    Set.of("普通话"), "从事家政服务 " + d.experience() + " 年,认真负责,守时守约。"));
            profiles.uploadPhoto(id, portrait(new Color(200 - 20 * (i % 6), 160 + 10 * (i % 6), 180)));
            int n = 0;
            for (CertificateType type : d.certificates()) {
                certification.addCertificate(id, new CertificateCommand(type, "SZ-" + d.birthYear() + "-" + (100 + i) + n++,
                        "深圳市人力资源和社会保障局", LocalDate.of(2023, 3, 1), Optional.of(LocalDate.of(2029, 2, 28))), portrait(Color.WHITE));
            }
            certification.submit(id, true);
            review.approve(id, operator);
            Map<DayOfWeek, List<MinuteWindow>> week = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.getValue() != 1 + i % 7) {
                    week.put(day, List.of(new MinuteWindow(8 * 60, 12 * 60), new MinuteWindow(13 * 60 + 30, 19 * 60)));
                }
            }
            schedules.setWeeklyHours(id, new WeeklyHours(week));
            profiles.setWorkState(id, WorkState.WORKING);
        }
    }

    private static byte[] portrait(Color color) {
        try {
            BufferedImage image = new BufferedImage(240, 320, BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            g.setColor(color);
            g.fillRect(0, 0, 240, 320);
            g.setColor(Color.DARK_GRAY);
            g.fillOval(70, 60, 100, 120);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
