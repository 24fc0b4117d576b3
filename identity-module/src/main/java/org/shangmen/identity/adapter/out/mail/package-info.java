/**
 * Mail adapters of the {@link org.shangmen.identity.application.port.out.MailSender} port: the development
 * outbox (default) and SMTP through Spring's {@code JavaMailSender}, chosen by {@code shangmen.mail.provider}.
 */
package org.shangmen.identity.adapter.out.mail;
