/** Payment providers: the offline sandbox, WeChat Pay v3 and Alipay, each behind the {@code PaymentGateway} out-port. */
package org.shangmen.billing.adapter.out.gateway;
