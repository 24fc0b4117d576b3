package org.shangmen.billing.adapter.out.gateway;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.shangmen.billing.application.port.out.NoticeReader;
import org.shangmen.billing.application.port.out.PaymentGateway;
import org.shangmen.billing.application.port.out.PaymentGateways;
import org.shangmen.billing.domain.PaymentChannel;
import org.shangmen.provider.ProviderGuards;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Picks the provider of each channel from {@code shangmen.billing.channels.*}: {@code sandbox} (the
 * default everywhere but production), {@code wechat} for WeChat Pay, {@code alipay} for Alipay,
 * {@code unionpay} for bank cards through UnionPay's online gateway. A real
 * provider whose credentials are missing stops the start-up, naming the missing properties.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentProperties.class)
class GatewayConfiguration {

    @Bean
    SandboxGateway sandboxGateway(Clock clock) {
        return new SandboxGateway(clock);
    }

    @Bean
    PaymentGateways paymentGateways(PaymentProperties properties, SandboxGateway sandbox, Clock clock, ProviderGuards guards) {
        Map<PaymentChannel, PaymentGateway> byChannel = new EnumMap<>(PaymentChannel.class);
        List<NoticeReader> readers = new ArrayList<>();
        WeChatPayGateway wechat = null;
        for (PaymentChannel channel : PaymentChannel.values()) {
            String provider = properties.providerOf(channel);
            switch (provider) {
                case SandboxGateway.PROVIDER -> byChannel.put(channel, sandbox);
                case WeChatPayGateway.PROVIDER -> {
                    if (channel != PaymentChannel.WECHAT_PAY) {
                        throw new IllegalStateException("WeChat Pay serves the WECHAT_PAY channel only, not " + channel);
                    }
                    wechat = new WeChatPayGateway(properties.wechat(), clock, guards);
                    byChannel.put(channel, wechat);
                    readers.add(wechat);
                }
                case AlipayGateway.PROVIDER -> {
                    if (channel != PaymentChannel.ALIPAY) {
                        throw new IllegalStateException("Alipay serves the ALIPAY channel only, not " + channel);
                    }
                    AlipayGateway alipay = new AlipayGateway(properties.alipay(), guards);
                    byChannel.put(channel, alipay);
                    readers.add(alipay);
                }
                case UnionPayGateway.PROVIDER -> {
                    if (channel != PaymentChannel.CARD) {
                        throw new IllegalStateException("UnionPay serves the CARD channel only, not " + channel);
                    }
                    UnionPayGateway unionpay = new UnionPayGateway(properties.unionpay(), clock, guards);
                    byChannel.put(channel, unionpay);
                    readers.add(unionpay);
                }
                case "none" -> { }
                default -> throw new IllegalStateException("unknown payment provider '" + provider + "' for " + channel
                        + " (shangmen.billing.channels.*: sandbox, wechat, alipay, unionpay or none)");
            }
        }
        return new PaymentGateways(byChannel, readers);
    }
}
