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

    @Bean
    org.shangmen.admin.application.PersonalDataService personalDataService(java.util.List<org.shangmen.kernel.PersonalData> holders,
            org.shangmen.identity.api.AccountClosure closure, java.time.Clock clock) {
        return new org.shangmen.admin.application.PersonalDataService(holders, closure, clock);
    }

    @Bean
    org.shangmen.admin.application.KeyRotationService keyRotationService(java.util.List<org.shangmen.kernel.ReEncryption> kinds,
            org.shangmen.kernel.FieldCipher cipher, java.time.Clock clock) {
        return new org.shangmen.admin.application.KeyRotationService(kinds, cipher.activeVersion(), clock);
    }
}
