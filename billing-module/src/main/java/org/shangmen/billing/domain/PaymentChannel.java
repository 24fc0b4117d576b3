package org.shangmen.billing.domain;

/** How a customer pays (C4.2): WeChat Pay in the mini-program (JSAPI), Alipay, or a bank card through the acquirer. */
public enum PaymentChannel {
    WECHAT_PAY, ALIPAY, CARD;

    /** The channel a client named, in any case; {@code billing.channel-invalid} for none or another. */
    public static PaymentChannel parse(String named) {
        if (named != null) {
            for (PaymentChannel channel : values()) {
                if (channel.name().equalsIgnoreCase(named.strip())) {
                    return channel;
                }
            }
        }
        throw org.shangmen.kernel.DomainException.invalid("billing.channel-invalid");
    }
}
