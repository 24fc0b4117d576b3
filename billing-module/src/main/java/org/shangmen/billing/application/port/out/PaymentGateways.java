package org.shangmen.billing.application.port.out;

import java.util.List;
import java.util.Map;
import org.shangmen.billing.domain.PaymentChannel;

/** The provider configured for each channel, and the readers of the providers' notices. */
public record PaymentGateways(Map<PaymentChannel, PaymentGateway> byChannel, List<NoticeReader> readers) {

    public PaymentGateways {
        byChannel = Map.copyOf(byChannel);
        readers = List.copyOf(readers);
    }
}
