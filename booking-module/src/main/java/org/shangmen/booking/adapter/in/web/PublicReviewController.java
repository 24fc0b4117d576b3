package org.shangmen.booking.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.shangmen.booking.application.port.in.ReviewOrder;
import org.shangmen.kernel.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** C3, C4.4: a worker's public page shows the visible reviews, newest first, and the ratings per dimension. */
@RestController
@Tag(name = "家政人员评价 Worker reviews", description = "C3 家政人员公开主页的评价列表与各维度评分")
class PublicReviewController {

    private final ReviewOrder reviews;
    private final OrderViewMapper views;

    PublicReviewController(ReviewOrder reviews, OrderViewMapper views) {
        this.reviews = reviews;
        this.views = views;
    }

    /** Averages in tenths of a star (46 is 4.6 stars) over {@code count} visible reviews; 0 without reviews. */
    record RatingAverages(long count, int attitudeTenths, int skillTenths, int efficiencyTenths, int punctualityTenths,
                          int overallTenths) {
    }

    /** A visible review as anyone sees it: no customer, the stars, text, photos (short-lived signed links) and the worker's reply. */
    record PublicReview(UUID reviewId, int attitude, int skill, int efficiency, int punctuality, int overall, String text,
                        List<String> photoUrls, String reply, OffsetDateTime createdAt, OffsetDateTime repliedAt) {
    }

    record WorkerReviewsResponse(UUID workerId, RatingAverages averages, List<PublicReview> items, int page, int size, long total) {
    }

    @GetMapping("/api/v1/public/workers/{workerId}/reviews")
    @Operation(summary = "家政人员收到的公开评价(已隐藏的除外),最新在前,分页;附服务态度、专业技能、工作效率、守约情况、总体满意度各维度平均分(十分之一星)")
    WorkerReviewsResponse reviews(@PathVariable UUID workerId, @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "20") int size) {
        ReviewOrder.WorkerReviews found = reviews.publicReviews(workerId, new PageRequest(page, size));
        List<PublicReview> items = found.reviews().items().stream().map(views::publicReview).toList();
        return new WorkerReviewsResponse(workerId, views.averages(found.averages()), items, found.reviews().page(),
                found.reviews().size(), found.reviews().total());
    }
}
