package org.shangmen.identity.adapter.out.persistence;

import org.jdbi.v3.core.Jdbi;
import org.shangmen.kernel.FieldCipher;
import org.shangmen.kernel.ReEncryption;
import org.shangmen.persistence.CipherColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity module's encrypted personal data, for re-encryption after a key rotation: phones and e-mails. */
@Configuration(proxyBeanMethods = false)
class IdentityReEncryptions {

    @Bean
    ReEncryption accountPhones(Jdbi jdbi, FieldCipher cipher) {
        return new CipherColumn("identity.phone", "identity.account", "id", "phone_cipher", jdbi, cipher);
    }

    @Bean
    ReEncryption accountEmails(Jdbi jdbi, FieldCipher cipher) {
        return new CipherColumn("identity.email", "identity.account", "id", "email_cipher", jdbi, cipher);
    }
}
