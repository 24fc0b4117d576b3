package org.shangmen.worker.adapter.out.persistence;

import org.jdbi.v3.core.Jdbi;
import org.shangmen.kernel.FieldCipher;
import org.shangmen.kernel.ReEncryption;
import org.shangmen.persistence.CipherColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The worker module's encrypted personal data, for re-encryption after a key rotation: ID and certificate numbers. */
@Configuration(proxyBeanMethods = false)
class WorkerReEncryptions {

    @Bean
    ReEncryption workerIdNumbers(Jdbi jdbi, FieldCipher cipher) {
        return new CipherColumn("worker.id-number", "worker.worker", "account_id", "id_number_cipher", jdbi, cipher);
    }

    @Bean
    ReEncryption certificateNumbers(Jdbi jdbi, FieldCipher cipher) {
        return new CipherColumn("worker.certificate-number", "worker.certificate", "id", "number_cipher", jdbi, cipher);
    }
}
