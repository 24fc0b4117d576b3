/**
 * The one home of calls to outside providers (SMS, WeChat, QQ, face verification, object storage, payment
 * gateways): {@link org.shangmen.provider.ProviderGuards} gives each provider its circuit breaker, retry and
 * timeout from {@code shangmen.providers.<name>.*} and exports their metrics through Micrometer;
 * {@link org.shangmen.provider.ProviderFailure} and {@link org.shangmen.provider.ProviderHttp} classify what
 * went wrong the same way for every provider. A shared module: every application module may use it; adapters
 * keep only the provider's own protocol.
 */
package org.shangmen.provider;
