package org.shangmen.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.booking.api.CatalogueAdministration.ItemDraft;
import org.shangmen.booking.api.ItemStatus;
import org.shangmen.booking.api.OptionSpec;
import org.shangmen.booking.api.OptionValue;
import org.shangmen.booking.api.PricingUnit;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.RegionCode;

class CatalogueRulesTest {

    private static ItemDraft with(UnaryOperator<List<OptionSpec>> options) {
        ItemDraft d = Fixtures.dailyCleaningDraft("daily-cleaning");
        return new ItemDraft(d.code(), d.categoryCode(), d.name(), d.description(), d.standards(), d.unit(), d.basePriceFen(),
                d.minimumMinutes(), d.typicalMinutes(), d.skill(), d.requiredCertificates(), options.apply(d.options()));
    }

    private static String refusal(ItemDraft draft) {
        try {
            ServiceItem.define(UUID.randomUUID(), draft, 10, Fixtures.NOW);
            return "accepted";
        } catch (DomainException e) {
            return e.code();
        }
    }

    @Test
    @DisplayName("A2.2 an item is defined active at version 1, edited to a new version, retired and reactivated")
    void lifecycle() {
        ServiceItem item = Fixtures.dailyCleaning();
        assertThat(item.status()).isEqualTo(ItemStatus.ACTIVE);
        assertThat(item.version()).isEqualTo(1);
        ItemDraft d = Fixtures.dailyCleaningDraft("daily-cleaning");
        ServiceItem edited = item.edit(new ItemDraft(d.code(), d.categoryCode(), " 日常保洁(新) ", d.description(), d.standards(),
                d.unit(), 4_800, d.minimumMinutes(), d.typicalMinutes(), d.skill(), d.requiredCertificates(), d.options()), 10,
                Fixtures.NOW);
        assertThat(edited.name()).isEqualTo("日常保洁(新)");
        assertThat(edited.basePriceFen()).isEqualTo(4_800);
        assertThat(edited.version()).isEqualTo(2);
        ServiceItem retired = edited.withStatus(ItemStatus.RETIRED, Fixtures.NOW);
        assertThat(retired.isActive()).isFalse();
        assertThat(retired.withStatus(ItemStatus.RETIRED, Fixtures.NOW)).isSameAs(retired);
        assertThat(retired.withStatus(ItemStatus.ACTIVE, Fixtures.NOW).version()).isEqualTo(4);
        assertThatThrownBy(() -> item.edit(Fixtures.dailyCleaningDraft("other-code"), 10, Fixtures.NOW))
                .hasFieldOrPropertyWithValue("code", "booking.item-code-immutable");
    }

    @Test
    @DisplayName("A2.2 an item's declaration is checked: code, name, price, minutes, quantity option")
    void itemRules() {
        ItemDraft d = Fixtures.dailyCleaningDraft("daily-cleaning");
        assertThat(refusal(Fixtures.dailyCleaningDraft("Daily Cleaning"))).isEqualTo("booking.item-code-invalid");
        assertThat(refusal(new ItemDraft(d.code(), d.categoryCode(), "", null, null, d.unit(), 4_500, 120, 180, d.skill(), null,
                null))).isEqualTo("booking.item-name-invalid");
        assertThat(refusal(new ItemDraft(d.code(), d.categoryCode(), "x", null, null, d.unit(), 0, 120, 180, d.skill(), null,
                d.options()))).isEqualTo("booking.item-price-invalid");
        assertThat(refusal(new ItemDraft(d.code(), d.categoryCode(), "x", null, null, d.unit(), 100, 20, 60, d.skill(), null,
                d.options()))).isEqualTo("booking.item-minutes-invalid");
        assertThat(refusal(new ItemDraft(d.code(), d.categoryCode(), "x", null, null, d.unit(), 100, 120, 180, null, null,
                d.options()))).isEqualTo("booking.item-skill-required");
        assertThat(refusal(new ItemDraft(d.code(), d.categoryCode(), "x", null, null, PricingUnit.PER_VISIT, 100, 120, 180, d.skill(),
                null, d.options()))).as("a visit has no quantity").isEqualTo("booking.item-quantity-option");
        assertThat(refusal(with(o -> o.subList(1, o.size())))).as("hours are needed").isEqualTo("booking.item-quantity-option");
    }

    @Test
    @DisplayName("A2.2 option declarations are checked: keys, values, ranges, defaults and limits")
    void optionRules() {
        assertThat(refusal(with(o -> List.of(o.get(0), OptionSpec.text("hours", "重复", 10))))).isEqualTo("booking.option-key-invalid");
        assertThat(refusal(with(o -> List.of(o.get(0), OptionSpec.text("a b", "空格", 10))))).isEqualTo("booking.option-key-invalid");
        assertThat(refusal(with(o -> List.of(o.get(0), OptionSpec.choice("c", "无值", false, List.of())))))
                .isEqualTo("booking.option-declaration-invalid");
        assertThat(refusal(with(o -> List.of(o.get(0), OptionSpec.choice("c", "重复值", false,
                List.of(OptionValue.plain("a", "甲"), OptionValue.plain("a", "乙")))))))
                .isEqualTo("booking.option-declaration-invalid");
        assertThat(refusal(with(o -> List.of(o.get(0), OptionSpec.multiChoice("m", "多选", 3, List.of(OptionValue.plain("a", "甲")))))))
                .isEqualTo("booking.option-declaration-invalid");
        assertThat(refusal(with(o -> List.of(o.get(0), OptionSpec.number("n", "数", "个", false, 10, 5, 1, null, 0, 0)))))
                .isEqualTo("booking.option-declaration-invalid");
        assertThat(refusal(with(o -> List.of(o.get(0), OptionSpec.number("n", "数", "个", false, 0, 10, 3, 4, 0, 0)))))
                .as("a default off the step").isEqualTo("booking.option-declaration-invalid");
        assertThat(refusal(with(o -> List.of(o.get(0), OptionSpec.choice("c", "负", false,
                List.of(new OptionValue("a", "甲", -1, 0, 0)))))))
                .isEqualTo("booking.option-declaration-invalid");
        assertThat(refusal(with(o -> List.of(o.get(0), OptionSpec.text("t", "长", 501))))).isEqualTo("booking.option-declaration-invalid");
        assertThat(refusal(with(o -> o))).isEqualTo("accepted");
    }

    @Test
    @DisplayName("A1.1 a district's price range overrides its city's; ranges are checked")
    void priceRanges() {
        UUID item = UUID.randomUUID();
        PriceRange city = new PriceRange(item, RegionCode.of("440300"), 3_500, 8_000);
        PriceRange nanshan = new PriceRange(item, RegionCode.of("440305"), 5_000, 9_000);
        assertThat(PriceRange.applicable(List.of(city, nanshan), RegionCode.of("440305"))).contains(nanshan);
        assertThat(PriceRange.applicable(List.of(city, nanshan), RegionCode.of("440304"))).contains(city);
        assertThat(PriceRange.applicable(List.of(city), RegionCode.of("110105"))).isEmpty();
        assertThat(city.admits(3_500)).isTrue();
        assertThat(city.admits(8_000)).isTrue();
        assertThat(city.admits(8_001)).isFalse();
        assertThatThrownBy(() -> new PriceRange(item, RegionCode.of("440300"), 9_000, 8_000))
                .hasFieldOrPropertyWithValue("code", "booking.price-range-invalid");
        assertThatThrownBy(() -> new PriceRange(item, RegionCode.of("440000"), 1, 8_000))
                .hasFieldOrPropertyWithValue("code", "booking.price-range-region-invalid");
    }
}
