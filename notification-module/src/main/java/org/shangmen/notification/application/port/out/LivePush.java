package org.shangmen.notification.application.port.out;

import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.PrivateMessage;

/**
 * The live stream to the recipient's connected clients. Best effort: nobody connected is not an error,
 * and a client that missed something reads it from the message centre when it reconnects.
 */
public interface LivePush {

    void notice(Notice notice);

    void message(PrivateMessage message, org.shangmen.notification.domain.MessageSender sender);
}
