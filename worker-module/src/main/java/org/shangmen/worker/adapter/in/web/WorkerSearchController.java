package org.shangmen.worker.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.application.port.in.SearchWorkers;
import org.shangmen.worker.application.port.in.SearchWorkers.Query;
import org.shangmen.worker.application.port.in.SearchWorkers.Sort;
import org.shangmen.worker.application.port.in.SearchWorkers.WorkerCard;
import org.shangmen.worker.domain.ExperienceBand;
import org.shangmen.worker.domain.Gender;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public worker search (C3.1, C3.2). Parameters arrive as text and are parsed here, so that every bad
 * value is answered with its own {@code worker.search-…} code rather than a generic type error. Units
 * are those of the results: radius in metres, rating in tenths of a star, prices in fen.
 */
@RestController
@RequestMapping("/api/v1/public/workers")
@Tag(name = "找阿姨 Worker search", description = "按姓名、技能、区域、距离、评分、经验、证书、性别与价格查找服务人员")
class WorkerSearchController {

    /** Deep pages cost a sort of every match; nobody reads past the ten-thousandth. */
    private static final int MAX_PAGE = 10_000;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,12}");
    private static final Pattern DEGREES = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]{1,12})?");

    private final SearchWorkers search;
    private final WorkerSearchMapper mapper;
    private final DistrictNames districts;
    private final MessageSource messages;

    WorkerSearchController(SearchWorkers search, WorkerSearchMapper mapper, DistrictNames districts, MessageSource messages) {
        this.search = search;
        this.mapper = mapper;
        this.districts = districts;
        this.messages = messages;
    }

    /** The search without a badge filter. */
    PageResponse<WorkerResponse> search(String keyword, String skill, String district, String lat, String lng, String radius,
                                        String minRating, String experience, String certificates, String gender, String minPrice,
                                        String maxPrice, String sort, String page, String size, Locale locale) {
        return search(keyword, skill, district, lat, lng, radius, minRating, experience, certificates, gender, null, minPrice, maxPrice,
                sort, page, size, locale);
    }

    @GetMapping
    @Operation(summary = "查找服务人员", description = "只返回已认证且状态正常的服务人员;不返回身份证号、手机号、住址坐标或出生日期")
    PageResponse<WorkerResponse> search(
            @Parameter(description = "姓名:中文片段(小梅)、拼音(wang、wangxiao)或首字母(wxm),最多 32 个字符")
            @RequestParam(required = false) String keyword,
            @Parameter(description = "技能,如 DAILY_CLEANING、MATERNITY_NURSE")
            @RequestParam(required = false) String skill,
            @Parameter(description = "服务区县的行政区划代码,如 440305")
            @RequestParam(required = false) String district,
            @Parameter(description = "纬度(WGS-84),与 lng 同时提供")
            @RequestParam(required = false) String lat,
            @Parameter(description = "经度(WGS-84),与 lat 同时提供")
            @RequestParam(required = false) String lng,
            @Parameter(description = "搜索半径,米,1 到 50000,默认 5000;需要 lat/lng")
            @RequestParam(required = false) String radius,
            @Parameter(description = "最低评分,以 0.1 星为单位:45 表示 4.5 星及以上")
            @RequestParam(required = false) String minRating,
            @Parameter(description = "从业年限:ONE_TO_THREE(1≤年<3)、THREE_TO_FIVE(3≤年<5)、FIVE_PLUS(≥5 年)")
            @RequestParam(required = false) String experience,
            @Parameter(description = "须全部持有且在有效期内的证书,逗号分隔,如 HOUSEKEEPER,HEALTH")
            @RequestParam(required = false) String certificates,
            @Parameter(description = "FEMALE 或 MALE")
            @RequestParam(required = false) String gender,
            @Parameter(description = "须持有且在有效期内的技能徽章代码(培训获得),如 maternity-care")
            @RequestParam(required = false) String badge,
            @Parameter(description = "最低时薪,分(含)")
            @RequestParam(required = false) String minPrice,
            @Parameter(description = "最高时薪,分(含)")
            @RequestParam(required = false) String maxPrice,
            @Parameter(description = "RATING(默认)、EXPERIENCE、PRICE_ASC、PRICE_DESC、DISTANCE(需要 lat/lng)")
            @RequestParam(required = false) String sort,
            @Parameter(description = "页码,从 0 开始")
            @RequestParam(required = false) String page,
            @Parameter(description = "每页条数,1 到 100,默认 20")
            @RequestParam(required = false) String size,
            Locale locale) {
        Query query = new Query(keyword,
                option(Skill.class, skill, "worker.search-skill-unknown"),
                district(district),
                location(lat, lng),
                integer(radius, "radius"),
                integer(minRating, "minRating"),
                option(ExperienceBand.class, experience, "worker.search-experience-unknown"),
                certificates(certificates),
                option(Gender.class, gender, "worker.search-gender-unknown"),
                number(minPrice, "minPrice"),
                number(maxPrice, "maxPrice"),
                option(Sort.class, sort, "worker.search-sort-unknown"),
                pageRequest(page, size), badge);
        Page<WorkerCard> found = search.search(query);
        Labels labels = new Labels(messages, locale,
                districts.of(found.items().stream().flatMap(card -> card.districts().stream()).distinct().toList()));
        return PageResponse.of(found.map(card -> mapper.toResponse(card, labels)));
    }

    private static <E extends Enum<E>> E option(Class<E> type, String value, String code) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(code);
        }
    }

    private static RegionCode district(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip();
        if (!RegionCode.isValid(code) || RegionCode.of(code).level() != RegionCode.Level.DISTRICT) {
            throw DomainException.invalid("worker.search-district-invalid");
        }
        return RegionCode.of(code);
    }

    private static GeoPoint location(String lat, String lng) {
        boolean hasLat = lat != null && !lat.isBlank();
        boolean hasLng = lng != null && !lng.isBlank();
        if (!hasLat && !hasLng) {
            return null;
        }
        if (!hasLat || !hasLng || !DEGREES.matcher(lat.strip()).matches() || !DEGREES.matcher(lng.strip()).matches()) {
            throw DomainException.invalid("worker.search-location-invalid");
        }
        try {
            return new GeoPoint(Double.parseDouble(lat.strip()), Double.parseDouble(lng.strip()));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("worker.search-location-invalid");
        }
    }

    private static Set<CertificateType> certificates(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<CertificateType> types = EnumSet.noneOf(CertificateType.class);
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                types.add(option(CertificateType.class, part, "worker.search-certificate-unknown"));
            }
        }
        return types;
    }

    private static Long number(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!WHOLE_NUMBER.matcher(value.strip()).matches()) {
            throw DomainException.invalid("worker.search-number-invalid", parameter);
        }
        return Long.parseLong(value.strip());
    }

    /** A whole number; one beyond the range of int is clamped, for the query to refuse as out of range. */
    private static Integer integer(String value, String parameter) {
        Long number = number(value, parameter);
        return number == null ? null : (int) Math.min(number, Integer.MAX_VALUE);
    }

    private static PageRequest pageRequest(String page, String size) {
        Long number = number(page, "page");
        Long count = number(size, "size");
        if (number != null && number > MAX_PAGE) {
            throw DomainException.invalid("worker.search-page-invalid");
        }
        if (count != null && (count < 1 || count > PageRequest.MAX_SIZE)) {
            throw DomainException.invalid("worker.search-size-invalid", PageRequest.MAX_SIZE);
        }
        return new PageRequest(number == null ? 0 : number.intValue(), count == null ? PageRequest.DEFAULT_SIZE : count.intValue());
    }

    /**
     * What the public sees of a worker; each list of codes comes with a list of labels in the same order.
     *
     * @param photoUrl a signed link valid for 5 minutes, or null without a photo
     */
    record WorkerResponse(UUID accountId, String realName, String gender, String genderLabel, String ageBand,
                          int experienceYears, int ratingTenths, int ratingCount, int completedOrders, Long hourlyRateFen,
                          String currency, List<String> skills, List<String> skillLabels, List<String> districts,
                          List<String> districtNames, List<String> certificates, List<String> certificateLabels,
                          List<String> languages, String introduction, Long distanceMetres, String photoUrl, List<String> badges) {
    }

    record PageResponse<T>(List<T> items, int page, int size, long total, int totalPages) {
        static <T> PageResponse<T> of(Page<T> page) {
            return new PageResponse<>(page.items(), page.page(), page.size(), page.total(), page.totalPages());
        }
    }
}
