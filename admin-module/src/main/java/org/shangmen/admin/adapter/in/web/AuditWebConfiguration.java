package org.shangmen.admin.adapter.in.web;

import java.time.Clock;
import org.shangmen.admin.application.port.in.RecordOperatorAction;
import org.shangmen.identity.api.OperatorAdministration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/** Puts the audit recorder after the security chain, around every operator request. */
@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration {

    @Bean
    FilterRegistrationBean<AuditRecordingFilter> auditRecordingFilter(RecordOperatorAction recorder,
            OperatorAdministration operators, JsonMapper json, Clock clock) {
        FilterRegistrationBean<AuditRecordingFilter> registration =
                new FilterRegistrationBean<>(new AuditRecordingFilter(recorder, operators, json, clock));
        registration.addUrlPatterns(AuditRecordingFilter.ADMIN_PREFIX + "*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return registration;
    }
}
