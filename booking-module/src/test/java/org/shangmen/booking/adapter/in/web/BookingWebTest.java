package org.shangmen.booking.adapter.in.web;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.method.annotation.AuthenticationPrincipalArgumentResolver;
import org.shangmen.booking.api.CatalogueAdministration.CategoryDraft;
import org.shangmen.booking.api.CatalogueAdministration.ItemView;
import org.shangmen.booking.application.InMemory;
import org.shangmen.booking.domain.Fixtures;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.TimeRange;
import org.shangmen.kernel.Zones;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** The public booking endpoints over MockMvc, with the use cases on in-memory ports. */
class BookingWebTest {

    private MockMvc mvc;
    private InMemory booking;
    private ItemView daily;

    @BeforeEach
    void setUp() {
        booking = new InMemory();
        booking.catalogue.defineCategory(new CategoryDraft("cleaning", "保洁清洗", 10));
        daily = booking.catalogue.createItem(Fixtures.dailyCleaningDraft("daily-cleaning"), UUID.randomUUID());
        booking.catalogue.setPriceRange(daily.id(), RegionCode.of("440300"), 3_500, 8_000, UUID.randomUUID());
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/booking");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();
        locales.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        locales.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
        mvc = MockMvcBuilders.standaloneSetup(new CatalogueController(booking.catalogue, new CatalogueViewMapperImpl()), new QuoteController(booking.quotes, new QuoteViewMapperImpl(new OrderViewMapperImpl(new MediaLinks("", "", java.time.Clock.systemUTC())))),
                        new SlotController(booking.slots, new CatalogueViewMapperImpl()))
                .setCustomArgumentResolvers(new AuthenticationPrincipalArgumentResolver())
                .setLocaleResolver(locales)
                .build();
    }

    @Test
    @DisplayName("C2.1 the public catalogue groups active items by category; an item shows its options and the area's price range")
    void catalogue() throws Exception {
        mvc.perform(get("/api/v1/public/catalogue")).andExpect(status().isOk())
                .andExpect(jsonPath("$.categories[0].name").value("保洁清洗"))
                .andExpect(jsonPath("$.categories[0].items[0].name").value("日常保洁"))
                .andExpect(jsonPath("$.categories[0].items[0].unitName").value("小时"))
                .andExpect(jsonPath("$.categories[0].items[0].basePriceFen").value(4_500));
        mvc.perform(get("/api/v1/public/catalogue/items/" + daily.id() + "?district=440305")).andExpect(status().isOk())
                .andExpect(jsonPath("$.options[2].key").value("focus"))
                .andExpect(jsonPath("$.options[2].values[1].label").value("油烟机"))
                .andExpect(jsonPath("$.requiredCertificates[0].name").value("家政服务员证"))
                .andExpect(jsonPath("$.priceRange.regionCode").value("440300"))
                .andExpect(jsonPath("$.priceRange.maxFen").value(8_000));
        mvc.perform(get("/api/v1/public/catalogue/items/" + daily.id())).andExpect(jsonPath("$.priceRange").doesNotExist());
    }

    @Test
    @DisplayName("C2.2 a quote lists lines, surcharges, subtotal, discount, total and duration in fen and minutes")
    void quote() throws Exception {
        String body = """
                {"items":[{"itemId":"%s","options":{"hours":3,"thoroughness":"deep","products":"eco","focus":["hood"]}}],
                 "district":"440305","start":"2026-11-23T09:00:00+08:00"}""".formatted(daily.id());
        mvc.perform(post("/api/v1/public/quotes").contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].unitPriceFen").value(5_400))
                .andExpect(jsonPath("$.lines[0].baseFen").value(16_200))
                .andExpect(jsonPath("$.lines[0].surchargeFen").value(5_500))
                .andExpect(jsonPath("$.lines[0].options[?(@.key == 'focus')].value").value("油烟机"))
                .andExpect(jsonPath("$.subtotalFen").value(21_700))
                .andExpect(jsonPath("$.discountFen").value(0))
                .andExpect(jsonPath("$.totalFen").value(21_700))
                .andExpect(jsonPath("$.currency").value("CNY"))
                .andExpect(jsonPath("$.estimatedMinutes").value(240))
                .andExpect(jsonPath("$.start").value("2026-11-23T09:00+08:00"))
                .andExpect(jsonPath("$.estimatedEnd").value("2026-11-23T13:00+08:00"));
    }

    @Test
    @DisplayName("C2.2 unknown options, unknown values and out-of-range numbers are refused naming each field")
    void optionProblems() {
        String body = """
                {"items":[{"itemId":"%s","options":{"area":35,"colour":"red","thoroughness":"sparkling"}}],
                 "district":"440305","start":"2026-11-23T09:00:00+08:00"}""".formatted(daily.id());
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        mvc.perform(post("/api/v1/public/quotes").contentType(MediaType.APPLICATION_JSON).content(body)))
                .rootCause().isInstanceOf(org.shangmen.booking.domain.OptionsRejected.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((org.shangmen.kernel.DomainException) e).fieldProblems())
                        .extracting(org.shangmen.kernel.DomainException.FieldProblem::field, org.shangmen.kernel.DomainException.FieldProblem::code)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("items[0].options.area", "booking.option-out-of-range"),
                                org.assertj.core.groups.Tuple.tuple("items[0].options.colour", "booking.option-unknown"),
                                org.assertj.core.groups.Tuple.tuple("items[0].options.thoroughness", "booking.option-value-unknown")));
    }

    @Test
    @DisplayName("C2.3 free slots come back at 30-minute starts with their offset and the number of workers")
    void slots() throws Exception {
        java.time.LocalDate day = java.time.LocalDate.parse("2026-11-23");
        booking.calendar.add(Set.of(Skill.DAILY_CLEANING), Set.of("440305"), Set.of(CertificateType.HOUSEKEEPER), List.of(new TimeRange(
                LocalDateTime.of(day, java.time.LocalTime.of(9, 0)).atZone(Zones.CHINA).toInstant(),
                LocalDateTime.of(day, java.time.LocalTime.of(13, 0)).atZone(Zones.CHINA).toInstant())));
        mvc.perform(get("/api/v1/public/slots?items=" + daily.id() + "&district=440305&from=2026-11-23&days=2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeZone").value("Asia/Shanghai"))
                .andExpect(jsonPath("$.visitMinutes").value(180))
                .andExpect(jsonPath("$.slots", hasSize(3)))
                .andExpect(jsonPath("$.slots[0].start").value("2026-11-23T09:00+08:00"))
                .andExpect(jsonPath("$.slots[0].end").value("2026-11-23T12:00+08:00"))
                .andExpect(jsonPath("$.slots[0].workers").value(1));
        String body = """
                {"items":[{"itemId":"%s","options":{"hours":4}}],"district":"440305","from":"2026-11-23","days":2}""".formatted(daily.id());
        mvc.perform(post("/api/v1/public/slots").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visitMinutes").value(240))
                .andExpect(jsonPath("$.slots", hasSize(1)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mvc.perform(post("/api/v1/public/slots")
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("\"hours\":4", "\"hours\":40"))))
                .rootCause().isInstanceOf(org.shangmen.booking.domain.OptionsRejected.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((org.shangmen.kernel.DomainException) e).fieldProblems())
                        .extracting(org.shangmen.kernel.DomainException.FieldProblem::field).containsExactly("items[0].options.hours"));
    }
}
