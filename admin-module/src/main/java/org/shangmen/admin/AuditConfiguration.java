package org.shangmen.admin;

import org.shangmen.admin.application.AuditLogReader;
import org.shangmen.admin.application.OperatorActionRecorder;
import org.shangmen.admin.application.port.out.AuditLogStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit log's use cases; its adapters are components of their own packages. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    OperatorActionRecorder operatorActionRecorder(AuditLogStore store) {
        return new OperatorActionRecorder(store);
    }

    @Bean
    AuditLogReader auditLogReader(AuditLogStore store) {
        return new AuditLogReader(store);
    }
}
