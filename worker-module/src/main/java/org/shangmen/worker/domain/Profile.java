package org.shangmen.worker.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Money;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.api.Skill;

/**
 * What a worker tells the platform and customers about themselves (W1.2). Every field is checked
 * here; a profile may be incomplete while it is a draft, and must be complete to be submitted.
 */
public record Profile(
        Optional<String> realName,
        Optional<Gender> gender,
        Optional<Integer> birthYear,
        Optional<IdCardNumber> idNumber,
        int experienceYears,
        List<String> formerEmployers,
        Set<Skill> skills,
        Set<RegionCode> districts,
        Optional<GeoPoint> home,
        int serviceRadiusMetres,
        Optional<Money> hourlyRate,
        Set<String> languages,
        String introduction) {

    public static final int MAX_EMPLOYERS = 10;
    public static final int MAX_INTRODUCTION = 500;
    public static final Money MIN_RATE = Money.ofYuan(20);
    public static final Money MAX_RATE = Money.ofYuan(2_000);

    public Profile {
        realName = realName.map(String::strip).filter(n -> !n.isEmpty());
        if (realName.isPresent() && !realName.get().matches("[\\u4e00-\\u9fa5·]{2,15}|[A-Za-z][A-Za-z .'-]{1,31}")) {
            throw DomainException.invalid("worker.real-name-invalid");
        }
        if (birthYear.isPresent() && (birthYear.get() < 1940 || birthYear.get() > 2010)) {
            throw DomainException.invalid("worker.birth-year-invalid");
        }
        if (experienceYears < 0 || experienceYears > 60) {
            throw DomainException.invalid("worker.experience-invalid");
        }
        formerEmployers = List.copyOf(formerEmployers.stream().map(String::strip).filter(e -> !e.isEmpty()).toList());
        if (formerEmployers.size() > MAX_EMPLOYERS || formerEmployers.stream().anyMatch(e -> e.length() > 60)) {
            throw DomainException.invalid("worker.employers-invalid", MAX_EMPLOYERS);
        }
        skills = Set.copyOf(skills);
        districts = Set.copyOf(districts);
        if (districts.stream().anyMatch(d -> d.level() != RegionCode.Level.DISTRICT) || districts.size() > 20) {
            throw DomainException.invalid("worker.districts-invalid");
        }
        if (serviceRadiusMetres < 0 || serviceRadiusMetres > 50_000) {
            throw DomainException.invalid("worker.radius-out-of-range");
        }
        if (hourlyRate.isPresent() && (hourlyRate.get().isLessThan(MIN_RATE) || hourlyRate.get().isGreaterThan(MAX_RATE))) {
            throw DomainException.invalid("worker.rate-out-of-range", MIN_RATE.fen(), MAX_RATE.fen());
        }
        languages = Set.copyOf(languages);
        if (languages.size() > 8 || languages.stream().anyMatch(l -> l.isBlank() || l.length() > 16)) {
            throw DomainException.invalid("worker.languages-invalid");
        }
        introduction = introduction == null ? "" : introduction.strip();
        if (introduction.length() > MAX_INTRODUCTION) {
            throw DomainException.invalid("worker.introduction-too-long", MAX_INTRODUCTION);
        }
        if (idNumber.isPresent() && birthYear.isPresent() && idNumber.get().birthYear() != birthYear.get()) {
            throw DomainException.invalid("worker.birth-year-mismatch");
        }
        if (idNumber.isPresent() && gender.isPresent() && idNumber.get().gender() != gender.get()) {
            throw DomainException.invalid("worker.gender-mismatch");
        }
    }

    public static Profile empty() {
        return new Profile(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, List.of(), Set.of(),
                Set.of(), Optional.empty(), 0, Optional.empty(), Set.of(), "");
    }

    /** What is still missing before the profile can be submitted, named like the profile request's fields. */
    public List<String> missingForSubmission() {
        List<String> missing = new java.util.ArrayList<>();
        if (realName.isEmpty()) {
            missing.add("realName");
        }
        if (idNumber.isEmpty()) {
            missing.add("idNumber");
        }
        if (gender.isEmpty()) {
            missing.add("gender");
        }
        if (birthYear.isEmpty()) {
            missing.add("birthYear");
        }
        if (skills.isEmpty()) {
            missing.add("skills");
        }
        if (districts.isEmpty() && (home.isEmpty() || serviceRadiusMetres == 0)) {
            missing.add("districts");
        }
        if (hourlyRate.isEmpty()) {
            missing.add("hourlyRateFen");
        }
        return missing;
    }

    /** Identity fields cannot change once certified: that would need a new review. */
    public boolean sameIdentityAs(Profile other) {
        return realName.equals(other.realName) && idNumber.equals(other.idNumber) && gender.equals(other.gender)
                && birthYear.equals(other.birthYear);
    }
}
