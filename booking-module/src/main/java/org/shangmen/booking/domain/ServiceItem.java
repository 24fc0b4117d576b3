package org.shangmen.booking.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.shangmen.booking.api.CatalogueAdministration.ItemDraft;
import org.shangmen.booking.api.ItemStatus;
import org.shangmen.booking.api.OptionSpec;
import org.shangmen.booking.api.OptionType;
import org.shangmen.booking.api.OptionValue;
import org.shangmen.booking.api.PricingUnit;
import org.shangmen.kernel.DomainException;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;

/**
 * A service item of the catalogue (C2.1, C2.2, A2.2): what it is, how it is priced and timed, which
 * worker may do it, and the options a customer may choose. Operators write it as an {@link ItemDraft};
 * every rule of the declaration is checked here.
 */
public record ServiceItem(UUID id, String code, String categoryCode, String name, String description, List<String> standards,
                          PricingUnit unit, long basePriceFen, int minimumMinutes, int typicalMinutes, Skill skill,
                          Set<CertificateType> requiredCertificates, int sortOrder, ItemStatus status, List<OptionSpec> options,
                          int version, Instant updatedAt) {

    public static final long MAX_PRICE_FEN = 100_000_000L;
    public static final int MAX_OPTIONS = 20;
    public static final int MAX_VALUES = 20;
    public static final int MAX_NAME = 20;
    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_STANDARDS = 20;
    public static final int MAX_STANDARD = 200;
    static final Pattern OPTION_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,29}");
    static final Pattern VALUE_KEY = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_-]{0,29}");

    public ServiceItem {
        standards = List.copyOf(standards);
        requiredCertificates = requiredCertificates.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(requiredCertificates));
        options = List.copyOf(options);
    }

    /** A new, active item from an operator's draft. */
    public static ServiceItem define(UUID id, ItemDraft draft, int sortOrder, Instant now) {
        ItemDraft d = check(draft);
        return new ServiceItem(id, d.code(), d.categoryCode(), d.name(), d.description(), d.standards(), d.unit(), d.basePriceFen(),
                d.minimumMinutes(), d.typicalMinutes(), d.skill(), d.requiredCertificates(), sortOrder, ItemStatus.ACTIVE,
                d.options(), 1, now);
    }

    /** The item with new content; id, code, status and place are kept unless the category changes. */
    public ServiceItem edit(ItemDraft draft, int newSortOrder, Instant now) {
        ItemDraft d = check(draft);
        if (!d.code().equals(code)) {
            throw DomainException.invalid("booking.item-code-immutable");
        }
        return new ServiceItem(id, code, d.categoryCode(), d.name(), d.description(), d.standards(), d.unit(), d.basePriceFen(),
                d.minimumMinutes(), d.typicalMinutes(), d.skill(), d.requiredCertificates(), newSortOrder, status, d.options(),
                version + 1, now);
    }

    public ServiceItem withStatus(ItemStatus newStatus, Instant now) {
        if (newStatus == status) {
            return this;
        }
        return new ServiceItem(id, code, categoryCode, name, description, standards, unit, basePriceFen, minimumMinutes,
                typicalMinutes, skill, requiredCertificates, sortOrder, newStatus, options, version + 1, now);
    }

    public ServiceItem withSortOrder(int newSortOrder, Instant now) {
        if (newSortOrder == sortOrder) {
            return this;
        }
        return new ServiceItem(id, code, categoryCode, name, description, standards, unit, basePriceFen, minimumMinutes,
                typicalMinutes, skill, requiredCertificates, newSortOrder, status, options, version + 1, now);
    }

    public boolean isActive() {
        return status == ItemStatus.ACTIVE;
    }

    public Optional<OptionSpec> option(String key) {
        return options.stream().filter(o -> o.key().equals(key)).findFirst();
    }

    public Optional<OptionSpec> quantityOption() {
        return options.stream().filter(OptionSpec::quantity).findFirst();
    }

    /** Checks a draft and answers it normalised: trimmed text, no null lists. */
    static ItemDraft check(ItemDraft d) {
        if (d == null) {
            throw DomainException.invalid("booking.item-incomplete");
        }
        if (d.code() == null || !Category.CODE.matcher(d.code()).matches()) {
            throw DomainException.invalid("booking.item-code-invalid");
        }
        if (d.categoryCode() == null || !Category.CODE.matcher(d.categoryCode()).matches()) {
            throw DomainException.invalid("booking.category-code-invalid");
        }
        String name = strip(d.name());
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw DomainException.invalid("booking.item-name-invalid", MAX_NAME);
        }
        String description = strip(d.description());
        if (description.length() > MAX_DESCRIPTION) {
            throw DomainException.invalid("booking.item-description-too-long", MAX_DESCRIPTION);
        }
        List<String> standards = d.standards() == null ? List.of() : d.standards().stream().map(ServiceItem::strip)
                .filter(s -> !s.isEmpty()).toList();
        if (standards.size() > MAX_STANDARDS || standards.stream().anyMatch(s -> s.length() > MAX_STANDARD)) {
            throw DomainException.invalid("booking.item-standards-invalid", MAX_STANDARDS, MAX_STANDARD);
        }
        if (d.unit() == null) {
            throw DomainException.invalid("booking.item-unit-required");
        }
        if (d.basePriceFen() <= 0 || d.basePriceFen() > MAX_PRICE_FEN) {
            throw DomainException.invalid("booking.item-price-invalid");
        }
        if (d.minimumMinutes() < 30 || d.minimumMinutes() > 1440 || d.typicalMinutes() < 0 || d.typicalMinutes() > 1440) {
            throw DomainException.invalid("booking.item-minutes-invalid");
        }
        if (d.skill() == null) {
            throw DomainException.invalid("booking.item-skill-required");
        }
        Set<CertificateType> certificates = d.requiredCertificates() == null ? Set.of() : d.requiredCertificates();
        if (certificates.stream().anyMatch(java.util.Objects::isNull)) {
            throw DomainException.invalid("booking.item-incomplete");
        }
        List<OptionSpec> options = d.options() == null ? List.of() : d.options();
        checkOptions(options, d.unit());
        return new ItemDraft(d.code(), d.categoryCode(), name, description, standards, d.unit(), d.basePriceFen(),
                d.minimumMinutes(), d.typicalMinutes(), d.skill(), certificates, options);
    }

    private static void checkOptions(List<OptionSpec> options, PricingUnit unit) {
        if (options.size() > MAX_OPTIONS) {
            throw DomainException.invalid("booking.options-too-many", MAX_OPTIONS);
        }
        Set<String> keys = new HashSet<>();
        int quantities = 0;
        for (OptionSpec o : options) {
            if (o == null || o.key() == null || !OPTION_KEY.matcher(o.key()).matches() || !keys.add(o.key())) {
                throw DomainException.invalid("booking.option-key-invalid", o == null ? "" : String.valueOf(o.key()));
            }
            String key = o.key();
            String label = strip(o.label());
            if (label.isEmpty() || label.length() > MAX_NAME || o.type() == null) {
                throw declaration(key);
            }
            if (o.quantity()) {
                quantities++;
            }
            switch (o.type()) {
                case CHOICE, MULTI_CHOICE -> {
                    checkValues(key, o.values());
                    if (o.type() == OptionType.MULTI_CHOICE && (o.maxChoices() < 1 || o.maxChoices() > o.values().size())) {
                        throw declaration(key);
                    }
                    if (o.quantity() || o.type() == OptionType.MULTI_CHOICE && o.required()) {
                        throw declaration(key);
                    }
                }
                case NUMBER -> {
                    boolean grid = o.step() >= 1 && o.min() >= 0 && o.max() >= o.min() && o.max() <= 100_000;
                    boolean defaultOk = o.defaultValue() == null || o.defaultValue() >= o.min() && o.defaultValue() <= o.max()
                            && (o.defaultValue() - o.min()) % o.step() == 0;
                    boolean amounts = o.surchargePerUnitFen() >= 0 && o.surchargePerUnitFen() <= 1_000_000
                            && o.extraMinutesPerUnit() >= 0 && o.extraMinutesPerUnit() <= 600;
                    boolean quantityOk = !o.quantity() || o.min() >= 1 && o.surchargePerUnitFen() == 0;
                    if (!grid || !defaultOk || !amounts || !quantityOk) {
                        throw declaration(key);
                    }
                }
                case TEXT -> {
                    if (o.maxLength() < 1 || o.maxLength() > 500 || o.quantity()) {
                        throw declaration(key);
                    }
                }
            }
        }
        if (unit == PricingUnit.PER_VISIT ? quantities != 0 : quantities != 1) {
            throw DomainException.invalid("booking.item-quantity-option", unit.chineseName());
        }
    }

    private static void checkValues(String key, List<OptionValue> values) {
        if (values.isEmpty() || values.size() > MAX_VALUES) {
            throw declaration(key);
        }
        Set<String> valueKeys = new HashSet<>();
        for (OptionValue v : values) {
            if (v == null || v.key() == null || !VALUE_KEY.matcher(v.key()).matches() || !valueKeys.add(v.key())
                    || strip(v.label()).isEmpty() || strip(v.label()).length() > MAX_NAME
                    || v.surchargeFen() < 0 || v.surchargeFen() > 10_000_000
                    || v.surchargeBasisPoints() < 0 || v.surchargeBasisPoints() > 10_000
                    || v.extraMinutes() < 0 || v.extraMinutes() > 600) {
                throw declaration(key);
            }
        }
    }

    private static DomainException declaration(String key) {
        return DomainException.invalid("booking.option-declaration-invalid", key);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
