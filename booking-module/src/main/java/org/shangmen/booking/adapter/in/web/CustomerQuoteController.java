package org.shangmen.booking.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** C2.2 with the signed-in customer's own discounts: their coupons and, before their first order, the first-order discount. */
@RestController
@RequestMapping("/api/v1/customer/quotes")
@Tag(name = "报价 Quotes", description = "C2.2 定制选项计价;含本人优惠券与首单优惠")
class CustomerQuoteController {

    private final QuoteController quotes;

    CustomerQuoteController(QuoteController quotes) {
        this.quotes = quotes;
    }

    @PostMapping
    @Operation(summary = "为本人报价:同公开报价,另计优惠活动、首单优惠与所选优惠券(couponId),逐项列出优惠")
    QuoteController.QuoteResponse quote(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody QuoteController.QuoteRequest body) {
        return quotes.quote(body, Optional.of(UUID.fromString(jwt.getSubject())));
    }
}
