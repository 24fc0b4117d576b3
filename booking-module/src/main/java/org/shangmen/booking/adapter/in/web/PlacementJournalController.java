package org.shangmen.booking.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.application.port.in.placement.KeepPlacementJournal;
import org.shangmen.booking.application.port.in.placement.KeepPlacementJournal.DayCommand;
import org.shangmen.booking.domain.placement.DayRecord;
import org.shangmen.booking.domain.placement.PlacementReview;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.Zones;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * C2.4 a placement's daily records (by the worker of each day, with care observations) and the
 * customer's monthly and final reviews.
 */
@RestController
@Tag(name = "长期服务 Placements", description = "C2.4 长期服务的服务日志与评价")
class PlacementJournalController {

    private final KeepPlacementJournal journal;

    PlacementJournalController(KeepPlacementJournal journal) {
        this.journal = journal;
    }

    /** {@code day}: the day served (up to today); {@code observations}: care observations such as 体温: 36.8, 喂奶: 8 次. */
    record DayRecordRequest(String day, String text, Map<String, String> observations) {
    }

    record DayRecordView(UUID id, UUID workerId, LocalDate day, String text, Map<String, String> observations, OffsetDateTime createdAt) {
    }

    record DayRecordPage(List<DayRecordView> items, int page, int size, long total) {
    }

    record PlacementReviewPage(List<PlacementReviewView> items, int page, int size, long total) {
    }

    /** {@code rating} 1–5, {@code comment} up to 500 characters. */
    record PlacementReviewRequest(Integer rating, String comment) {
    }

    /** {@code period}: the month reviewed (1, 2, …), or 0 for the review at the end. */
    record PlacementReviewView(UUID id, UUID workerId, int period, boolean atEnd, int rating, String comment, OffsetDateTime createdAt) {
    }

    @PostMapping("/api/v1/worker/placements/{placementId}/days")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "记录一天的服务日志(当天的服务人员,替班日由替班人员记录):内容与照护观察")
    DayRecordView recordPlacementDay(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID placementId,
                                     @RequestBody(required = false) DayRecordRequest body) {
        if (body == null) {
            throw DomainException.invalid("booking.placement-day-invalid");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(String.valueOf(body.day()));
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("booking.placement-day-invalid");
        }
        return view(journal.record(new DayCommand(me(jwt), placementId, day, Optional.ofNullable(body.text()), body.observations())));
    }

    @GetMapping("/api/v1/customer/placements/{placementId}/days")
    @Operation(summary = "长期服务的服务日志(客户),最近的一天在前,分页")
    DayRecordPage customerPlacementDays(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID placementId,
                                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return page(journal.records(me(jwt), true, placementId, new PageRequest(page, size)));
    }

    @GetMapping("/api/v1/worker/placements/{placementId}/days")
    @Operation(summary = "长期服务的服务日志(家政人员),最近的一天在前,分页")
    DayRecordPage workerPlacementDays(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID placementId,
                                      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return page(journal.records(me(jwt), false, placementId, new PageRequest(page, size)));
    }

    @PostMapping("/api/v1/customer/placements/{placementId}/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "评价长期服务人员:服务结束时一次;超过 31 天的长期服务每满一个月一次")
    PlacementReviewView reviewPlacement(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID placementId,
                                        @RequestBody(required = false) PlacementReviewRequest body) {
        if (body == null || body.rating() == null) {
            throw DomainException.invalid("booking.placement-review-invalid", 500);
        }
        return view(journal.review(new KeepPlacementJournal.ReviewCommand(me(jwt), placementId, body.rating(), body.comment())));
    }

    @GetMapping("/api/v1/customer/placements/{placementId}/reviews")
    @Operation(summary = "长期服务的评价(客户),分页")
    PlacementReviewPage customerPlacementReviews(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID placementId,
                                                 @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return reviews(journal.reviews(me(jwt), true, placementId), new PageRequest(page, size));
    }

    @GetMapping("/api/v1/worker/placements/{placementId}/reviews")
    @Operation(summary = "长期服务的评价(家政人员),分页")
    PlacementReviewPage workerPlacementReviews(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID placementId,
                                               @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return reviews(journal.reviews(me(jwt), false, placementId), new PageRequest(page, size));
    }

    /** A placement has a review a month at most: the list is held whole and sliced. */
    private static PlacementReviewPage reviews(List<PlacementReview> all, PageRequest request) {
        Page<PlacementReviewView> found = Page.slice(all, request).map(PlacementJournalController::view);
        return new PlacementReviewPage(found.items(), found.page(), found.size(), found.total());
    }

    private static DayRecordPage page(Page<DayRecord> found) {
        return new DayRecordPage(found.items().stream().map(PlacementJournalController::view).toList(), found.page(), found.size(),
                found.total());
    }

    private static DayRecordView view(DayRecord r) {
        return new DayRecordView(r.id(), r.workerId(), r.day(), r.text().orElse(null), r.observations(), at(r.createdAt()));
    }

    private static PlacementReviewView view(PlacementReview r) {
        return new PlacementReviewView(r.id(), r.workerId(), r.period(), r.period() == PlacementReview.FINAL, r.rating(), r.comment(),
                at(r.createdAt()));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atZone(Zones.CHINA).toOffsetDateTime();
    }

    private static UUID me(Jwt jwt) {
        return UUID.fromString(jwt.getSubject());
    }
}
