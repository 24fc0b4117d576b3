package org.shangmen.notification.adapter.in.web;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A private message as its thread shows it; contact details in the text are already masked.
 *
 * @param senderRole      CUSTOMER or WORKER
 * @param senderRoleLabel the role in the reader's language (客户, 服务人员)
 * @param senderName      the worker's name, or the role label for the customer
 * @param imageUrl        for a picture: a short-lived signed link an {@code <image>} tag loads without a token
 */
record MessageView(UUID id, UUID orderId, UUID senderId, String senderRole, String senderRoleLabel, String senderName, String text,
                   boolean image, String imageUrl, OffsetDateTime sentAt, OffsetDateTime readAt) {
}
