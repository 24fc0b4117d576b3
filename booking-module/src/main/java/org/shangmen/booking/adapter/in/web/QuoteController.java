package org.shangmen.booking.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.QuotedItem;
import org.shangmen.booking.adapter.in.web.WebInput.LineRequest;
import org.shangmen.booking.application.port.in.QuoteBasket;
import org.shangmen.booking.application.port.in.QuoteBasket.QuoteCommand;
import org.shangmen.booking.domain.Quote;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/public/quotes")
@Tag(name = "报价 Quotes", description = "C2.2 定制选项计价;A1.1 超出参考价格区间的报价被拒绝")
class QuoteController {

    private final QuoteBasket quotes;
    private final QuoteViewMapper views;

    QuoteController(QuoteBasket quotes, QuoteViewMapper views) {
        this.quotes = quotes;
        this.views = views;
    }

    record QuoteRequest(@NotNull @Size(min = 1, max = Quote.MAX_LINES) List<@Valid @NotNull LineRequest> items,
                        @NotNull String district, UUID communityId, Double latitude, Double longitude, @NotNull OffsetDateTime start,
                        UUID couponId) {
    }

    @PostMapping
    @Operation(summary = "为所选项目与选项报价(无需登录):逐项单价、数量、选项加价、小计、优惠、合计与预计时长,金额单位为分")
    QuoteResponse quote(@Valid @RequestBody QuoteRequest body) {
        return quote(body, Optional.empty());
    }

    QuoteResponse quote(QuoteRequest body, Optional<UUID> customerId) {
        if ((body.latitude() == null) != (body.longitude() == null)) {
            throw DomainException.invalid("booking.point-incomplete");
        }
        Optional<GeoPoint> point = body.latitude() == null ? Optional.empty()
                : Optional.of(new GeoPoint(body.latitude(), body.longitude()));
        Quote quote = quotes.quote(new QuoteCommand(WebInput.basket(body.items()), WebInput.district(body.district()),
                Optional.ofNullable(body.communityId()), point, body.start().toInstant(), customerId,
                Optional.ofNullable(body.couponId())));
        return views.quote(quote);
    }

    record LineResponse(UUID itemId, String itemCode, String itemName, String unit, String unitName, long unitPriceFen, int quantity,
                        long baseFen, List<QuotedItem.ChosenOption> options, long surchargeFen, long lineTotalFen, int minutes) {
    }

    record QuoteResponse(String district, String start, String estimatedEnd, List<LineResponse> lines, long subtotalFen,
                         long discountFen, long totalFen, String currency, int estimatedMinutes,
                         List<OrderViews.DiscountView> discounts) {
    }
}
