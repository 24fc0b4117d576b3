package org.shangmen.billing.adapter.in.web;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A payment as its customer sees it; {@code clientParams} starts the payment in the client (for WeChat Pay, wx.requestPayment's arguments). */
record PaymentView(UUID paymentId, UUID orderId, String channel, @io.swagger.v3.oas.annotations.media.Schema(implementation = org.shangmen.billing.domain.PaymentStatus.class) String status, String statusLabel, long amountFen, long refundedFen,
                   String currency, Map<String, String> clientParams, OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime paidAt) {
}
