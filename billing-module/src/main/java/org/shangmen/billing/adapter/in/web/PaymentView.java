package org.shangmen.billing.adapter.in.web;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.shangmen.billing.domain.Payment;
import org.shangmen.kernel.Money;
import org.shangmen.kernel.Zones;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A payment as its customer sees it; {@code clientParams} starts the payment in the client (for WeChat Pay, wx.requestPayment's arguments). */
record PaymentView(UUID paymentId, UUID orderId, String channel, String status, long amountFen, long refundedFen, String currency,
                   Map<String, String> clientParams, OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime paidAt) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static PaymentView of(Payment p) {
        Map<String, String> params = p.status().isFinal() ? Map.of()
                : JSON.readValue(p.clientParams(), new TypeReference<Map<String, String>>() { });
        return new PaymentView(p.id(), p.orderId(), p.channel().name(), p.status().name(), p.amountFen(), p.refundedFen(), Money.CURRENCY,
                params, at(p.createdAt()), at(p.expiresAt()), p.paidAt().map(PaymentView::at).orElse(null));
    }

    private static OffsetDateTime at(java.time.Instant instant) {
        return instant.atZone(Zones.CHINA).toOffsetDateTime();
    }
}
