package org.shangmen.booking.adapter.out.persistence;

import org.jdbi.v3.core.Jdbi;
import org.shangmen.kernel.FieldCipher;
import org.shangmen.kernel.ReEncryption;
import org.shangmen.persistence.CipherColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The booking module's encrypted personal data, for re-encryption after a key rotation: addresses and contacts of orders and of recurring plans. */
@Configuration(proxyBeanMethods = false)
class BookingReEncryptions {

    @Bean
    ReEncryption orderAddresses(Jdbi jdbi, FieldCipher cipher) {
        return new CipherColumn("booking.address", "booking.customer_order", "id", "address_detail", jdbi, cipher);
    }

    @Bean
    ReEncryption orderContacts(Jdbi jdbi, FieldCipher cipher) {
        return new CipherColumn("booking.contact-name", "booking.customer_order", "id", "contact_name", jdbi, cipher);
    }

    @Bean
    ReEncryption seriesAddresses(Jdbi jdbi, FieldCipher cipher) {
        return new CipherColumn("booking.series-address", "booking.series", "id", "address_detail", jdbi, cipher);
    }

    @Bean
    ReEncryption seriesContacts(Jdbi jdbi, FieldCipher cipher) {
        return new CipherColumn("booking.series-contact-name", "booking.series", "id", "contact_name", jdbi, cipher);
    }
}
