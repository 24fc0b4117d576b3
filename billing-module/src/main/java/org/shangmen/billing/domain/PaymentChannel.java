package org.shangmen.billing.domain;

/** How a customer pays (C4.2): WeChat Pay in the mini-program (JSAPI), Alipay, or a bank card through the acquirer. */
public enum PaymentChannel {
    WECHAT_PAY, ALIPAY, CARD
}
