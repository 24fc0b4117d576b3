package org.shangmen.notification.adapter.in.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.shangmen.kernel.Zones;
import org.shangmen.notification.adapter.in.web.NoticeController.SettingsView;
import org.shangmen.notification.domain.Channel;
import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.NoticeAction;
import org.shangmen.notification.domain.NoticeSettings;
import org.shangmen.notification.domain.PrivateMessage;

/** Notices, private messages and notice settings as their reader sees them: texts in the reader's language. */
@Mapper
interface NoticeMapper {

    @Mapping(target = "title", expression = "java(english(locale) ? notice.texts().titleEn() : notice.texts().title())")
    @Mapping(target = "body", expression = "java(english(locale) ? notice.texts().bodyEn() : notice.texts().body())")
    @Mapping(target = "read", expression = "java(notice.isRead())")
    NoticeView toView(Notice notice, @Context Locale locale);

    NoticeView.SubjectView subject(Notice.Subject subject);

    NoticeView.ActionView action(NoticeAction action);

    @Mapping(target = "senderId", source = "message.senderId")
    MessageView toView(PrivateMessage message, boolean image, String imageUrl, String senderRole, String senderRoleLabel,
                       String senderName);

    @Mapping(target = "mutedChannels", source = "muted")
    @Mapping(target = "wechat", expression = "java(settings.allows(Channel.WECHAT))")
    @Mapping(target = "sms", expression = "java(settings.allows(Channel.SMS))")
    SettingsView toView(NoticeSettings settings);

    default boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    default OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(Zones.CHINA).toOffsetDateTime();
    }

    default <T> T orNull(Optional<T> value) {
        return value.orElse(null);
    }
}
