/** Payment providers: the offline sandbox, WeChat Pay v3, Alipay and UnionPay's online gateway for cards, each behind the {@code PaymentGateway} out-port. */
package org.shangmen.billing.adapter.out.gateway;
