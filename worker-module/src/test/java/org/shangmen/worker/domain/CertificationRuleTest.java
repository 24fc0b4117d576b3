package org.shangmen.worker.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.domain.CertificationRule.Facts;
import org.shangmen.worker.domain.CertificationRule.FaceCheckRule;

class CertificationRuleTest {

    private static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");

    private static CertificationRule rule(Set<CertificateType> required, Integer minAge, int minExperience, Set<RegionCode> regions,
                                          FaceCheckRule face, boolean background) {
        return new CertificationRule(UUID.randomUUID(), Skill.MATERNITY_NURSE, 2, required, Set.of(), 1, Optional.ofNullable(minAge),
                minExperience, regions, face, background, false, 30, "", NOW, Optional.empty(), NOW);
    }

    private static Facts facts(Set<CertificateType> types, int birthYear, int experience, boolean faceVerified) {
        return new Facts(types, types.size(), Optional.of(birthYear), experience, Set.of(RegionCode.of("440305")), faceVerified, Set.of());
    }

    @Test
    @DisplayName("A1.1 a worker lacking a required certificate, the age, the experience or the district gets each named as missing")
    void namesEveryGap() {
        CertificationRule strict = rule(Set.of(CertificateType.MATERNITY_NURSE, CertificateType.HEALTH), 25, 3,
                Set.of(RegionCode.of("440100")), FaceCheckRule.REQUIRED, false);
        assertThat(strict.gaps(facts(Set.of(CertificateType.HEALTH), 2005, 1, false), 2026, true, true))
                .containsExactly("document:MATERNITY_NURSE", "minAge", "experienceYears", "districts", "faceCheck");
        assertThat(strict.gaps(new Facts(Set.of(CertificateType.HEALTH, CertificateType.MATERNITY_NURSE), 2, Optional.of(1990), 6,
                Set.of(RegionCode.of("440106")), true, Set.of()), 2026, true, false)).isEmpty();
    }

    @Test
    @DisplayName("A1.1 a manual identity check stands in for the face check only where the rule allows it; steps are asked of certified workers")
    void faceCheckAndSteps() {
        CertificationRule lenient = rule(Set.of(), null, 0, Set.of(), FaceCheckRule.MANUAL_ALLOWED, true);
        Facts unverified = facts(Set.of(CertificateType.HOUSEKEEPER), 1990, 2, false);
        assertThat(lenient.gaps(unverified, 2026, true, true)).isEmpty();
        assertThat(lenient.gaps(unverified, 2026, true, false)).containsExactly("faceCheck");
        assertThat(lenient.gaps(unverified, 2026, false, false)).containsExactly("backgroundCheck");
        assertThat(rule(Set.of(), null, 0, Set.of(), FaceCheckRule.REQUIRED, false).gaps(unverified, 2026, true, true))
                .containsExactly("faceCheck");
    }

    @Test
    @DisplayName("A1.1 a rule out of range is refused with a code saying what to send")
    void refusesOutOfRange() {
        assertThatThrownBy(() -> rule(Set.of(), 12, 0, Set.of(), FaceCheckRule.REQUIRED, false))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("worker.rule-age-out-of-range"));
        assertThatThrownBy(() -> rule(Set.of(), null, 0, Set.of(RegionCode.of("440000")), FaceCheckRule.REQUIRED, false))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("worker.rule-regions-invalid"));
    }
}
