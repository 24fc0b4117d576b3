/**
 * SMS adapters of the {@link org.shangmen.identity.application.port.out.SmsSender} port: the development
 * outbox (default) and Alibaba Cloud SMS, chosen by {@code shangmen.sms.provider}.
 */
package org.shangmen.identity.adapter.out.sms;
